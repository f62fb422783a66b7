/** Argument lists and row builders shared by several packs. */
import type { InferenceRow, ResultTemplate } from '../types';

/** Where a hosted-LLM call's input is, in the keyword (Python) or options-object (JS) spelling the SDKs share. */
export const LLM_INPUTS = ['messages', 'prompt', 'input', 'contents', 'system', 'instructions'];

/**
 * Where a JS SDK's LLM call input is: most take one options object (`{ model, messages }`), whose entries
 * are named here; LangChain and Gemini model objects take the input itself first.
 */
export const OPTION_INPUTS = ['messages', 'prompt', 'input', 'inputs', 'contents', 'system', 'instructions', 'value', 'values', 'text', 'texts'];

/** The scikit-learn estimator interface, which xgboost, lightgbm, catboost and pickled models share. */
/**
 * An array of predictions (numpy, or what numpy reads: a list, a Series, a scalar): its first ten values and its shape,
 * so a batch of a million rows is one bounded record. `np.ravel`/`np.shape` accept any of these without raising.
 */
export const ARRAY_RESULT: ResultTemplate = { python: { prediction: '{np}.ravel($)[:10].tolist()', prediction_shape: '{np}.shape($)' } };

/** An OpenAI-style chat completion: the answer's text, the response id the provider's logs know, and the model that served it. */
export const CHAT_COMPLETION_RESULT: ResultTemplate = {
  python: { prediction: '$.choices[0].message.content', response_id: '$.id', model_version: '$.model' },
  typescript: { prediction: '$.choices[0]?.message?.content', response_id: '$.id', model_version: '$.model' },
};

export const ESTIMATOR_METHODS = ['predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'inplace_predict', 'score_samples', 'predict_raw'];

/** Methods that run a model of a library without rows of its own (beyond `predict`): what model libraries name their inference. */
export const MODEL_VERBS = [
  ...ESTIMATOR_METHODS, 'predict_batch', 'forecast', 'get_prediction', 'get_forecast', 'recommend', 'generate', 'transcribe', 'translate', 'translate_batch',
  'classify', 'classify_file', 'classify_batch', 'detect', 'detect_faces', 'recognize', 'recognise', 'infer', 'inference',
  'readtext', 'readtext_batched', 'ocr', 'tts', 'tts_to_file', 'tts_with_vc', 'tts_with_vc_to_file', 'add_predictions', 'synthesize', 'synthesise', 'caption', 'segment', 'enhance',
  'separate', 'embed', 'embed_query', 'embed_documents', 'encode', 'encode_queries', 'encode_corpus', 'compute_score', 'rerank',
  'stt', 'sttWithMetadata', 'extract_keywords', 'extract_entities', 'extract', 'get_sentiment', 'AcceptWaveform', 'process', 'getClassifications', 'predictProbability',
  // SpeechBrain's interfaces and CLIP-style encoders (`asr.transcribe_file(path)`, `model.encode_image(img)`)
  'transcribe_file', 'transcribe_batch', 'encode_batch', 'encode_file', 'separate_file', 'separate_batch', 'enhance_file', 'enhance_batch',
  'verify_files', 'verify_batch', 'diarize_file', 'encode_image', 'encode_text',
  // a streaming recogniser's decode of the audio fed so far (DeepSpeech and Coqui STT: `model.createStream()` then `stream.finishStream()`)
  'finishStream', 'finishStreamWithMetadata', 'intermediateDecode', 'intermediateDecodeWithMetadata',
  // local LLM runtimes' chat and completion calls (GPT4All, ctransformers, MLX)
  'chat', 'chat_completion', 'complete', 'completion', 'create_completion', 'create_chat_completion', 'stream_generate',
  // NLP pipelines' annotators (Spark NLP's `PretrainedPipeline(…).annotate(text)`, `fullAnnotate`)
  'annotate', 'full_annotate', 'fullAnnotate',
];


/** A hosted-LLM call: its `model` argument names a hosted model whose pinning is checked. */
export const llm = (match: string, inputArgs: (number | string)[] = OPTION_INPUTS): InferenceRow => ({ match, kind: 'llm', inputArgs });

/** Methods of a logger object that write a record (every logging library's spelling). */
export const LOGGER_METHODS = ['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg', 'trace', 'success'];

/** What LLM auto-instrumentation records of each call by its documented defaults (model, prompt, completion, span). */
export const LLM_FACETS: ('model-version' | 'inputs' | 'outputs' | 'latency' | 'errors')[] = ['model-version', 'inputs', 'outputs', 'latency', 'errors'];

/** Callee prefixes of each LLM SDK's inference points (the types and modules its pack gives them), for instrumentors. */
export const LLM_CALLS: Record<string, string[]> = {
  openai: ['client.openai', 'client.openai-v3', 'openai'],
  anthropic: ['client.anthropic', 'anthropic'],
  cohere: ['client.cohere', 'cohere'],
  mistral: ['client.mistral', 'mistralai'],
  ollama: ['client.ollama', 'ollama'],
  langchain: ['client.langchain', 'client.langchain-embeddings', 'langchain', 'langchain_core', 'langchain_openai', 'langchain_anthropic'],
  gemini: ['client.gemini', 'client.genai', 'model.gemini', 'model.vertex-lm', 'google.generativeai', 'google.genai'],
  llamaindex: ['llamaindex.llm', 'llamaindex.query-engine', 'llamaindex.chat-engine', 'llamaindex.agent', 'llamaindex.embedding', 'llamaindex.index'],
  litellm: ['litellm'],
  bedrock: ['client.bedrock', 'client.bedrock-js'],
};
