import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'xgboost-lightgbm-catboost',
  name: 'XGBoost, LightGBM, CatBoost',
  languages: ['python'],
  description: 'Gradient-boosting models: `Booster(model_file=…)` and `load_model(…)` loads, the sklearn-style classes; predictions go through the estimator interface (incl. `inplace_predict`).',
  tables: {
    mlModules: ['xgboost', 'lightgbm', 'catboost'],
    producers: [
      { match: 'xgboost.Booster', type: 'model.estimator', load: { pin: 'local', modelArg: ['model_file'] } },
      { match: 'lightgbm.Booster', type: 'model.estimator', load: { pin: 'local', modelArg: ['model_file'] } },
      { match: 'xgboost.XGB*', type: 'model.estimator' },
      { match: 'xgboost.DMatrix', type: 'data.matrix' },
      { match: 'lightgbm.LGBM*', type: 'model.estimator' },
      { match: 'catboost.CatBoost*', type: 'model.estimator' },
      // `booster.load_model("m.ubj")` on an estimator built in code restores it from a file
      { match: 'model.estimator#load_model', load: { pin: 'local' } },
    ],
  },
};
export default pack;
