import type { KnowledgePack } from '../types';
/** The type the resolver gives a contract's model (resolve.ts SERVED_MODEL). */
const SERVED_MODEL = 'model.served';

/**
 * What a framework contract's model can do. A value a load hook creates with a loader the tables do not
 * know (`self.model = build_model(cfg)`) has no type of its own; the contract says it is the model, and
 * these are the ways serving code runs a model whatever its library.
 */
const SERVING_METHODS = ['', 'predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'predict_batch', 'generate', 'forward',
  'transcribe', 'infer', 'detect', 'classify', 'segment', 'embed', 'embed_query', 'embed_documents', 'encode', 'invoke', 'ainvoke', 'stream',
  'astream', 'batch', 'abatch', 'chat', 'complete', 'query', 'translate_batch', 'generate_batch', 'inference', '__call__'];

const pack: KnowledgePack = {
  id: 'served-models',
  name: 'Models held by framework hooks',
  languages: ['python'],
  description: 'Models that an entry-point contract (SageMaker, Azure ML, MLServer, KServe, LitServe, Cog, Vertex AI, Modal, TorchServe, Triton, BentoML, Ray Serve, MLflow pyfunc) says a load hook created, whatever loaded them: calling them, or their predict/generate/transcribe/encode/… methods, is inference.',
  tables: {
    producers: [{ match: `${SERVED_MODEL}#[]`, on: 'access', type: SERVED_MODEL }],
    inference: SERVING_METHODS.map(m => ({ match: `${SERVED_MODEL}#${m}` })),
  },
};
export default pack;
