import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'tf-serving',
  name: 'TensorFlow Serving (gRPC)',
  languages: ['python'],
  description: 'TF Serving\'s gRPC `PredictionServiceStub`: `Predict`, `Classify`, `Regress`, `MultiInference` (and their `.future` forms), also on the legacy beta stub (`beta_create_PredictionService_stub`). REST calls to TF Serving are in the model-server-http pack.',
  tables: {
    mlModules: ['tensorflow_serving'],
    producers: [
      { match: 'tensorflow_serving.apis.prediction_service_pb2_grpc.PredictionServiceStub', type: 'client.tfserving' },
      // the pre-1.0 beta gRPC API (`grpc.beta.implementations` channels), still in older serving code
      { match: 'tensorflow_serving.apis.prediction_service_pb2.beta_create_PredictionService_stub', type: 'client.tfserving' },
      { match: 'tensorflow_serving.apis.prediction_service_pb2.PredictionServiceStub', type: 'client.tfserving' },
    ],
    inference: ['Predict', 'Classify', 'Regress', 'MultiInference'].flatMap(m => [
      { match: `client.tfserving#${m}`, inputArgs: [0, 'request'] }, { match: `client.tfserving#${m}.future`, inputArgs: [0, 'request'] },
    ]),
  },
};
export default pack;
