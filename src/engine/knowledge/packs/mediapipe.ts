import type { KnowledgePack } from '../types';

const TASKS = ['@mediapipe/tasks-vision', '@mediapipe/tasks-text', '@mediapipe/tasks-audio', '@mediapipe/tasks-genai'];
/** What the task classes (ObjectDetector, ImageClassifier, TextClassifier, AudioClassifier, LlmInference, …) run. */
const TASK_METHODS = ['detect', 'detectForVideo', 'classify', 'classifyForVideo', 'segment', 'segmentForVideo', 'embed', 'embedForVideo',
  'recognize', 'recognizeForVideo', 'stylize', 'detectLanguage', 'generateResponse'];

const TASK_CLASSES = ['FaceLandmarker', 'HandLandmarker', 'PoseLandmarker', 'HolisticLandmarker', 'GestureRecognizer', 'FaceDetector', 'ObjectDetector',
  'ImageClassifier', 'ImageSegmenter', 'InteractiveSegmenter', 'ImageEmbedder', 'FaceStylizer', 'TextClassifier', 'TextEmbedder', 'LanguageDetector',
  'AudioClassifier', 'AudioEmbedder', 'LlmInference'];

const pack: KnowledgePack = {
  id: 'mediapipe',
  name: 'MediaPipe (Tasks for web and Python, legacy solutions)',
  languages: ['typescript', 'python'],
  description: 'MediaPipe Tasks for the web (`@mediapipe/tasks-vision`, `-text`, `-audio`, `-genai`): `X.createFromOptions`/`createFromModelPath`/`createFromModelBuffer` load a task model; `detect`, `detectForVideo`, `classify`, `segment`, `embed`, `recognize`, … are inference. In Python the same tasks (`create_from_options`, `detect_for_video`) and the legacy `mp.solutions.*` graphs (`FaceMesh().process(image)`).',
  tables: {
    mlModules: TASKS,
    // `**` before the package: the docs import the tasks from a CDN as often as from npm
    // (`from "https://cdn.jsdelivr.net/npm/@mediapipe/tasks-vision@0.10.0"`)
    producers: [...['createFromOptions', 'createFromModelPath', 'createFromModelBuffer'].map(f => ({
      // the path is the second argument of createFromModelPath; in createFromOptions it is nested in `baseOptions`
      match: `**@mediapipe/tasks-**.*.${f}`, type: 'model.mediapipe', load: { pin: 'url' as const, modelArg: [f === 'createFromOptions' ? 'baseOptions.modelAssetPath' : 1] },
    })),
    // the task classes themselves, for annotations (`private face: FaceLandmarker | null`, `useRef<HandLandmarker>`)
    ...TASK_CLASSES.map(cls => ({ match: `**@mediapipe/tasks-**.${cls}`, type: 'model.mediapipe' })),
    // Python: the legacy solutions (`mp.solutions.face_mesh.FaceMesh()` runs bundled graphs on `process`) and the tasks API
    ...[{ match: 'mediapipe.solutions.*.*', type: 'model.mediapipe' },
      ...['create_from_options', 'create_from_model_path'].map(f => ({ match: `mediapipe.tasks.python.**.${f}`, type: 'model.mediapipe',
        load: { pin: 'url' as const, modelArg: [f === 'create_from_options' ? 'base_options' : 0] } }))]],
    inference: [...TASK_METHODS, 'process', 'detect_for_video', 'classify_for_video', 'segment_for_video', 'recognize_for_video', 'detect_async']
      .map(m => ({ match: `model.mediapipe#${m}`, inputArgs: [0] })),
  },
};
export default pack;
