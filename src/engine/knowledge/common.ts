/**
 * Rows keyed by a value's type rather than by an import path: once a front end's rows have told the
 * resolver that `sess` is a `model.onnx` or `client` a `client.openai`, what their members do is the
 * same in every language. Language-specific spellings of members (`set_attribute` vs `setAttribute`)
 * are simply both listed.
 */
import type { KnowledgeTables } from './types';

const ESTIMATOR_METHODS = ['predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'inplace_predict', 'score_samples', 'predict_raw'];
const LOG_METHODS = ['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg', 'trace', 'success'];
const LLM_INPUTS = ['messages', 'prompt', 'input', 'contents', 'system', 'instructions'];

export const COMMON_TABLES: KnowledgeTables = {
  mlModules: [],
  producers: [
    // models keep their type through device/mode changes
    ...['to', 'eval', 'cuda', 'cpu', 'half', 'float', 'train', 'requires_grad_', 'share_memory'].map(m => ({ match: `model.torch#${m}`, passThrough: 'receiver' as const })),
    { match: 'model.hf#to', passThrough: 'receiver' }, { match: 'model.hf#eval', passThrough: 'receiver' }, { match: 'model.hf#cuda', passThrough: 'receiver' },
    { match: 'model.estimator#load_model', load: { pin: 'local' } },
    { match: 'model.estimator#fit', passThrough: 'receiver' },
    { match: 'model.keras#compile', passThrough: 'receiver' },
    { match: 'model.tfsaved#signatures.[]', on: 'access', type: 'model.tfsig' },
    // generic deserialisers often hold a bundle: bundle["model"] is still the model
    { match: 'model.estimator#[]', on: 'access', type: 'model.estimator' },
    { match: 'model.bentoref#to_runner', type: 'runner.bentoml' },
    { match: 'model.bentoref#load_model', type: 'model.estimator' },
    // loggers
    ...['logger.stdlib', 'logger.structlog', 'logger.loguru', 'logger.any'].flatMap(t => [
      { match: `${t}#bind`, passThrough: 'receiver' as const }, { match: `${t}#new`, passThrough: 'receiver' as const },
      { match: `${t}#opt`, passThrough: 'receiver' as const }, { match: `${t}#getChild`, passThrough: 'receiver' as const },
      { match: `${t}#child`, passThrough: 'receiver' as const },
    ]),
    // tracing and metrics
    { match: 'otel.tracer#start_as_current_span', type: 'otel.span' },
    { match: 'otel.tracer#start_span', type: 'otel.span' },
    { match: 'otel.tracer#startSpan', type: 'otel.span' },
    { match: 'otel.meter#create_*', type: 'otel.instrument' },
    { match: 'otel.meter#create*', type: 'otel.instrument' },
    { match: 'prom.metric#labels', passThrough: 'receiver' },
    { match: 'prom.metric#startTimer', type: 'timer.stop' },
    { match: 'statsd.client#timer', type: 'statsd.timer' },
  ],

  inference: [
    ...ESTIMATOR_METHODS.map(m => ({ match: `model.estimator#${m}` })),
    ...ESTIMATOR_METHODS.map(m => ({ match: `model.pyfunc#${m}` })),
    ...ESTIMATOR_METHODS.map(m => ({ match: `model.generic#${m}` })),
    { match: 'model.pyfunc#predict_stream' },
    { match: 'model.torch#' }, { match: 'model.torch#forward' },
    { match: 'model.keras#predict' }, { match: 'model.keras#predict_on_batch' }, { match: 'model.keras#' }, { match: 'model.keras#execute' },
    { match: 'model.keras#executeAsync' },
    { match: 'model.tfsaved#' }, { match: 'model.tfsaved#serve' }, { match: 'model.tfsig#' },
    { match: 'model.hfpipeline#' },
    { match: 'model.hf#', inputArgs: [0, 'input_ids', 'inputs', 'pixel_values', 'attention_mask'] },
    { match: 'model.hf#generate', inputArgs: [0, 'input_ids', 'inputs', 'attention_mask'] },
    { match: 'model.sentence#encode' },
    { match: 'model.onnx#run', inputArgs: [1, 'input_feed', 0] },
    { match: 'model.yolo#' }, { match: 'model.yolo#predict' }, { match: 'model.yolo#track' },
    { match: 'runner.bentoml#run' }, { match: 'runner.bentoml#async_run' },
    { match: 'runner.bentoml#*.run' }, { match: 'runner.bentoml#*.async_run' },
    { match: 'client.openai#chat.completions.create', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#chat.completions.parse', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#chat.completions.stream', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#beta.chat.completions.parse', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#responses.create', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#responses.stream', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#completions.create', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.openai#embeddings.create', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.anthropic#messages.create', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.anthropic#messages.stream', kind: 'llm', inputArgs: LLM_INPUTS },
    { match: 'client.triton#infer', inputArgs: [1, 'inputs'] },
    { match: 'client.triton#async_infer', inputArgs: [1, 'inputs'] },
    { match: 'client.kserve#infer' },
    { match: 'client.sagemaker#invoke_endpoint', inputArgs: ['Body'] },
    { match: 'client.sagemaker#invoke_endpoint_async', inputArgs: ['InputLocation'] },
    { match: 'client.sagemaker#invoke_endpoint_with_response_stream', inputArgs: ['Body'] },
    { match: 'predictor.sagemaker#predict' },
    { match: 'llm.vllm#generate' }, { match: 'llm.vllm#chat' }, { match: 'llm.vllm#encode' },
    { match: 'bls.triton#exec' }, { match: 'bls.triton#async_exec' },
  ],

  sinks: [
    ...['logger.stdlib', 'logger.structlog', 'logger.loguru', 'logger.any'].flatMap(t => LOG_METHODS.map(m => ({ match: `${t}#${m}` }))),
    { match: 'logger.structlog#bind', role: 'context' }, { match: 'logger.loguru#bind', role: 'context' },
    { match: 'logger.loguru#contextualize', role: 'context' }, { match: 'logger.any#bind', role: 'context' },
    { match: 'logger.any#child', role: 'context' },
    { match: 'otel.span#set_attribute', keyArg: 0 }, { match: 'otel.span#set_attributes' }, { match: 'otel.span#add_event' },
    { match: 'otel.span#record_exception' }, { match: 'otel.span#set_status' },
    { match: 'otel.span#setAttribute', keyArg: 0 }, { match: 'otel.span#setAttributes' }, { match: 'otel.span#addEvent' },
    { match: 'otel.span#recordException' }, { match: 'otel.span#setStatus' },
    { match: 'otel.instrument#record' }, { match: 'otel.instrument#add' },
    { match: 'prom.metric#inc' }, { match: 'prom.metric#dec' }, { match: 'prom.metric#set' }, { match: 'prom.metric#observe' },
    { match: 'prom.metric#info' }, { match: 'prom.metric#state' }, { match: 'prom.metric#labels' },
    { match: 'timer.stop#', role: 'timer-stop' },
    ...['increment', 'decrement', 'gauge', 'histogram', 'distribution', 'timing', 'set', 'incr', 'decr'].map(m => ({ match: `statsd.client#${m}` })),
    { match: 'statsd.timer#stop', role: 'timer-stop' },
    { match: 'monitor.bentoml#log' }, { match: 'monitor.bentoml#log_batch' },
    { match: 'arize.client#log' }, { match: 'arize.client#log_prediction' },
  ],

  regions: [
    { match: 'otel.tracer#start_as_current_span', covers: ['latency', 'errors'] },
    { match: 'otel.tracer#startActiveSpan', covers: ['latency', 'errors'] },
    { match: 'prom.metric#time', covers: ['latency'] },
    { match: 'prom.metric#count_exceptions', covers: ['errors'] },
    { match: 'statsd.client#timer', covers: ['latency'] },
    { match: 'statsd.client#timed', covers: ['latency'] },
  ],

  classBases: [],
  idSources: [],
  clocks: [],
  validators: [],
  heuristicInferenceMethods: ['predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'inplace_predict'],
  modelFileExtensions: ['.pkl', '.pickle', '.joblib', '.pt', '.pth', '.onnx', '.h5', '.keras', '.safetensors', '.ubj', '.cbm', '.xgb', '.tflite', '.sav', '.skops'],
  heuristicLoaderNames: ['load', 'load_*', '*_load', '*_load_*', 'load[A-Z]*', '*model*', '*Model*', 'restore*', '*predictor*', '*Predictor*', '*classifier*', '*estimator*', '*pipeline*'],
  mutators: ['append', 'extend', 'update', 'add', 'insert', 'setdefault', 'push', 'set', 'assign', 'put'],
  loggerNames: ['logger', 'log', '_logger', '_log', 'LOGGER', 'LOG', 'Logger'],
  loggerMethods: LOG_METHODS,
  configArgs: ['model', 'temperature', 'max_tokens', 'max_completion_tokens', 'top_p', 'top_k', 'stream', 'n', 'stop', 'seed', 'timeout',
    'response_format', 'tools', 'tool_choice', 'max_new_tokens', 'do_sample', 'num_beams', 'device', 'batch_size', 'verbose', 'output_names',
    'EndpointName', 'ContentType', 'Accept', 'model_name', 'model_version', 'outputs', 'request_id', 'headers', 'extra_headers', 'user',
    'metadata', 'InferenceId', 'TargetModel', 'TargetVariant', 'CustomAttributes', 'InferenceComponentName', 'num_threads', 'return_tensors', 'conf', 'iou', 'imgsz', 'signal', 'maxTokens', 'abortSignal'],
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
    'segment-context': ['segment', 'market', 'channel', 'device', 'country', 'tenant', 'cohort'],
    'outcome': ['actual', 'outcome', 'ground_truth', 'label_actual', 'feedback'],
  },
  pinnedModelNamePatterns: ['\\d{4}-\\d{2}-\\d{2}', '\\d{8}', '-\\d{3,4}$', '@\\d+$', ':\\d+$'],
  typeFromUsage: { load_state_dict: 'model.torch' },
  opaqueCalls: ['builtins.isinstance', 'builtins.type', 'builtins.callable', 'builtins.id', 'builtins.hasattr'],
  builtins: {},
};
