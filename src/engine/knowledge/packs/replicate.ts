import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'replicate',
  name: 'Replicate',
  languages: ['typescript'],
  description: 'Replicate clients: `run`, `stream`, `predictions.create`.',
  tables: {
    mlModules: ['replicate'],
    producers: [{ match: 'replicate', type: 'client.replicate' }],
    inference: [{ match: 'client.replicate#run' }, { match: 'client.replicate#stream' }, { match: 'client.replicate#predictions.create' }],
  },
};
export default pack;
