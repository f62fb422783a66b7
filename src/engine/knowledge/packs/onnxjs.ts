import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'onnxjs',
  name: 'ONNX.js (onnxjs, the predecessor of onnxruntime-web)',
  languages: ['typescript'],
  description: 'The deprecated `onnxjs` package still found in browser demos: `new InferenceSession({ backendHint })` makes an empty session, '
    + '`await session.loadModel(urlOrBytes)` loads the model into it and `session.run([tensor])` runs it.',
  tables: {
    mlModules: ['onnxjs'],
    producers: [
      { match: 'onnxjs.InferenceSession', type: 'model.onnxjs' },
      { match: 'model.onnxjs#loadModel', load: { pin: 'url', modelArg: [0] } },
    ],
    inference: [{ match: 'model.onnxjs#run', inputArgs: [0] }],
  },
};
export default pack;
