import type { KnowledgePack } from '../types';

const PKG = '@tensorflow/tfjs-automl';

/**
 * Vertex AI / AutoML Vision Edge models exported for the browser: `loadImageClassification(url)` gives a classifier
 * whose `classify(img)` runs it, `loadObjectDetection(url)` a detector whose `detect(img)` does; from the package, or as
 * `tf.automl.…` when the script-tag bundle is loaded beside tfjs (the `tf` global).
 */
const pack: KnowledgePack = {
  id: 'tfjs-automl',
  name: 'TensorFlow.js AutoML (Vision Edge)',
  languages: ['typescript'],
  description: 'AutoML / Vertex AI Vision Edge models in the browser (`@tensorflow/tfjs-automl`, or `tf.automl` beside the script-tag bundle): '
    + '`loadImageClassification(url)` → `classify(img)`, `loadObjectDetection(url)` → `detect(img)`.',
  tables: {
    mlModules: [PKG],
    producers: [PKG, '@tensorflow/tfjs.automl'].flatMap(base => [
      { match: `${base}.loadImageClassification`, type: 'model.tfjs-automl-classifier', load: { pin: 'url' as const } },
      { match: `${base}.loadObjectDetection`, type: 'model.tfjs-automl-detector', load: { pin: 'url' as const } },
      { match: `${base}.ImageClassificationModel`, type: 'model.tfjs-automl-classifier' },
      { match: `${base}.ObjectDetectionModel`, type: 'model.tfjs-automl-detector' },
    ]),
    inference: [
      { match: 'model.tfjs-automl-classifier#classify', inputArgs: [0] },
      { match: 'model.tfjs-automl-detector#detect', inputArgs: [0] },
    ],
  },
};
export default pack;
