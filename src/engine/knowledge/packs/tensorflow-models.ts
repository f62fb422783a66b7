import type { KnowledgePack } from '../types';

/** The pre-trained TensorFlow.js models published as `@tensorflow-models/<name>`. */
const MODELS = ['coco-ssd', 'mobilenet', 'posenet', 'pose-detection', 'hand-pose-detection', 'handpose', 'face-landmarks-detection',
  'face-detection', 'blazeface', 'body-pix', 'body-segmentation', 'deeplab', 'toxicity', 'universal-sentence-encoder', 'qna',
  'speech-commands', 'knn-classifier', 'depth-estimation'];

/** What their models are asked: detect objects, classify, estimate poses, hands and faces, embed, answer. */
const TASKS = ['detect', 'classify', 'infer', 'estimatePoses', 'estimateHands', 'estimateFaces', 'estimateSinglePose', 'estimateMultiplePoses',
  'segmentPerson', 'segmentPeople', 'segment', 'embed', 'findAnswers', 'recognize', 'predictClass', 'estimateDepth'];

/** The globals their script-tag builds define (`<script src=".../coco-ssd"></script>` then `cocoSsd.load()`). */
const GLOBALS: Record<string, string> = {
  cocoSsd: 'coco-ssd', mobilenet: 'mobilenet', posenet: 'posenet', poseDetection: 'pose-detection', handPoseDetection: 'hand-pose-detection',
  handpose: 'handpose', faceLandmarksDetection: 'face-landmarks-detection', faceDetection: 'face-detection', blazeface: 'blazeface', bodyPix: 'body-pix',
  bodySegmentation: 'body-segmentation', deeplab: 'deeplab', toxicity: 'toxicity', qna: 'qna', speechCommands: 'speech-commands',
  knnClassifier: 'knn-classifier', depthEstimation: 'depth-estimation',
};

const pack: KnowledgePack = {
  id: 'tensorflow-models',
  name: 'TensorFlow.js pre-trained models (@tensorflow-models/*)',
  languages: ['typescript'],
  description: '`@tensorflow-models/*` (coco-ssd, mobilenet, pose-detection, face-landmarks-detection, toxicity, universal-sentence-encoder, …): `load(…)` and `createDetector(…)`/`createSegmenter(…)` load a model whose weights the package version decides, unless a `modelUrl` is given; `detect`, `classify`, `estimatePoses`, `estimateFaces`, `embed`, `findAnswers` and the like run it (also through the globals of their script-tag builds: `cocoSsd.load()`, `posenet.load()`).',
  tables: {
    mlModules: MODELS.map(m => `@tensorflow-models/${m}`),
    builtins: Object.fromEntries(Object.entries(GLOBALS).map(([g, m]) => [g, `@tensorflow-models/${m}`])),
    producers: MODELS.flatMap(m => ['load', 'createDetector', 'createSegmenter', 'createEstimator', 'create'].map(f => ({
      match: `@tensorflow-models/${m}.${f}`, type: 'model.tfjs-pretrained',
      // with no modelUrl the package fetches its own published weights: the installed version decides
      load: { pin: 'url' as const, defaultWeights: true, modelArg: ['modelUrl', 'url', 'detectorModelUrl'] },
    }))),
    inference: TASKS.map(t => ({ match: `model.tfjs-pretrained#${t}` })),
  },
};
export default pack;
