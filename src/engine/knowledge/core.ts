/**
 * The knowledge that is about no one library: the vocabulary of field names, argument conventions,
 * the name-based heuristics, language builtins. Everything library-specific is in a pack (`packs/`).
 */
import type { KnowledgeTables } from './types';
import { ESTIMATOR_METHODS, LOGGER_METHODS, MODEL_VERBS } from './packs/helpers';

/** Every table, empty: the start of a merge (a new table in types.ts needs its empty value here). */
export function emptyTables(): KnowledgeTables {
  return {
    mlModules: [], producers: [], inference: [], sinks: [], regions: [], callbacks: [], classBases: [], contracts: [], deferredCalls: [],
    idSources: [], clocks: [], validators: [], evaluationMetrics: [], sharedStores: [], modelLibraries: [], untrainedModelLibraries: [], loadTestModules: [], projectAliases: [], heuristicInferenceMethods: [], modelFileExtensions: [], heuristicLoaderNames: [],
    namedModelMethods: [], namedModelCommonMethods: [], modelNameWords: [], weakModelNameWords: [], notModelNameWords: [], actionNameWords: [], llmRequestBodies: [], payloadPosts: [], modelServiceUrlWords: [],
    loggerNames: [], loggerMethods: [], mutators: [], configArgs: [], identityAttributes: [], fieldNames: {}, pinnedModelNamePatterns: [], modelSnapshots: {},
    typeFromUsage: {}, opaqueCalls: [], responseWriters: [], requestImports: [], customModelMethods: [], builtins: {}, serviceEntries: [], serviceEvidence: [], instrumentors: [], requestHooks: [],
  };
}

