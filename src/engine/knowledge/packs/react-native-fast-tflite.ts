import type { KnowledgePack } from '../types';

const PKG = 'react-native-fast-tflite';

/**
 * TFLite on React Native through JSI: `loadTensorflowModel(source)` resolves to a model, the `useTensorflowModel(source)` hook
 * to a state holder whose `model` is set once loaded (`state === 'loaded'`); the source is a bundled asset (`require('./m.tflite')`)
 * or `{ url }`. `run(inputs)` and `runSync(inputs)` (in a frame-processor worklet) run it.
 */
const pack: KnowledgePack = {
  id: 'react-native-fast-tflite',
  name: 'react-native-fast-tflite',
  languages: ['typescript'],
  description: 'TensorFlow Lite models on React Native: `loadTensorflowModel(source)` and the `useTensorflowModel(source)` hook (its `.model` once loaded); '
    + '`run` / `runSync` are inference.',
  tables: {
    mlModules: [PKG],
    producers: [
      { match: `${PKG}.loadTensorflowModel`, type: 'model.fast-tflite', load: { pin: 'url', modelArg: ['url', 0] } },
      { match: `${PKG}.useTensorflowModel`, type: 'model.fast-tflite-state', load: { pin: 'url', modelArg: ['url', 0] } },
      { match: 'model.fast-tflite-state#model', on: 'access', type: 'model.fast-tflite' },
      // the model's type, for annotations (`useState<TensorflowModel | null>()`, `model: TensorflowModel`)
      { match: `${PKG}.TensorflowModel`, type: 'model.fast-tflite' },
    ],
    inference: [
      { match: 'model.fast-tflite#run', inputArgs: [0] },
      { match: 'model.fast-tflite#runSync', inputArgs: [0] },
    ],
  },
};
export default pack;
