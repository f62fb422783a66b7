import type { KnowledgePack } from '../types';

const ONNX = ['onnxruntime-node', 'onnxruntime-web', 'onnxruntime-react-native', 'onnxruntime-common'];

const pack: KnowledgePack = {
  id: 'onnxruntime',
  name: 'ONNX Runtime',
  languages: ['python', 'typescript'],
  description: 'ONNX Runtime sessions in Python (`InferenceSession(path)`) and JavaScript (`InferenceSession.create(…)` of onnxruntime-node/-web/-react-native); `session.run` is inference, with each language\'s argument order.',
  tables: {
    // the global a <script> tag or importScripts() of the library's bundle defines
    builtins: { ort: 'onnxruntime-web' },
    mlModules: ['onnxruntime', ...ONNX],
    producers: [
      { match: 'onnxruntime.InferenceSession', type: 'model.onnx', load: { pin: 'local' } },
      ...ONNX.map(m => ({ match: `${m}.InferenceSession.create`, type: 'model.onnx', load: { pin: 'url' as const } })),
      ...ONNX.map(m => ({ match: `${m}.InferenceSession`, type: 'model.onnx' })), // for annotations (`session: ort.InferenceSession`)
    ],
    inference: [
      // Python `sess.run(output_names, input_feed)`, JS `session.run(feeds, fetches)`
      { match: 'model.onnx#run', inputArgs: [1, 'input_feed', 0], languages: ['python'] },
      { match: 'model.onnx#run', inputArgs: [0], languages: ['typescript', 'javascript'] },
    ],
  },
};
export default pack;
