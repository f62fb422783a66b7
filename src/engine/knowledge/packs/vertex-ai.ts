import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vertex-ai',
  name: 'Vertex AI custom prediction routines',
  languages: ['python'],
  description: 'Vertex AI predictors: a subclass of `google.cloud.aiplatform.prediction.predictor.Predictor` loads in `load(artifacts_uri)` into attributes that `predict(instances)` serves.',
  tables: {
    mlModules: ['google.cloud.aiplatform'],
    contracts: [{ framework: 'Vertex AI predictor', classBases: ['google.cloud.aiplatform.prediction.predictor.Predictor', 'google.cloud.aiplatform.prediction.Predictor'], loadHooks: ['load', '__init__'], serveHooks: ['predict'] }],
  },
};
export default pack;
