import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'tf-serving',
  name: 'TensorFlow Serving (gRPC)',
  languages: ['python'],
  description: 'TF Serving\'s gRPC `PredictionServiceStub`: `Predict`, `Classify`, `Regress`, `MultiInference` (and their `.future` forms). REST calls to TF Serving are in the model-server-http pack.',
  tables: {
    mlModules: ['tensorflow_serving'],
    producers: [{ match: 'tensorflow_serving.apis.prediction_service_pb2_grpc.PredictionServiceStub', type: 'client.tfserving' }],
    inference: ['Predict', 'Classify', 'Regress', 'MultiInference'].flatMap(m => [
      { match: `client.tfserving#${m}`, inputArgs: [0, 'request'] }, { match: `client.tfserving#${m}.future`, inputArgs: [0, 'request'] },
    ]),
  },
};
export default pack;
