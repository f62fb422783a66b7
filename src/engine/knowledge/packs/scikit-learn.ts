import type { KnowledgePack } from '../types';
import { ESTIMATOR_METHODS } from './helpers';

/** The estimator interface (`model.estimator`) is also what the xgboost/lightgbm/catboost and joblib/pickle packs produce. */
const pack: KnowledgePack = {
  id: 'scikit-learn',
  name: 'scikit-learn',
  languages: ['python'],
  description: 'scikit-learn estimators and pipelines built in code or restored with skops, and the estimator interface (`predict`, `predict_proba`, `decision_function`, …) of every model the other packs type as an estimator.',
  tables: {
    mlModules: ['sklearn', 'skops'],
    producers: [
      { match: 'skops.io.load', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'sklearn.**.[A-Z]*', type: 'model.estimator' },
      { match: 'model.estimator#fit', passThrough: 'receiver' },
    ],
    inference: ESTIMATOR_METHODS.map(m => ({ match: `model.estimator#${m}` })),
  },
};
export default pack;
