import type { KnowledgePack } from '../types';

const TASKS = ['@mediapipe/tasks-vision', '@mediapipe/tasks-text', '@mediapipe/tasks-audio', '@mediapipe/tasks-genai'];
/** What the task classes (ObjectDetector, ImageClassifier, TextClassifier, AudioClassifier, LlmInference, …) run. */
const TASK_METHODS = ['detect', 'detectForVideo', 'classify', 'classifyForVideo', 'segment', 'segmentForVideo', 'embed', 'embedForVideo',
  'recognize', 'recognizeForVideo', 'stylize', 'detectLanguage', 'generateResponse'];

const pack: KnowledgePack = {
  id: 'mediapipe',
  name: 'MediaPipe Tasks (web)',
  languages: ['typescript'],
  description: 'MediaPipe Tasks for the web (`@mediapipe/tasks-vision`, `-text`, `-audio`, `-genai`): `X.createFromOptions`/`createFromModelPath`/`createFromModelBuffer` load a task model; `detect`, `detectForVideo`, `classify`, `segment`, `embed`, `recognize`, … are inference.',
  tables: {
    mlModules: TASKS,
    // `**` before the package: the docs import the tasks from a CDN as often as from npm
    // (`from "https://cdn.jsdelivr.net/npm/@mediapipe/tasks-vision@0.10.0"`)
    producers: ['createFromOptions', 'createFromModelPath', 'createFromModelBuffer'].map(f => ({
      // the path is the second argument of createFromModelPath; in createFromOptions it is nested in `baseOptions` (not read yet)
      match: `**@mediapipe/tasks-**.*.${f}`, type: 'model.mediapipe', load: { pin: 'url' as const, modelArg: [f === 'createFromOptions' ? 'modelAssetPath' : 1] },
    })),
    inference: TASK_METHODS.map(m => ({ match: `model.mediapipe#${m}`, inputArgs: [0] })),
  },
};
export default pack;
