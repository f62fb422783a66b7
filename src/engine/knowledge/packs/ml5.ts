import type { KnowledgePack } from '../types';

/** ml5.js factories that make a model object (pre-trained, or a network trained or loaded in the page). */
const FACTORIES = ['neuralNetwork', 'imageClassifier', 'objectDetector', 'handPose', 'bodyPose', 'faceMesh', 'soundClassifier', 'sentiment',
  'bodySegmentation', 'depthEstimation', 'handpose', 'poseNet', 'faceApi', 'featureExtractor', 'YOLO', 'styleTransfer', 'pix2pix', 'charRNN',
  'SketchRNN', 'sketchRNN', 'uNet', 'bodyPix', 'CVAE', 'DCGAN', 'word2vec'];
/** The factories that fetch pre-trained weights (the library's default, or the named or URL model given first); `neuralNetwork` starts empty. */
const PRETRAINED = FACTORIES.filter(f => f !== 'neuralNetwork');

const pack: KnowledgePack = {
  id: 'ml5',
  name: 'ml5.js',
  languages: ['typescript'],
  description: 'ml5.js (import or the `ml5` global of a script tag): `ml5.imageClassifier(…)`, `objectDetector`, `handPose`, `bodyPose`, `faceMesh`, `neuralNetwork(…)` make a model — the pre-trained ones load the library\'s default weights or the model named or linked first (unversioned), `model.load(…)` loads saved weights; `classify`, `predict`, `detect`, `detectStart`, `segment` run it.',
  tables: {
    builtins: { ml5: 'ml5' },
    mlModules: ['ml5'],
    producers: [
      ...PRETRAINED.map(f => ({ match: `ml5.${f}`, type: 'model.ml5', load: { pin: 'name' as const, defaultWeights: true, modelArg: [0, 'modelName'] } })),
      { match: 'ml5.neuralNetwork', type: 'model.ml5' },
      // `nn.load(modelDetails, callback)`: the saved model's files (`{ model, metadata, weights }` or a URL)
      { match: 'model.ml5#load', type: 'model.ml5', load: { pin: 'url', modelArg: ['model', 0] } },
    ],
    inference: ['classify', 'classifyStart', 'predict', 'detect', 'detectStart', 'segment', 'segmentStart', 'predictMultiple', 'classifyMultiple', 'generate', 'transfer']
      .map(m => ({ match: `model.ml5#${m}` })),
  },
};
export default pack;
