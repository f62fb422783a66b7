import type { KnowledgePack } from '../types';

/**
 * Clarifai's hosted models: the gRPC stub (`clarifai-nodejs-grpc`, Python `clarifai_grpc`) posts inputs to a model
 * (`PostModelOutputs`) or a workflow; the legacy JS client (`new Clarifai.App({ apiKey })`) predicts with `app.models.predict`;
 * the Python SDK's `Model(url)` predicts with `predict_by_url`, `predict_by_bytes`, `predict_by_filepath`.
 */
const pack: KnowledgePack = {
  id: 'clarifai',
  name: 'Clarifai',
  languages: ['typescript', 'python'],
  description: '`stub = ClarifaiStub.grpc()` (Python `service_pb2_grpc.V2Stub(channel)`): `stub.PostModelOutputs(request, metadata, …)` and '
    + '`PostWorkflowResults` run a hosted model; `new Clarifai.App({ apiKey }).models.predict(modelId, input)` (legacy JS); Python SDK '
    + '`Model(url=…).predict_by_url(…)`, `predict_by_bytes`, `predict_by_filepath`, `predict`, `generate`.',
  tables: {
    mlModules: ['clarifai-nodejs-grpc', 'clarifai', 'clarifai_grpc'],
    producers: [
      ...['clarifai-nodejs-grpc.ClarifaiStub.grpc', 'clarifai-nodejs-grpc.default.ClarifaiStub.grpc', 'clarifai_grpc.grpc.api.service_pb2_grpc.V2Stub']
        .map(match => ({ match, type: 'client.clarifai-stub' })),
      ...['clarifai.App', 'clarifai.default.App'].map(match => ({ match, type: 'client.clarifai-app' })),
      ...['clarifai.client.model.Model', 'clarifai.client.Model'].map(match => ({ match, type: 'client.clarifai-model' })),
    ],
    inference: [
      ...['PostModelOutputs', 'PostWorkflowResults'].map(m => ({ match: `client.clarifai-stub#${m}`, inputArgs: [0] })),
      { match: 'client.clarifai-app#models.predict', inputArgs: [1] },
      ...['predict_by_url', 'predict_by_bytes', 'predict_by_filepath', 'predict', 'generate', 'generate_by_url', 'generate_by_bytes']
        .map(m => ({ match: `client.clarifai-model#${m}`, inputArgs: [0, 'url', 'input_bytes', 'filepath', 'inputs'] })),
    ],
  },
};
export default pack;
