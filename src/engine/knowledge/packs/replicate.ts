import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'replicate',
  name: 'Replicate',
  languages: ['python', 'typescript'],
  description: 'Replicate in Python (`replicate.run(…)`, `replicate.Client().run`) and JS (`new Replicate().run`): `run`, `async_run`, `stream`, `predictions.create`.',
  tables: {
    mlModules: ['replicate'],
    producers: [
      { match: 'replicate', type: 'client.replicate' }, // JS: `new Replicate()` of the default import
      { match: 'replicate.Client', type: 'client.replicate' }, { match: 'replicate.client.Client', type: 'client.replicate' },
    ],
    inference: [
      { match: 'client.replicate#run' }, { match: 'client.replicate#stream' }, { match: 'client.replicate#predictions.create' },
      { match: 'client.replicate#async_run', inputArgs: ['input'] },
      // Python's module-level calls use a default client
      ...['run', 'async_run', 'stream', 'predictions.create'].map(m => ({ match: `replicate.${m}`, inputArgs: ['input'] })),
    ],
  },
};
export default pack;
