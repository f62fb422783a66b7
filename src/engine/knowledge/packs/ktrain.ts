import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ktrain',
  name: 'ktrain',
  languages: ['python'],
  description: 'ktrain predictors (a Keras or Hugging Face model with its preprocessing): `ktrain.load_predictor(path)` loads one, `predictor.predict(…)`/`predict_proba(…)` run it.',
  tables: {
    mlModules: ['ktrain'],
    producers: [
      { match: 'ktrain.load_predictor', type: 'model.ktrain', load: { pin: 'local' } },
      { match: 'ktrain.get_predictor', type: 'model.ktrain' },
    ],
    inference: ['predict', 'predict_proba', 'predict_filename', 'predict_folder', 'explain'].map(m => ({ match: `model.ktrain#${m}`, inputArgs: [0] })),
  },
};
export default pack;
