import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'litserve',
  name: 'LitServe',
  languages: ['python'],
  description: 'LitServe APIs: a subclass of `litserve.LitAPI` loads in `setup(device)` into attributes that `predict()` serves.',
  tables: {
    mlModules: ['litserve'],
    contracts: [{ framework: 'LitServe API', classBases: ['litserve.LitAPI', 'litserve.api.LitAPI'], loadHooks: ['setup', '__init__'], serveHooks: ['predict'] }],
  },
};
export default pack;
