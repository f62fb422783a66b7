import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'express',
  name: 'Express',
  languages: ['typescript'],
  description: 'The Express app (`express()`) is a service\'s entry point: its service facets (deployment context, outcomes) are reported there. Routes (`app.post("/predict", …)`) are read by the engine\'s route mechanism, not by rows.',
  tables: {
    serviceEntries: [{ match: 'express', kind: 'Express app' }, { match: 'express.default', kind: 'Express app' }],
  },
};
export default pack;
