import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'joblib-pickle',
  name: 'joblib, pickle, cloudpickle, dill',
  languages: ['python'],
  description: 'Generic deserialisers of persisted models: what they load is taken as an estimator, also when it is a bundle (`bundle["model"]`); a model of another kind is served by its own methods (`model.recommend(user, items)`).',
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
    // a persisted model of any class, served by its own methods (`model.recommend(user, items)` of an ALS model,
    // `reco_model.topk_items(user_id=…)`), when its name says it is the model
    customModelMethods: [{ type: 'model.estimator', namedModel: true, except: ['fit', 'partial_fit', 'fit_transform', 'score', 'get_params', 'set_params', 'save', 'dump', 'copy', 'keys', 'items', 'values', 'get',
      // online learning (river's `learn_one`) and training, persistence, device moves: the model, not a prediction
      'learn_one', 'learn_many', 'fit_one', 'train', 'train_on_batch', 'update', 'save_model', 'state_dict', 'load_state_dict', 'to', 'cpu', 'cuda', 'eval', 'clone'] }],
  },
};
export default pack;
