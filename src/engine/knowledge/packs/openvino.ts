import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'openvino',
  name: 'OpenVINO',
  languages: ['python'],
  description: 'OpenVINO runtime: `Core().read_model(…)` loads, and `compile_model(…)` when given a file (given a model already read, it is that model); calling the compiled model, `infer_new_request`, and an infer request\'s `infer`/`start_async` are inference. The legacy Inference Engine API (before 2022): `IECore().read_network(model=xml, weights=bin)` loads, `load_network(net, "CPU")` puts it on a device (a second load only when given a file), `exec_net.infer(…)`/`start_async` and its `requests[i].infer()` run it.',
  tables: {
    mlModules: ['openvino'],
    producers: [
      { match: 'openvino.Core', type: 'openvino.core' }, { match: 'openvino.runtime.Core', type: 'openvino.core' },
      { match: 'openvino.core#read_model', type: 'model.openvino-ir', load: { pin: 'local', modelArg: [0, 'model'] } },
      // compiling a file loads it; compiling a model already read puts that model on a device (not a second load)
      { match: 'openvino.core#compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'openvino.compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'openvino.runtime.compile_model', type: 'model.openvino', load: { pin: 'local', modelArg: [0, 'model'] } },
      { match: 'model.openvino#create_infer_request', type: 'openvino.request' },
      // the legacy Inference Engine API
      ...['openvino.inference_engine.IECore', 'openvino.inference_engine.ie_api.IECore'].map(match => ({ match, type: 'openvino.iecore' })),
      { match: 'openvino.iecore#read_network', type: 'model.openvino-ir', load: { pin: 'local' as const, modelArg: ['model', 0] } },
      { match: 'openvino.iecore#load_network', type: 'model.openvino-exec', load: { pin: 'local' as const, modelArg: ['network', 0] } },
    ],
    inference: [
      { match: 'model.openvino#' }, { match: 'model.openvino#infer_new_request' },
      { match: 'openvino.request#infer' }, { match: 'openvino.request#start_async' },
      ...['infer', 'start_async', 'requests.[].infer', 'requests.[].async_infer'].map(m => ({ match: `model.openvino-exec#${m}`, inputArgs: [0, 'inputs'] })),
    ],
  },
};
export default pack;
