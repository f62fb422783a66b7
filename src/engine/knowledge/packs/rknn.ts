import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'rknn',
  name: 'Rockchip RKNN (rknn-toolkit, rknn-toolkit-lite)',
  languages: ['python'],
  description: 'Models on Rockchip NPUs: `RKNNLite()` (or the toolkit\'s `RKNN()`) makes an empty runtime handle, `load_rknn(path)` loads the '
    + 'compiled model, `init_runtime()` starts the NPU and `inference(inputs=[x])` runs it. The toolkit\'s `load_onnx`/`build`/`export_rknn` '
    + 'convert a model and load none for serving.',
  tables: {
    mlModules: ['rknnlite', 'rknn'],
    producers: [
      ...['rknnlite.api.RKNNLite', 'rknn.api.RKNN'].map(match => ({ match, type: 'model.rknn' })),
      { match: 'model.rknn#load_rknn', load: { pin: 'local', modelArg: [0, 'path'] } },
    ],
    inference: [{ match: 'model.rknn#inference', inputArgs: ['inputs', 0] }],
  },
};
export default pack;