export const CORE_TABLES: Partial<KnowledgeTables> = {
  // libraries with no pack of their own whose import still makes a file an ML file (for the heuristics)
  mlModules: ['ray', 'statsmodels', 'prophet'],

  // a model from a project helper named like a loader (`load_model("m.pkl")`) is taken to be an estimator
  // (calling it, as torch and OpenVINO models are called, runs it too)
  inference: [...ESTIMATOR_METHODS.map(m => ({ match: `model.generic#${m}` })), { match: 'model.generic#' }, { match: 'model.generic#generate' }],

  // a type cast changes nothing at run time: `typing.cast(TextGenerationPipeline, pipe)` is `pipe`
  producers: [...['typing.cast', 'typing_extensions.cast'].map(match => ({ match, passThrough: 'arg1' as const })),
    // copying or filtering a sequence keeps what its elements are: `list(filter(lambda l: l.code == "en", languages))[0]`
    ...['builtins.list', 'builtins.tuple', 'builtins.sorted', 'builtins.reversed'].map(match => ({ match, passThrough: 'arg0' as const })),
    { match: 'builtins.filter', passThrough: 'arg1' as const }],

  // `with contextlib.suppress(…)` around a call swallows its failures and records nothing
  regions: [{ match: 'contextlib.suppress', covers: [] }],

  // the browser's and the language's global objects: `window.model = await tf.loadLayersModel(…)`
  sharedStores: ['window', 'globalThis'],

  heuristicInferenceMethods: ['predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'inplace_predict'],
  // a model verb on a receiver named as a model whose origin the file does not show (namedModels.ts)
  namedModelMethods: [...MODEL_VERBS, 'generate_content', 'generate_text', 'agenerate', 'achat', 'acomplete', 'invoke', 'ainvoke', 'astream', 'abatch',
    'stream_chat', 'astream_chat', 'predict_step', 'infer_vector', 'run_inference', 'detect_objects', 'estimate', 'estimatePoses', 'estimateFaces',
    'estimateHands', 'detectForVideo', 'recognizeForVideo', 'classifyForVideo', 'generateContent', 'generateContentStream', 'generateText', 'chatCompletion',
    'transcribe_audio', 'synthesize_speech', 'text_to_speech', 'speech_to_text', 'track'],
  // (not `predict_*`: a project's own wrapper names its methods so as often as a library does, `predict_sample`)
  namedModelCommonMethods: ['run', 'process', 'stream', 'batch', 'extract', 'encode', 'complete', 'completion', 'translate', 'query', 'call', 'forward'],
  modelNameWords: ['model', 'llm', 'clf', 'classifier', 'regressor', 'estimator', 'predictor', 'booster', 'detector', 'recognizer', 'recogniser',
    'transcriber', 'embedder', 'captioner', 'reranker', 'forecaster', 'recommender', 'synthesizer', 'synthesiser', 'vocoder'],
  // (`segmenter` is also `Intl.Segmenter`'s)
  weakModelNameWords: ['segmenter', 'net', 'network', 'chain', 'pipe', 'pipeline', 'engine', 'agent', 'tts', 'stt', 'asr', 'ocr', 'vad', 'translator', 'generator',
    'tagger', 'nlp', 'yolo', 'whisper', 'bert', 'gpt', 'clip', 'sam', 'unet', 'vae', 'resnet', 'diffusion', 'ner', 'sentiment'],
  notModelNameWords: ['path', 'paths', 'name', 'names', 'id', 'ids', 'dir', 'folder', 'file', 'files', 'url', 'uri', 'config', 'cfg', 'conf', 'type', 'types',
    'version', 'info', 'params', 'options', 'opts', 'settings', 'list', 'key', 'keys', 'registry', 'card', 'args', 'kwargs', 'output', 'outputs',
    'input', 'inputs', 'result', 'results', 'response', 'data', 'state', 'status', 'cache', 'loader', 'manager', 'service', 'services', 'handler',
    'wrapper', 'helper', 'helpers', 'api', 'client', 'utils', 'util', 'factory', 'builder', 'store', 'repo', 'repository', 'schema', 'form', 'view',
    'controller', 'router', 'select', 'selector', 'dropdown', 'label', 'str', 'map', 'dict', 'spec', 'meta', 'metadata', 'stats', 'metrics', 'count'],
  actionNameWords: ['get', 'set', 'load', 'init', 'initialize', 'initialise', 'create', 'make', 'build', 'use', 'print', 'download', 'fetch', 'train',
    'save', 'update', 'generate', 'predict', 'run', 'select', 'choose', 'reset', 'apply', 'compute', 'check', 'is', 'has', 'with', 'to', 'from', 'handle',
    'register', 'prepare', 'setup', 'configure', 'open', 'close', 'start', 'stop', 'show', 'display', 'render', 'add', 'remove', 'delete', 'list', 'find',
    'validate', 'parse', 'convert', 'export', 'import', 'read', 'write', 'evaluate', 'test', 'warm', 'warmup', 'on', 'do', 'call', 'invoke', 'ask', 'query',
    'async', 'count', 'num', 'log', 'dump', 'freeze', 'unfreeze', 'wrap', 'patch', 'mock', 'fake', 'dummy', 'default', 'new', 'clear', 'refresh', 'switch', 'toggle'],
  modelFileExtensions: ['.pkl', '.pickle', '.joblib', '.pt', '.pth', '.onnx', '.h5', '.keras', '.safetensors', '.ubj', '.cbm', '.xgb', '.tflite', '.sav', '.skops'],
  heuristicLoaderNames: ['load', 'load_*', '*_load', '*_load_*', 'load[A-Z]*', '*model*', '*Model*', 'restore*', '*predictor*', '*Predictor*', '*classifier*', '*estimator*', '*pipeline*'],
  mutators: ['append', 'extend', 'update', 'add', 'insert', 'setdefault', 'push', 'set', 'assign', 'put'],
  loggerNames: ['logger', 'log', '_logger', '_log', 'LOGGER', 'LOG', 'Logger'],
  loggerMethods: LOGGER_METHODS,
  configArgs: ['model', 'temperature', 'max_tokens', 'max_completion_tokens', 'top_p', 'top_k', 'stream', 'n', 'stop', 'seed', 'timeout',
    'response_format', 'tools', 'tool_choice', 'max_new_tokens', 'do_sample', 'num_beams', 'device', 'batch_size', 'verbose', 'output_names',
    'EndpointName', 'ContentType', 'Accept', 'model_name', 'model_version', 'outputs', 'request_id', 'headers', 'extra_headers', 'user',
    'metadata', 'InferenceId', 'TargetModel', 'TargetVariant', 'CustomAttributes', 'InferenceComponentName', 'num_threads', 'return_tensors', 'conf', 'iou', 'imgsz', 'signal', 'maxTokens', 'abortSignal',
    // camelCase options of JS SDK calls (option-object entries count as named arguments)
    'maxOutputTokens', 'topP', 'topK', 'frequencyPenalty', 'presencePenalty', 'stopSequences', 'maxRetries', 'providerOptions',
    'experimental_telemetry', 'schema', 'schemaName', 'schemaDescription', 'output', 'mode', 'toolChoice', 'executionProviders',
    'revision', 'dtype', 'quantized', 'pooling', 'normalize', 'generationConfig', 'safetySettings'],
  identityAttributes: ['version', 'model_version', 'metadata', 'name_or_path', '_name_or_path', 'config', 'model_uri', 'tag', 'info', 'model_id', 'revision', 'model'],
  fieldNames: {
    'model-version': ['model_version', 'model_uri', 'model_path', 'model_file', 'checkpoint', 'model_id', 'model_revision', 'model_sha', 'model_hash', 'model_tag', 'model_ref',
      'ml.model.version', 'ml.model.id', 'ml.model.uri', 'gen_ai.request.model', 'gen_ai.response.model', 'revision', 'mlflow_run_id',
      'model_name_version', 'modelVersion', 'modelId', 'artifact_hash', 'model_checksum'],
    'prediction-id': ['request_id', 'prediction_id', 'trace_id', 'correlation_id', 'inference_id', 'req_id', 'x-request-id', 'requestId',
      'predictionId', 'traceId', 'correlationId', 'reqId', 'event_id', 'span_id'],
    'latency': ['latency', 'latency_ms', 'latency_s', 'latency_seconds', 'duration', 'duration_ms', 'duration_s', 'elapsed', 'elapsed_ms',
      'elapsed_s', 'inference_time', 'inference_ms', 'inference_seconds', 'took_ms', 'response_time', 'predict_time'],
    'decision': ['decision', 'threshold', 'rule_id', 'overridden', 'override', 'action', 'approved', 'fallback', 'is_fallback'],
    'deployment-context': ['service.version', 'service.name', 'deployment.environment', 'deployment.environment.name', 'environment', 'env',
      'service_version', 'pod', 'host', 'region', 'variant'],
    'upstream-provenance': ['feature_version', 'pipeline_run_id', 'data_snapshot', 'feature_set_version', 'data_version'],
    // (not `device`: in ML code it is the torch device, not the user's)
    'segment-context': ['segment', 'market', 'channel', 'device_type', 'user_device', 'country', 'tenant', 'cohort', 'customer_segment'],
    'outcome': ['actual', 'outcome', 'ground_truth', 'label_actual', 'feedback', 'actual_label', 'true_label', 'correct_label', 'user_feedback',
      'is_correct', 'was_correct', 'rating'],
  },
  // dates, snapshot numbers, `@001`/`:1` versions, a content-addressed version id (Replicate `owner/name:<sha>`)
  pinnedModelNamePatterns: ['\\d{4}-\\d{2}-\\d{2}', '\\d{8}', '-\\d{3,4}$', '@\\d+$', ':\\d+$', '^[0-9a-f]{64}$', ':[0-9a-f]{32,64}$'],
  // `net.load_state_dict(…)` makes `net` a torch module whatever it was built from
  typeFromUsage: { load_state_dict: 'model.torch' },
  opaqueCalls: ['builtins.isinstance', 'builtins.type', 'builtins.callable', 'builtins.id', 'builtins.hasattr'],
  responseWriters: ['json', 'send', 'jsonify', 'JSONResponse', 'ORJSONResponse', 'make_response', 'Response', 'NextResponse'],
  // Python builtins the front end resolves without an import (`print` → `builtins.print`)
  builtins: Object.fromEntries(['print', 'open', 'len', 'isinstance', 'type', 'callable', 'id', 'hasattr', 'str', 'int', 'float', 'dict', 'list', 'tuple', 'sorted', 'reversed', 'filter'].map(n => [n, `builtins.${n}`])),
};
