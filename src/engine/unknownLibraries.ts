/**
 * Model libraries no pack knows, by the shape model libraries share: a class (or loader) of the package makes the model,
 * a verb of it runs it — `reader = easyocr.Reader(["en"])` then `reader.readtext(img)`, `tts = TTS(name)` then
 * `tts.tts_to_file(text)`, `nlp = PretrainedPipeline("ner")` then `nlp.annotate(text)`. The model-libraries pack lists
 * such packages by name; a fresh codebase is mostly packages no list holds, so the package is recognised by what it
 * says about itself:
 *   - its class is named as a model is (`…Model`, `…Pipeline`, `…Recognizer`, `…OCR`: calling the object runs it), or
 *   - the package names itself for ML work (`keras_ocr`, `TTS`, `sherpa_onnx`, `deepspeech`), or the class is given a
 *     model reference (`model_path=…`) in a file that uses ML: then only its model verbs run it.
 * The verb is the evidence: the object alone is nothing, and the call that made it is a load only once a verb is called
 * on it (detect.ts). Never for the standard library, a relative (project) import, a project module, or a package any
 * table knows (its rows decide, also that it is not ML: logging, HTTP, web frameworks).
 */
import type { Call } from './model';
import { PYTHON_STANDARD_LIBRARY, NODE_BUILT_INS } from './knowledge/standardLibraries';
import type { KnowledgeTables } from './knowledge/types';
import { nameWords } from './namedModels';
import type { Resolver, Sym } from './resolve';
import { LIBRARY_LOADER, WRITER_NAME, isModelReferenceArg, rootModule } from './resolve';
import { givesCredential } from './vendorSdks';

/** Modules of an ML package that hold its helpers, not its models (`torchaudio.transforms.Resample`, `….utils.AudioLoader`). */
const HELPER_MODULE = /\.(transforms?|functional|utils?|data|datasets?|io|layers|losses|metrics|optim|optimizers|callbacks|augmentations?|preprocessing|features?|schedulers?)\./;
/**
 * Class names that say the instance is a model, where the name is all there is: the model-libraries pack's list without
 * the words that name other things as often (`TextEncoder`, `WatermarkEncoder`, `RRDBNet` — an architecture the real model
 * class is given —, `Engine`, `Translator`).
 */
const MODEL_CLASS = /Model$|Model[A-Z0-9]|Predictor|Pipeline|Classifier|Regressor|Detector|Tagger|Recogni[sz]er|Segmenter|Transcriber|Embedder|OCR|TTS|Inferencer/;
/** A class's own loader (`Word2Vec.load(path)`, `TabularPredictor.load(dir)`, `NerDLModel.pretrained()`, `MicVAD.new(…)`). */
const STATIC_LOADER = /^(load|restore|deserialize|pretrained|from_\w+|fromPretrained|new|create)$/;
/** JavaScript loaders named in camel case (`loadGraphModel`, `createDetector`, `initLlama`, `loadFromUri`). */
const CAMEL_LOADER = /^(load|create|init)([A-Z]\w*)?$/;
/** React hooks, and those named for a model (`useModel`, `useLLM`, `useClassification`, `useSpeechToText`). */
const HOOK = /^use[A-Z]/;
const MODEL_HOOK = /^use\w*(Model|LLM|Llm|Classification|Classifier|Detection|Detector|Segmentation|OCR|Ocr|Whisper|TTS|Tts|STT|Stt|SpeechToText|TextToSpeech|Embeddings?|Recognition|Recognizer|Transcription|Pipeline|Inference)$/;
/** Functions named for the model they make (`pipeline("sentiment-analysis", id)`, `get_model(name)`, `createClassifier()`). */
const MODEL_FACTORY = /^(create|get|load|make|build|init|new)?_?(pipeline|model|predictor|classifier|detector|recogni[sz]er|transcriber|segmenter|embedder)$/i;
/** Module names inside a package that say what it holds is a model (`doctr.models.ocr_predictor`). */
const MODEL_MODULE = /\.(models?|inference|predictors?|pretrained)\./;

/** Words of a package's name that say it does ML work (whole words of `keras_ocr`, `sherpa-onnx-node`). */
const ML_PACKAGE_WORDS = new Set(['tensorflow', 'tfjs', 'mediapipe', 'llama', 'mlc', 'coreml', 'executorch', 'face', 'ocr', 'tts', 'stt', 'asr', 'nlp', 'llm', 'llms', 'gpt', 'ml', 'ai', 'speech', 'whisper', 'vision', 'yolo', 'diffusion',
  'bert', 'onnx', 'tflite', 'torch', 'tensor', 'keras', 'vad', 'embedding', 'embeddings', 'transformers', 'neural', 'inference', 'esrgan', 'gan',
  'diarization', 'tesseract', 'sentiment', 'ner', 'detection', 'detector', 'segmentation', 'recognition', 'recognizer', 'translate', 'translation', 'onnxruntime']);
