import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'weave',
  name: 'Weights & Biases Weave',
  languages: ['python'],
  description: 'Weave ops: `@weave.op` records each call of the function with its arguments, return value, duration and exception (at function level).',
  tables: {
    regions: [{ match: 'weave.op', covers: ['latency', 'errors'], records: ['inputs', 'outputs'] }],
  },
};
export default pack;
