import type { KnowledgePack } from '../types';

const TASKS = ['@mediapipe/tasks-vision', '@mediapipe/tasks-text', '@mediapipe/tasks-audio', '@mediapipe/tasks-genai'];
/** What the task classes (ObjectDetector, ImageClassifier, TextClassifier, AudioClassifier, LlmInference, …) run. */
const TASK_METHODS = ['detect', 'detectForVideo', 'classify', 'classifyForVideo', 'segment', 'segmentForVideo', 'embed', 'embedForVideo',
  'recognize', 'recognizeForVideo', 'stylize', 'detectLanguage', 'generateResponse'];

/** The Python task verbs (`detect`, `classify`, …), each also `_for_video` and `_async`. */
const PYTHON_TASK_VERBS = ['detect', 'classify', 'segment', 'embed', 'recognize', 'stylize'];

const TASK_CLASSES = ['FaceLandmarker', 'HandLandmarker', 'PoseLandmarker', 'HolisticLandmarker', 'GestureRecognizer', 'FaceDetector', 'ObjectDetector',
  'ImageClassifier', 'ImageSegmenter', 'InteractiveSegmenter', 'ImageEmbedder', 'FaceStylizer', 'TextClassifier', 'TextEmbedder', 'LanguageDetector',
  'AudioClassifier', 'AudioEmbedder', 'LlmInference'];

/**
 * The legacy JS solutions, one package each (`@mediapipe/hands`, …), often loaded by script tags as globals: the class is
 * built with a `locateFile` that fetches its model files (from a CDN without a version, as often as not), `send({ image })`
 * runs it, results come to `onResults`. (`Pose` and `Objectron` are not taken as bare globals: games and 3D code name
 * classes so.)
 */
const LEGACY_SOLUTIONS: Record<string, string> = { Hands: 'hands', FaceMesh: 'face_mesh', Pose: 'pose', Holistic: 'holistic',
  SelfieSegmentation: 'selfie_segmentation', FaceDetection: 'face_detection', Objectron: 'objectron' };
const LEGACY_GLOBALS = ['Hands', 'FaceMesh', 'Holistic', 'SelfieSegmentation', 'FaceDetection'];

const pack: KnowledgePack = {
  id: 'mediapipe',
  name: 'MediaPipe (Tasks for web and Python, legacy solutions)',
  languages: ['typescript', 'python'],
  description: 'The legacy JS solutions (`new Hands({ locateFile })` from `@mediapipe/hands` or its script tag, `FaceMesh`, `Pose`, `Holistic`, `SelfieSegmentation`, `FaceDetection`): `send({ image })` runs the model. MediaPipe Tasks for the web (`@mediapipe/tasks-vision`, `-text`, `-audio`, `-genai`): `X.createFromOptions`/`createFromModelPath`/`createFromModelBuffer` load a task model; `detect`, `detectForVideo`, `classify`, `segment`, `embed`, `recognize`, … are inference. In Python the same tasks (`create_from_options`, `detect_for_video`) and the legacy `mp.solutions.*` graphs (`FaceMesh().process(image)`).',
  tables: {
    mlModules: [...TASKS, ...Object.values(LEGACY_SOLUTIONS).map(p => `@mediapipe/${p}`)],
    builtins: Object.fromEntries(LEGACY_GLOBALS.map(c => [c, `@mediapipe/${LEGACY_SOLUTIONS[c]}.${c}`])),
    // `**` before the package: the docs import the tasks from a CDN as often as from npm
    // (`from "https://cdn.jsdelivr.net/npm/@mediapipe/tasks-vision@0.10.0"`)
    producers: [...['createFromOptions', 'createFromModelPath', 'createFromModelBuffer'].map(f => ({
      // the path is the second argument of createFromModelPath; in createFromOptions it is nested in `baseOptions`
      match: `**@mediapipe/tasks-**.*.${f}`, type: 'model.mediapipe', load: { pin: 'url' as const, modelArg: f === 'createFromOptions' ? ['baseOptions.modelAssetPath', '1.baseOptions.modelAssetPath'] : [1] },
    })),
    // the legacy solutions: the model files are the package's own (its default), fetched through `locateFile`
    ...Object.entries(LEGACY_SOLUTIONS).map(([cls, pkg]) => ({ match: `@mediapipe/${pkg}.${cls}`, type: 'model.mediapipe-solution', load: { pin: 'library' as const, defaultWeights: true, modelArg: [] } })),
    // the task classes themselves, for annotations (`private face: FaceLandmarker | null`, `useRef<HandLandmarker>`)
    ...TASK_CLASSES.map(cls => ({ match: `**@mediapipe/tasks-**.${cls}`, type: 'model.mediapipe' })),
    // Python: the legacy solutions (`mp.solutions.face_mesh.FaceMesh()` runs bundled graphs on `process`) and the tasks API
    ...[{ match: 'mediapipe.solutions.*.*', type: 'model.mediapipe' },
      // (`mediapipe.tasks.python.vision.X` as the docs import it, or `mp.tasks.vision.X`, the package's alias of it)
      ...['create_from_options', 'create_from_model_path'].map(f => ({ match: `mediapipe.tasks.**.${f}`, type: 'model.mediapipe',
        load: { pin: 'url' as const, modelArg: f === 'create_from_options' ? ['0.base_options.model_asset_path', 'base_options'] : [0, 'model_path'] } }))]],
    // Python spells each task verb three ways: an image (`recognize`), a video frame (`recognize_for_video`) and the
    // live-stream mode whose result comes to a callback (`recognize_async`)
    inference: [...[...TASK_METHODS, 'process', ...PYTHON_TASK_VERBS.flatMap(v => [`${v}_for_video`, `${v}_async`])]
      .map(m => ({ match: `model.mediapipe#${m}`, inputArgs: [0] })),
      // a legacy solution's frame: `await hands.send({ image: video })`
      { match: 'model.mediapipe-solution#send', inputArgs: ['image'], needsInput: 'spelt' as const }],
  },
};
export default pack;