/** The same run together in one word (`easyocr`, `deepspeech`, `realesrgan`, `gpt4all`, `sparknlp`, `whisperx`). */
const ML_PACKAGE_PARTS = /ocr|tts$|^tts|nlp|gpt|llm|whisper|speech|esrgan|yolo|onnx|tflite|diffus|bert$|keras|torch/i;

function standardLibrary(root: string): boolean {
  return PYTHON_STANDARD_LIBRARY.has(root) || NODE_BUILT_INS.has(root) || root.startsWith('node:');
}

/** Whether a package's own name says it does ML work. */
export function mlPackageName(root: string): boolean {
  const words = root.replace(/^@/, '').split(/[\/._-]+/).flatMap(w => nameWords(w));
  return words.some(w => ML_PACKAGE_WORDS.has(w)) || root.split(/[\/._-]+/).some(w => ML_PACKAGE_PARTS.test(w));
}

/** Every package root some table names (rows' first segments, module lists): those the engine has heard of. */
export function knownPackageRoots(t: KnowledgeTables): ReadonlySet<string> {
  let roots = KNOWN_ROOTS.get(t);
  if (!roots) {
    roots = new Set();
    for (const value of Object.values(t)) {
      if (!Array.isArray(value)) continue;
      for (const item of value as unknown[]) {
        const match = typeof item === 'string' ? item : item && typeof (item as { match?: unknown }).match === 'string' ? (item as { match: string }).match : undefined;
        const root = match && /^[^.#(*?\[]*/.exec(match)![0];
        if (root) roots.add(root);
      }
    }
    KNOWN_ROOTS.set(t, roots);
  }
  return roots;
}
const KNOWN_ROOTS = new WeakMap<KnowledgeTables, Set<string>>();

/** Whether a package is one the engine knows nothing about and that the language does not ship. */
export function unheardOfPackage(t: KnowledgeTables, root: string): boolean {
  return !!root && !root.startsWith('.') && !standardLibrary(root) && !knownPackageRoots(t).has(root);
}

/**
 * What a call of an unheard-of package makes, by its names (see the top of this file): `model.library` (calling it runs
 * it), `model.library-object` (only its model verbs do), or nothing. `name` is the callee's last segment.
 */
export function unheardOfLibraryType(r: Resolver, path: string, call: Call): 'model.library' | 'model.library-object' | typeof UNHEARD_OF_AGENT | undefined {
  const root = rootModule(path);
  if (!r.importRoots.has(root) || !unheardOfPackage(r.t, root)) return undefined;
  // (a path of one segment is a global or a package's default export: `new TextEncoder()`, nothing to go by)
  if (!path.includes('.') || HELPER_MODULE.test(path)) return undefined;
  // a Python import may be the project's own module: without the workspace index to tell, nothing is guessed
  if (r.definedInProject(path) || (r.m.language === 'python' && !r.knowsProject())) return undefined;
  // a client given a credential is a hosted API's (the vendor-SDK heuristic's), not a model made here
  if (givesCredential(call)) return undefined;
  const segments = path.split('.');
  const name = segments[segments.length - 1], owner = segments.length > 2 ? segments[segments.length - 2] : '';
  const says = mlPackageName(root);
  const given = r.mlFile && call.args.some(a => isModelReferenceArg(a));
  if (/^[A-Z]/.test(name)) {
    if (madeAsAgent(call)) return UNHEARD_OF_AGENT;
    if (MODEL_CLASS.test(name)) return 'model.library';
    if (!says && !given) return undefined;
    // a network of a PyTorch or Keras add-on (`smp.Unet(…)` of segmentation_models_pytorch) is called to run
    return /torch|keras/i.test(root) ? 'model.library' : 'model.library-object';
  }
  // a class's static loader: the class or the package says model
  if (/^[A-Z]/.test(owner) && STATIC_LOADER.test(name)) return MODEL_CLASS.test(owner) || says ? 'model.library' : undefined;
  // a React hook named for the model it gives (`useTensorflowModel(require("./m.tflite"))`, `useLLM({ modelSource })`)
  if (HOOK.test(name)) return MODEL_HOOK.test(name) ? 'model.library' : says ? 'model.library-object' : undefined;
  // a function: a loader of a package that says model, or one in its models module
  const loader = LIBRARY_LOADER.test(name) || (r.m.language !== 'python' && CAMEL_LOADER.test(name)) || MODEL_FACTORY.test(name);
  return loader && (says || given || MODEL_MODULE.test(path)) ? 'model.library' : undefined;
}

/** The type of an agent of a framework no pack knows (the agents-by-shape pack's rows say what runs it). */
export const UNHEARD_OF_AGENT = 'agent.unheard-of';
/** Options that hand an object its model (`model`, `llm`), and those that make it an agent (instructions, tools, a role). */
const AGENT_MODEL_KEYS = new Set(['model', 'llm', 'model_name', 'modelName', 'chat_model', 'chatModel']);
const AGENT_KEYS = new Set(['instructions', 'system', 'system_prompt', 'systemPrompt', 'system_message', 'systemMessage', 'prompt', 'tools', 'role', 'goal',
  'backstory', 'persona']);

/** `new Agent({ model: openai("gpt-4o"), instructions })`, `Agent(model=…, tools=[…])`, `Agent("openai:gpt-4o", system_prompt=…)`. */
function madeAsAgent(call: Call): boolean {
  const keys: { key: string; value: Call['args'][number]['value'] }[] = [];
  for (const a of call.args) {
    if (a.name) keys.push({ key: a.name, value: a.value });
    else if (!a.spread && a.value.k === 'dict') for (const e of a.value.entries) if (e.key !== null) keys.push({ key: e.key, value: e.value });
  }
  const first = call.args[0];
  const modelGiven = keys.some(k => AGENT_MODEL_KEYS.has(k.key) && k.value.k !== 'lit')
    || (!!first && !first.name && first.value.k === 'str' && /^[\w.-]+[:/][\w.:-]+$/.test(first.value.value));
  return modelGiven && keys.some(k => AGENT_KEYS.has(k.key));
}

/** A package's functions that run what they are handed: `run(agent, input)` of an agents framework. */
const RUNS_AGENT = /^(run|arun|run_sync|runSync|invoke|stream|execute|kickoff)$/;

/** Words of a function's name that say it runs the model it is given (`get_sliced_prediction`, `sliding_window_inference`). */
const RUNS_MODEL_WORDS = new Set(['predict', 'prediction', 'predictions', 'infer', 'inference', 'detect', 'detection', 'detections', 'segment',
  'segmentation', 'transcribe', 'transcription', 'classify', 'classification', 'recognize', 'recognise', 'recognition', 'diarize', 'forecast',
  'generate', 'generation', 'embed', 'caption', 'translate', 'synthesize', 'synthesise', 'tts', 'stt', 'ocr']);

/**
 * A function of a package given a model the file made, that says it runs it: `get_sliced_prediction(image, detection_model)`
 * (SAHI), `sliding_window_inference(inputs, roi, 4, model)` (MONAI), `whisperx.diarize(audio, pipeline)`. The package's
 * function runs the model on the data; the model is the one given. What saves, exports, logs or trains a model says so in
 * its name (and is left alone); the project's own helpers are followed into their bodies instead.
 */
export function modelGivenToLibrary(r: Resolver, call: Call, callee: Sym): Extract<Sym, { k: 'typed' }> | undefined {
  if (callee.k !== 'path' || !call.args.length) return undefined;
  const root = rootModule(callee.path);
  if (!r.importRoots.has(root) || standardLibrary(root) || r.definedInProject(callee.path) || (r.m.language === 'python' && !r.knowsProject())) return undefined;
  if (r.row(r.t.producers, callee.path)) return undefined;
  const name = callee.path.split('.').pop()!;
  // (nor what prepares it for inference: `FastLanguageModel.for_inference(model)`, `enable_inference_mode(model)`)
  if (WRITER_NAME.test(name) || /^(fit|train|tune|evaluate|score|benchmark|export|convert|compile|quantize|prune|load|for|to|as|with|enable|disable|prepare|setup|patch|wrap|optimi[sz]e)(_|[A-Z]|$)/i.test(name)) return undefined;
  const runsModels = nameWords(name).some(w => RUNS_MODEL_WORDS.has(w)), runsAgents = RUNS_AGENT.test(name);
  if (!runsModels && !runsAgents) return undefined;
  for (const a of call.args) {
    if (a.spread) continue;
    const given = r.expr(a.value, call.scope);
    if (given.k !== 'typed' || given.container) continue;
    if (runsModels && given.type.startsWith('model.') && given.origins.length > 0) return given;
    if (runsAgents && given.type === UNHEARD_OF_AGENT) return given;
  }
  return undefined;
}
