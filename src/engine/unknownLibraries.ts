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
import { PYTHON_STANDARD_LIBRARY, NODE_BUILT_INS } from './knowledge/standardLibraries';
import type { KnowledgeTables } from './knowledge/types';
import { nameWords } from './namedModels';

/** Words of a package's name that say it does ML work (whole words of `keras_ocr`, `sherpa-onnx-node`). */
const ML_PACKAGE_WORDS = new Set(['ocr', 'tts', 'stt', 'asr', 'nlp', 'llm', 'llms', 'gpt', 'ml', 'ai', 'speech', 'whisper', 'vision', 'yolo', 'diffusion',
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
