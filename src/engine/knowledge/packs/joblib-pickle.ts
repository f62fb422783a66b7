import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'joblib-pickle',
  name: 'joblib, pickle, cloudpickle, dill',
  languages: ['python'],
  description: 'Generic deserialisers of persisted models: what they load is taken as an estimator, also when it is a bundle (`bundle["model"]`).',
  tables: {
    mlModules: ['joblib', 'cloudpickle', 'dill'],
    producers: [
      { match: 'joblib.load', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'pickle.load', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'pickle.loads', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'cloudpickle.load', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'dill.load', type: 'model.estimator', load: { pin: 'local' } },
      // a deserialised bundle's entry (`bundle["model"]`) is still the model
      { match: 'model.estimator#[]', on: 'access', type: 'model.estimator' },
    ],
  },
};
export default pack;
