import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'mlserver',
  name: 'MLServer',
  languages: ['python'],
  description: 'MLServer custom runtimes: a subclass of `mlserver.MLModel` loads in `load()` into attributes that `predict()` serves.',
  tables: {
    mlModules: ['mlserver'],
    contracts: [{ framework: 'MLServer runtime', classBases: ['mlserver.MLModel', 'mlserver.model.MLModel'], loadHooks: ['load', '__init__'], serveHooks: ['predict', 'predict_stream'] }],
  },
};
export default pack;
