import type { KnowledgePack } from '../types';
import { ESTIMATOR_METHODS } from './helpers';

const pack: KnowledgePack = {
  id: 'mlflow',
  name: 'MLflow',
  languages: ['python'],
  description: 'Models from the MLflow registry or runs (`mlflow.pyfunc.load_model`, every flavour\'s `load_model`), pinned by a registry version or run id, not by a stage or alias; MLflow tracking calls are sinks; `@mlflow.trace` records the function\'s arguments, return value, duration and exception.',
  tables: {
    // MLflow Tracing: `@mlflow.trace` records the function's inputs, outputs, duration and exception as a span
    regions: [{ match: 'mlflow.trace', covers: ['latency', 'errors'], records: ['inputs', 'outputs'] }],
    contracts: [{ framework: 'MLflow pyfunc model', classBases: ['mlflow.pyfunc.PythonModel'], loadHooks: ['load_context', '__init__'], serveHooks: ['predict', 'predict_stream'] }],
    mlModules: ['mlflow'],
    producers: [
      { match: 'mlflow.pyfunc.load_model', type: 'model.pyfunc', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
      { match: 'mlflow.pytorch.load_model', type: 'model.torch', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
      { match: 'mlflow.keras.load_model', type: 'model.keras', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
      { match: 'mlflow.tensorflow.load_model', type: 'model.keras', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
      { match: 'mlflow.transformers.load_model', type: 'model.hfpipeline', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
      // every other flavour (sklearn, xgboost, lightgbm, …) gives an estimator: after the specific flavours
      { match: 'mlflow.*.load_model', type: 'model.estimator', load: { pin: 'mlflow', modelArg: [0, 'model_uri'] } },
    ],
    inference: [
      ...ESTIMATOR_METHODS.map(m => ({ match: `model.pyfunc#${m}` })),
      { match: 'model.pyfunc#predict_stream' },
    ],
    sinks: [
      { match: 'mlflow.log_metric' }, { match: 'mlflow.log_metrics' }, { match: 'mlflow.log_param' }, { match: 'mlflow.log_params' },
      { match: 'mlflow.set_tag' }, { match: 'mlflow.set_tags' }, { match: 'mlflow.log_dict' }, { match: 'mlflow.log_table' },
      { match: 'mlflow.log_text' }, { match: 'mlflow.log_input' },
    ],
    classBases: [{ match: 'mlflow.pyfunc.PythonModel', type: 'model.pyfunc-definition' }],
  },
};
export default pack;
