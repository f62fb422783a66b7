import type { KnowledgePack } from '../types';

const MODULES = ['classification', 'regression', 'clustering', 'anomaly', 'time_series'];

const pack: KnowledgePack = {
  id: 'pycaret',
  name: 'PyCaret',
  languages: ['python'],
  description: 'PyCaret\'s functional API: `load_model(name)` (any task module) loads a saved pipeline (`name.pkl` beside the service); '
    + '`predict_model(model, data=df)` scores it (the same in every task module), and the pipeline\'s own `predict` too.',
  tables: {
    mlModules: ['pycaret'],
    producers: MODULES.map(m => ({ match: `pycaret.${m}.load_model`, type: 'model.pycaret', load: { pin: 'local' as const, modelArg: [0, 'model_name'] } })),
    inference: [
      ...MODULES.map(m => ({ match: `pycaret.${m}.predict_model`, inputArgs: ['data', 1] })),
      ...['predict', 'predict_proba'].map(m => ({ match: `model.pycaret#${m}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
