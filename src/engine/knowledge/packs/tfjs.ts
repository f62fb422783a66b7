import type { KnowledgePack } from '../types';

const TFJS = ['@tensorflow/tfjs', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-layers', '@tensorflow/tfjs-converter', '@tensorflow/tfjs-core'];

/** Models are typed `model.keras`, whose `predict` and call rows are in the tensorflow-keras pack. */
const pack: KnowledgePack = {
  id: 'tfjs',
  name: 'TensorFlow.js',
  languages: ['typescript'],
  description: 'TensorFlow.js layers and graph models (`loadLayersModel`, `loadGraphModel`, their 0.x names `loadModel` and `loadFrozenModel`, `node.loadSavedModel`, `models.modelFromJSON`, TFLite models): `predict`, `execute`, `executeAsync`, `predictOnBatch`.',
  tables: {
    // the global a <script> tag or importScripts() of the library's bundle defines
    builtins: { tf: '@tensorflow/tfjs', tflite: '@tensorflow/tfjs-tflite' },
    mlModules: [...TFJS, '@tensorflow/tfjs-tflite'],
    producers: [
      // `url` pinning: a local path or file:// URL is a shipped artifact; an http(s) URL must name a version
      ...TFJS.flatMap(m => [
        { match: `${m}.loadLayersModel`, type: 'model.keras', load: { pin: 'url' as const } },
        { match: `${m}.loadGraphModel`, type: 'model.keras', load: { pin: 'url' as const } },
        // the 0.x name of loadLayersModel (renamed in 1.0), still in demos and script-tag pages
        { match: `${m}.loadModel`, type: 'model.keras', load: { pin: 'url' as const } },
        { match: `${m}.loadFrozenModel`, type: 'model.keras', load: { pin: 'url' as const } },
        { match: `${m}.node.loadSavedModel`, type: 'model.keras', load: { pin: 'local' as const } },
        // a model rebuilt from its saved topology (`tf.models.modelFromJSON(JSON.parse(readFileSync("model.json")))`), its weights set after
        { match: `${m}.models.modelFromJSON`, type: 'model.keras', load: { pin: 'url' as const } },
        // IO handlers name the model's files: `loadLayersModel(tf.io.fileSystem("model/model.json"))` is as pinned as that path
        { match: `${m}.io.fileSystem`, names: [0] }, { match: `${m}.io.http`, names: [0] },
        { match: `${m}.LayersModel`, type: 'model.keras' },
        { match: `${m}.GraphModel`, type: 'model.keras' },
        { match: `${m}.Sequential`, type: 'model.keras' },
        { match: `${m}.sequential`, type: 'model.keras' },
        { match: `${m}.model`, type: 'model.keras' },
      ]),
      { match: '@tensorflow/tfjs-tflite.loadTFLiteModel', type: 'model.keras', load: { pin: 'url' } },
    ],
    // model definitions: a custom layer's `call` (and `computeOutputShape`) is the network's forward pass, not a prediction
    classBases: TFJS.flatMap(m => [`${m}.layers.Layer`, `${m}.LayersModel`, `${m}.Sequential`]).map(match => ({ match, type: 'model.keras' })),
    inference: [{ match: 'model.keras#execute' }, { match: 'model.keras#executeAsync' }, { match: 'model.keras#predictOnBatch' }],
  },
};
export default pack;
