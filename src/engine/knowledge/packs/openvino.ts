import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'openvino',
  name: 'OpenVINO',
  languages: ['python'],
  description: 'OpenVINO runtime: `Core().read_model(…)` and `compile_model(…)` load; calling the compiled model, `infer_new_request`, and an infer request\'s `infer`/`start_async` are inference.',
  tables: {
    mlModules: ['openvino'],
    producers: [
      { match: 'openvino.Core', type: 'openvino.core' }, { match: 'openvino.runtime.Core', type: 'openvino.core' },
      { match: 'openvino.core#read_model', type: 'openvino.model', load: { pin: 'local', modelArg: [0, 'model'] } },
      // compiling puts the model on a device: a load also when it is given a model already read
      { match: 'openvino.core#compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'openvino.compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'openvino.runtime.compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'model.openvino#create_infer_request', type: 'openvino.request' },
    ],
    inference: [
      { match: 'model.openvino#' }, { match: 'model.openvino#infer_new_request' },
      { match: 'openvino.request#infer' }, { match: 'openvino.request#start_async' },
    ],
  },
};
export default pack;
