import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'joblib-pickle',
  name: 'joblib, pickle, cloudpickle, dill',
  languages: ['python'],
  description: 'Generic deserialisers of persisted models: what they load is taken as an estimator, also when it is a bundle (`bundle["model"]`).',
  tables: {
    mlModules: ['joblib', 'cloudpickle', 'dill'],
    producers: [
      { match: 'joblib.load', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } },
      { match: 'sklearn.externals.joblib.load', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } }, // scikit-learn < 0.23
      { match: 'pickle.load', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } },
      { match: 'pickle.loads', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } },
      { match: 'cloudpickle.load', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } },
      { match: 'dill.load', type: 'model.estimator', load: { pin: 'local', needsModelEvidence: true } },
      // a deserialised bundle's entry (`bundle["model"]`) is still the model
      { match: 'model.estimator#[]', on: 'access', type: 'model.estimator' },
    ],
  },
};
export default pack;
