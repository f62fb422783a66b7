import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vertex-ai',
  name: 'Vertex AI endpoints and custom prediction routines',
  languages: ['python', 'typescript'],
  description: 'Vertex AI predictors: a subclass of `google.cloud.aiplatform.prediction.predictor.Predictor` loads in `load(artifacts_uri)` into attributes that `predict(instances)` serves. '
    + 'Clients of deployed models: `aiplatform.Endpoint(…).predict(instances=…)` (also `raw_predict`, `explain`, private endpoints) and the low-level `PredictionServiceClient.predict` (also of `@google-cloud/aiplatform` in Node).',
  tables: {
    mlModules: ['google.cloud.aiplatform', '@google-cloud/aiplatform'],
    producers: [
      ...['Endpoint', 'PrivateEndpoint', 'models.Endpoint', 'models.PrivateEndpoint'].map(c => ({ match: `google.cloud.aiplatform.${c}`, type: 'client.vertex-endpoint' })),
      ...['gapic.PredictionServiceClient', 'gapic.PredictionServiceAsyncClient'].map(c => ({ match: `google.cloud.aiplatform.${c}`, type: 'client.vertex-prediction' })),
      ...['aiplatform_v1', 'aiplatform_v1beta1'].flatMap(v => ['PredictionServiceClient', 'PredictionServiceAsyncClient', 'services.prediction_service.PredictionServiceClient']
        .map(c => ({ match: `google.cloud.${v}.${c}`, type: 'client.vertex-prediction' }))),
      // Node: `const { PredictionServiceClient } = require("@google-cloud/aiplatform").v1`
      ...['', '.v1', '.v1beta1'].map(v => ({ match: `@google-cloud/aiplatform${v}.PredictionServiceClient`, type: 'client.vertex-prediction' })),
    ],
    inference: [
      ...['predict', 'predict_async', 'raw_predict', 'stream_raw_predict', 'explain', 'explain_async'].map(m => ({ match: `client.vertex-endpoint#${m}`, inputArgs: ['instances', 0, 'body'] })),
      ...['predict', 'raw_predict', 'stream_raw_predict', 'explain', 'direct_predict', 'direct_raw_predict'].map(m => ({ match: `client.vertex-prediction#${m}`, inputArgs: ['instances', 'http_body', 'request'] })),
    ],
    contracts: [{ framework: 'Vertex AI predictor', classBases: ['google.cloud.aiplatform.prediction.predictor.Predictor', 'google.cloud.aiplatform.prediction.Predictor'], loadHooks: ['load', '__init__'], serveHooks: ['predict'] }],
  },
};
export default pack;
