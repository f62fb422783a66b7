import type { KnowledgePack } from '../types';
import { ESTIMATOR_METHODS, ARRAY_RESULT } from './helpers';

/** The estimator interface (`model.estimator`) is also what the xgboost/lightgbm/catboost and joblib/pickle packs produce. */
const pack: KnowledgePack = {
  id: 'scikit-learn',
  name: 'scikit-learn',
  languages: ['python'],
  description: 'scikit-learn estimators and pipelines built in code or restored with skops, and the estimator interface (`predict`, `predict_proba`, `decision_function`, …) of every model the other packs type as an estimator. Predictions fed to `sklearn.metrics` in the same function are evaluation.',
  tables: {
    mlModules: ['sklearn', 'skops'],
    producers: [
      { match: 'skops.io.load', type: 'model.estimator', load: { pin: 'local' } },
      { match: 'sklearn.**.[A-Z]*', type: 'model.estimator' },
      { match: 'model.estimator#fit', passThrough: 'receiver' },
    ],
    inference: ESTIMATOR_METHODS.map(m => ({ match: `model.estimator#${m}`, result: ARRAY_RESULT })),
    // scores, errors, losses, curves and reports (not the pairwise similarities a retrieval service uses)
    evaluationMetrics: ['*_score', '*_error', '*_loss', '*_curve', '*_report', 'confusion_matrix', 'matthews_corrcoef', 'multilabel_confusion_matrix']
      .map(f => `sklearn.metrics.${f}`),
  },
};
export default pack;
