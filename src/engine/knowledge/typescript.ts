/**
 * What TypeScript/JavaScript libraries mean to the analysis, keyed by import path. The TS/JS front end
 * binds imports this way (see typescript/lower.ts):
 *   import * as ort from 'onnxruntime-node'      ort            → `onnxruntime-node`
 *   import ort from 'onnxruntime-node'           ort            → `onnxruntime-node` (a default import is the module)
 *   import { pipeline } from '@xenova/transformers' / const { pipeline } = require(…)
 *                                                pipeline       → `@xenova/transformers.pipeline`
 *   import { randomUUID } from 'node:crypto'     randomUUID     → `crypto.randomUUID` (`node:` dropped)
 * so `new OpenAI()` with a default import is a call of `openai`, and `new ort.Tensor()` of
 * `onnxruntime-node.Tensor`. Runtime globals (`console`, `fetch`, `performance`…) are imports of themselves.
 *
 * Rows keyed by a value's type are shared with Python in `common.ts`; the few type-keyed rows here
 * are for types only JS libraries produce (LangChain.js runnables, Gemini models) or JS-only member
 * spellings (`predictOnBatch`).
 */
import type { KnowledgeTables, ProducerRow, InferenceRow, SinkRow, RegionRow } from './types';

const ONNX = ['onnxruntime-node', 'onnxruntime-web', 'onnxruntime-react-native', 'onnxruntime-common'];
const TFJS = ['@tensorflow/tfjs', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-layers', '@tensorflow/tfjs-converter', '@tensorflow/tfjs-core'];
const TRANSFORMERS = ['@huggingface/transformers', '@xenova/transformers'];
const SENTRY = '@sentry/*';
const OTEL = '@opentelemetry/api';
const LOG_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal'];
/**
 * Where an LLM call's input is: most JS SDKs take one options object (`{ model, messages }`), whose
 * entries are named here; LangChain and Gemini model objects take the input itself first.
 */
const OPTION_INPUTS = ['messages', 'prompt', 'input', 'inputs', 'contents', 'system', 'instructions', 'value', 'values', 'text', 'texts'];
const llm = (match: string, inputArgs: (number | string)[] = OPTION_INPUTS): InferenceRow => ({ match, kind: 'llm', inputArgs });

/** Zod schema builders that return the schema they are called on (`z.object({…}).strict()`). */
const ZOD_CHAIN = ['strict', 'passthrough', 'strip', 'extend', 'merge', 'pick', 'omit', 'partial', 'required', 'optional', 'nullable',
  'nullish', 'array', 'refine', 'superRefine', 'transform', 'default', 'describe', 'catch', 'brand', 'readonly', 'and', 'or', 'min', 'max',
  'length', 'int', 'positive', 'nonnegative', 'trim', 'email', 'url', 'uuid'];

const producers: ProducerRow[] = [
  // --- model loads. `url` pinning: a local path or file:// URL is a shipped artifact; an http(s) URL must name a version.
  ...ONNX.map(m => ({ match: `${m}.InferenceSession.create`, type: 'model.onnx', load: { pin: 'url' as const } })),
  ...ONNX.map(m => ({ match: `${m}.InferenceSession`, type: 'model.onnx' })), // for annotations (`session: ort.InferenceSession`)
  ...TFJS.flatMap(m => [
    { match: `${m}.loadLayersModel`, type: 'model.keras', load: { pin: 'url' as const } },
    { match: `${m}.loadGraphModel`, type: 'model.keras', load: { pin: 'url' as const } },
    { match: `${m}.node.loadSavedModel`, type: 'model.keras', load: { pin: 'local' as const } },
    { match: `${m}.LayersModel`, type: 'model.keras' },
    { match: `${m}.GraphModel`, type: 'model.keras' },
    { match: `${m}.Sequential`, type: 'model.keras' },
    { match: `${m}.sequential`, type: 'model.keras' },
    { match: `${m}.model`, type: 'model.keras' },
  ]),
  { match: '@tensorflow/tfjs-tflite.loadTFLiteModel', type: 'model.keras', load: { pin: 'url' } },
  // transformers.js: pinned only by a commit `revision` (in the options object). Tokenizers and processors are not models.
  ...TRANSFORMERS.flatMap(m => [
    { match: `${m}.*Tokenizer*.from_pretrained`, type: 'hf.preprocessor' },
    { match: `${m}.*Processor.from_pretrained`, type: 'hf.preprocessor' },
    { match: `${m}.*FeatureExtractor.from_pretrained`, type: 'hf.preprocessor' },
    { match: `${m}.*Config.from_pretrained`, type: 'hf.preprocessor' },
    { match: `${m}.pipeline`, type: 'model.hfpipeline', load: { pin: 'hf' as const, modelArg: [1, 'model'] } },
    { match: `${m}.*.from_pretrained`, type: 'model.hf', load: { pin: 'hf' as const, modelArg: [0] } },
  ]),
  // --- clients of hosted models (a default import is the client class)
  { match: 'openai', type: 'client.openai' }, { match: 'openai.OpenAI', type: 'client.openai' }, { match: 'openai.AzureOpenAI', type: 'client.openai' },
  { match: 'groq-sdk', type: 'client.openai' }, { match: 'groq-sdk.Groq', type: 'client.openai' }, // the same API shape
  { match: '@anthropic-ai/sdk', type: 'client.anthropic' }, { match: '@anthropic-ai/sdk.Anthropic', type: 'client.anthropic' },
  { match: '@anthropic-ai/bedrock-sdk.AnthropicBedrock', type: 'client.anthropic' }, { match: '@anthropic-ai/vertex-sdk.AnthropicVertex', type: 'client.anthropic' },
  // tracing wrappers return the client they wrap; what the wrapper itself records is not modelled (explicit records still count)
  { match: 'langfuse.observeOpenAI', passThrough: 'arg0' }, { match: '@langfuse/openai.observeOpenAI', passThrough: 'arg0' },
  { match: 'langsmith/wrappers*.wrapOpenAI', passThrough: 'arg0' }, { match: 'langsmith/wrappers*.wrapSDK', passThrough: 'arg0' },
  { match: '@google/generative-ai.GoogleGenerativeAI', type: 'client.gemini' },
  { match: '@google-cloud/vertexai.VertexAI', type: 'client.gemini' },
  { match: 'client.gemini#getGenerativeModel', type: 'model.gemini' },
  { match: 'client.gemini#preview.getGenerativeModel', type: 'model.gemini' },
  { match: 'model.gemini#startChat', type: 'chat.gemini' },
  { match: '@google/genai.GoogleGenAI', type: 'client.genai' },
  { match: 'client.genai#chats.create', type: 'chat.gemini' },
  { match: '@mistralai/mistralai.Mistral', type: 'client.mistral' },
  { match: 'cohere-ai.CohereClient*', type: 'client.cohere' },
  { match: 'ollama', on: 'value', type: 'client.ollama' }, { match: 'ollama.Ollama', type: 'client.ollama' }, // the default export is an instance
  { match: '@huggingface/inference.HfInference', type: 'client.hfinference' }, { match: '@huggingface/inference.InferenceClient', type: 'client.hfinference' },
  { match: 'replicate', type: 'client.replicate' },
  { match: '@aws-sdk/client-bedrock-runtime.BedrockRuntimeClient', type: 'client.bedrock' },
  { match: '@aws-sdk/client-sagemaker-runtime.SageMakerRuntimeClient', type: 'client.sagemaker-runtime' },
  { match: 'aws-sdk.SageMakerRuntime', type: 'client.sagemaker-v2' },
  // LangChain.js: chat models, embeddings, and LCEL chains built from them (`prompt.pipe(chat).pipe(parser)`)
  { match: '@langchain/*.Chat*', type: 'client.langchain' }, { match: 'langchain/*.Chat*', type: 'client.langchain' },
  { match: '@langchain/openai.OpenAI', type: 'client.langchain' }, { match: '@langchain/openai.AzureOpenAI', type: 'client.langchain' },
  { match: '@langchain/*.*Embeddings', type: 'client.langchain-embeddings' }, { match: 'langchain/*.*Embeddings', type: 'client.langchain-embeddings' },
  { match: '@langchain/core/prompts.*.from*', type: 'langchain.runnable' }, { match: 'langchain/prompts.*.from*', type: 'langchain.runnable' },
  // a prompt piped into a model is the model's runnable; a model piped into a parser stays one
  { match: 'langchain.runnable#pipe', passThrough: 'arg0' },
  ...['pipe', 'withStructuredOutput', 'bindTools', 'bind', 'withConfig', 'withRetry', 'withFallbacks'].map(m => ({ match: `client.langchain#${m}`, passThrough: 'receiver' as const })),
  // --- loggers
  { match: 'pino', type: 'logger.any' }, { match: 'pino.pino', type: 'logger.any' },
  { match: 'winston.createLogger', type: 'logger.any' }, { match: 'winston.loggers.get', type: 'logger.any' }, { match: 'winston.loggers.add', type: 'logger.any' },
  { match: 'bunyan.createLogger', type: 'logger.any' }, { match: 'bunyan', type: 'logger.any' },
  { match: 'log4js.getLogger', type: 'logger.any' },
  { match: 'consola', on: 'value', type: 'logger.any' }, { match: 'consola.consola', on: 'value', type: 'logger.any' }, { match: 'consola.createConsola', type: 'logger.any' },
  { match: '@nestjs/common.Logger', type: 'logger.any' },
  { match: 'debug', type: 'logger.debug' },
  // --- tracing
  { match: `${OTEL}.trace.getTracer`, type: 'otel.tracer' },
  { match: `${OTEL}.trace.getActiveSpan`, type: 'otel.span' },
  { match: `${OTEL}.trace.getSpan`, type: 'otel.span' },
  { match: `${OTEL}.metrics.getMeter`, type: 'otel.meter' },
  { match: `${OTEL}.Span`, type: 'otel.span' }, { match: `${OTEL}.Tracer`, type: 'otel.tracer' },
  { match: 'dd-trace', on: 'value', type: 'dd.tracer' }, // `import tracer from 'dd-trace'`, `require('dd-trace').init()`
  { match: 'dd.tracer#init', passThrough: 'receiver' },
  { match: 'dd.tracer#scope', type: 'dd.scope' }, { match: 'dd.scope#active', type: 'dd.span' },
  { match: 'dd.tracer#dogstatsd', on: 'access', type: 'statsd.client' },
  { match: 'langfuse.Langfuse', type: 'langfuse.client' }, { match: 'langfuse', type: 'langfuse.client' },
  { match: 'langfuse.client#trace', type: 'langfuse.trace' },
  ...['span', 'generation'].flatMap(m => [{ match: `langfuse.client#${m}`, type: 'langfuse.trace' }, { match: `langfuse.trace#${m}`, type: 'langfuse.trace' }]),
  // --- metrics
  ...['Counter', 'Gauge', 'Histogram', 'Summary'].map(c => ({ match: `prom-client.${c}`, type: 'prom.metric' })),
  { match: 'hot-shots', type: 'statsd.client' }, { match: 'hot-shots.StatsD', type: 'statsd.client' },
  { match: 'node-statsd', type: 'statsd.client' }, { match: 'node-statsd.StatsD', type: 'statsd.client' }, { match: 'statsd-client', type: 'statsd.client' },
  // --- validators: schema builders give schemas whose parse/validate methods check inputs
  { match: 'zod*.z.*', type: 'validator.zod' }, { match: 'zod*.*', type: 'validator.zod' },
  ...ZOD_CHAIN.map(m => ({ match: `validator.zod#${m}`, passThrough: 'receiver' as const })),
  { match: 'ajv', type: 'validator.ajv' }, { match: 'ajv.Ajv', type: 'validator.ajv' },
  { match: 'validator.ajv#compile', type: 'validator.ajv-fn' },
  { match: 'joi.*', type: 'validator.joi' }, { match: 'yup.*', type: 'validator.yup' },
];

/** Paths that only model servers serve: `/v1/models/x:predict`, `/v2/models/x/infer`, `/predictions/x`, `/invocations`. */
const MODEL_SERVER_URL = '/v1/models/[^/:?]+(/versions/[^/:?]+)?:(predict|classify|regress)|/v2/models/[^/?]+(/versions/[^/?]+)?/(infer|generate)|/predictions/[^/?]+|/invocations([?#]|$)';

const inference: InferenceRow[] = [
  { match: 'model.keras#predictOnBatch' },
  // Vercel AI SDK: `generateText({ model: openai('gpt-4o'), prompt })`
  ...['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany'].map(f => llm(`ai.${f}`)),
  ...['invoke', 'stream', 'batch', 'streamEvents', 'call', 'predict', 'generate'].map(m => llm(`client.langchain#${m}`, [0])),
  llm('client.langchain-embeddings#embedQuery', [0]), llm('client.langchain-embeddings#embedDocuments', [0]),
  ...['generateContent', 'generateContentStream', 'embedContent', 'batchEmbedContents'].map(m => llm(`model.gemini#${m}`, [0])),
  llm('chat.gemini#sendMessage', [0]), llm('chat.gemini#sendMessageStream', [0]),
  ...['generateContent', 'generateContentStream', 'embedContent', 'generateImages'].map(m => llm(`client.genai#models.${m}`)),
  ...['chat.complete', 'chat.stream', 'embeddings.create', 'fim.complete'].map(m => llm(`client.mistral#${m}`)),
  ...['chat', 'chatStream', 'embed', 'rerank', 'generate'].map(m => llm(`client.cohere#${m}`)),
  ...['chat', 'generate', 'embed', 'embeddings'].map(m => llm(`client.ollama#${m}`)),
  ...['textGeneration', 'textGenerationStream', 'chatCompletion', 'chatCompletionStream', 'featureExtraction', 'textClassification',
    'tokenClassification', 'summarization', 'translation', 'questionAnswering', 'zeroShotClassification', 'sentenceSimilarity',
    'fillMask', 'imageClassification', 'objectDetection', 'imageToText', 'automaticSpeechRecognition', 'textToImage'].map(m => llm(`client.hfinference#${m}`)),
  { match: 'client.replicate#run' }, { match: 'client.replicate#stream' }, { match: 'client.replicate#predictions.create' },
  // AWS SDK v3: every command this client sends invokes a model (InvokeModel, Converse, InvokeEndpoint…)
  { match: 'client.bedrock#send' }, { match: 'client.sagemaker-runtime#send' },
  { match: 'client.sagemaker-v2#invokeEndpoint', inputArgs: [0] },
  // HTTP calls to model servers (KServe/Seldon v1 and v2 protocol, Triton, TorchServe, SageMaker-style /invocations)
  ...['fetch', 'node-fetch', 'undici.fetch', 'undici.request'].map(match => ({ match, arg0Pattern: MODEL_SERVER_URL, inputArgs: ['body'] })),
  ...['axios.post', 'axios.put', 'got.post', 'got.put', 'ky.post', 'ky.put'].map(match => ({ match, arg0Pattern: MODEL_SERVER_URL, inputArgs: [1, 'json', 'body'] })),
];

const sinks: SinkRow[] = [
  ...['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'].map(m => ({ match: `console.${m}` })),
  { match: 'logger.debug#' },
  // loggers created with fields bound to every record (winston `defaultMeta`, pino `base`)
  { match: 'winston.createLogger', role: 'context' }, { match: 'pino', role: 'context' }, { match: 'bunyan.createLogger', role: 'context' },
  // Sentry (any SDK flavour: @sentry/node, @sentry/nextjs, …)
  ...['captureException', 'captureMessage', 'captureEvent', 'setTags', 'setExtras', 'addBreadcrumb', 'setUser'].map(m => ({ match: `${SENTRY}.${m}` })),
  ...['setTag', 'setContext', 'setExtra'].map(m => ({ match: `${SENTRY}.${m}`, keyArg: 0 })),
  // New Relic
  ...['recordCustomEvent', 'addCustomAttributes', 'addCustomSpanAttributes', 'noticeError', 'incrementMetric'].map(m => ({ match: `newrelic.${m}` })),
  ...['addCustomAttribute', 'addCustomSpanAttribute', 'recordMetric'].map(m => ({ match: `newrelic.${m}`, keyArg: 0 })),
  // dd-trace spans
  { match: 'dd.span#setTag', keyArg: 0 }, { match: 'dd.span#addTags' },
  // prom-client records the labels given to startTimer when the timer ends (Python passes them to labels())
  { match: 'prom.metric#startTimer' },
  // Langfuse traces record what they are given
  ...['trace', 'span', 'generation', 'event', 'score'].map(m => ({ match: `langfuse.client#${m}` })),
  ...['span', 'generation', 'event', 'score', 'update', 'end'].map(m => ({ match: `langfuse.trace#${m}` })),
];

const regions: RegionRow[] = [
  // callback regions: `startSpan({ name }, async (span) => { … })`
  { match: `${SENTRY}.startSpan`, covers: ['latency'] }, { match: `${SENTRY}.startSpanManual`, covers: ['latency'] },
  { match: 'dd.tracer#trace', covers: ['latency', 'errors'] }, { match: 'dd.tracer#wrap', covers: ['latency', 'errors'] },
  { match: 'newrelic.startSegment', covers: ['latency'] }, { match: 'newrelic.startWebTransaction', covers: ['latency'] },
  { match: 'newrelic.startBackgroundTransaction', covers: ['latency'] },
  ...['withWorkflow', 'withTask', 'withAgent', 'withTool'].map(m => ({ match: `@traceloop/node-server-sdk.${m}`, covers: ['latency' as const] })),
];

export const TYPESCRIPT_TABLES: Partial<KnowledgeTables> = {
  mlModules: [...ONNX, ...TFJS, ...TRANSFORMERS, '@tensorflow/tfjs-tflite', 'openai', '@anthropic-ai/sdk',
    '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk', 'ai', '@ai-sdk/openai', '@ai-sdk/anthropic', '@ai-sdk/google', '@ai-sdk/mistral',
    '@langchain/openai', '@langchain/anthropic', '@langchain/core', '@langchain/google-genai', '@langchain/community', 'langchain',
    '@google/generative-ai', '@google/genai', '@google-cloud/vertexai', '@mistralai/mistralai', 'cohere-ai', 'ollama', 'groq-sdk',
    '@huggingface/inference', 'replicate', '@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-sagemaker-runtime', 'ml5', '@mlc-ai/web-llm'],
  producers,
  inference,
  sinks: [...sinks, ...LOG_METHODS.map(m => ({ match: `winston.${m}` }))], // winston.info(…): the default logger
  regions,
  // callbacks that receive a span: `tracer.startActiveSpan('x', async (span) => …)`
  callbacks: [
    { match: 'otel.tracer#startActiveSpan', params: ['otel.span'] }, { match: 'dd.tracer#trace', params: ['dd.span'] },
    { match: `${SENTRY}.startSpan`, params: ['otel.span'] }, { match: `${SENTRY}.startSpanManual`, params: ['otel.span'] },
  ],
  idSources: [
    { match: 'crypto.randomUUID' }, { match: 'crypto.randomBytes' }, { match: 'uuid.v1' }, { match: 'uuid.v4' }, { match: 'uuid.v7' },
    { match: 'nanoid.nanoid' }, { match: 'ulid.ulid' }, { match: 'ulidx.ulid' }, { match: '@paralleldrive/cuid2.createId' },
    { match: 'cuid' }, { match: 'short-uuid.generate' },
    { match: `${OTEL}.trace.getActiveSpan`, propagated: true }, { match: 'otel.span#spanContext', propagated: true },
  ],
  clocks: ['performance.now', 'perf_hooks.performance.now', 'Date.now', 'process.hrtime', 'process.hrtime.bigint'],
  validators: [
    ...['parse', 'safeParse', 'parseAsync', 'safeParseAsync'].map(m => `validator.zod#${m}`),
    'validator.ajv#validate', 'validator.ajv-fn#', 'validator.joi#validate', 'validator.joi#validateAsync',
    'validator.yup#validate', 'validator.yup#validateSync', 'joi.assert', 'joi.attempt',
    'class-validator.validate', 'class-validator.validateOrReject', 'valibot.parse', 'valibot.safeParse',
  ],
  // camelCase options of JS SDK calls (used once option-object entries count as named arguments)
  configArgs: ['maxOutputTokens', 'topP', 'topK', 'frequencyPenalty', 'presencePenalty', 'stopSequences', 'maxRetries', 'providerOptions',
    'experimental_telemetry', 'schema', 'schemaName', 'schemaDescription', 'output', 'mode', 'toolChoice', 'executionProviders',
    'revision', 'dtype', 'quantized', 'pooling', 'normalize', 'generationConfig', 'safetySettings'],
};
