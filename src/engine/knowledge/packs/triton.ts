import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'triton',
  name: 'NVIDIA Triton Inference Server',
  languages: ['python'],
  description: 'Triton clients (`tritonclient.http/grpc` `infer`, `async_infer`, gRPC `async_stream_infer`; tritony\'s `InferenceClient`, called with the inputs) and the Python backend: BLS `InferenceRequest(…).exec()`, and its `Logger` as a sink.',
  tables: {
    // the Python backend finds the class by name: initialize() loads, execute(requests) serves
    contracts: [{ framework: 'Triton Python backend', classNames: ['TritonPythonModel'], loadHooks: ['initialize', '__init__'], serveHooks: ['execute'] }],
    mlModules: ['tritonclient', 'triton_python_backend_utils'],
    producers: [
      { match: 'tritonclient.http.InferenceServerClient', type: 'client.triton' },
      { match: 'tritonclient.grpc.InferenceServerClient', type: 'client.triton' },
      { match: 'tritonclient.*.aio.InferenceServerClient', type: 'client.triton' },
      // tritony, a Triton client wrapper: `InferenceClient.create_with(model=…, url=…)`, then the client is called with the inputs
      { match: 'tritony.InferenceClient.create_with', type: 'client.tritony' }, { match: 'tritony.InferenceClient', type: 'client.tritony' },
      { match: 'triton_python_backend_utils.InferenceRequest', type: 'bls.triton' },
      { match: 'triton_python_backend_utils.Logger', on: 'value', type: 'logger.triton' },
    ],
    inference: [
      { match: 'client.triton#infer', inputArgs: [1, 'inputs'] },
      { match: 'client.tritony#' }, { match: 'client.tritony#__call__' },
      { match: 'client.triton#async_infer', inputArgs: [1, 'inputs'] },
      // gRPC streaming (decoupled models, TensorRT-LLM): `start_stream(callback)` then `async_stream_infer(model, inputs)`
      { match: 'client.triton#async_stream_infer', inputArgs: [1, 'inputs'] },
      { match: 'client.triton#stream_infer', inputArgs: [0, 'inputs_iterator'] },
      { match: 'bls.triton#exec' }, { match: 'bls.triton#async_exec' },
    ],
    sinks: [{ match: 'logger.triton#log_info' }, { match: 'logger.triton#log_warn' }, { match: 'logger.triton#log_error' }, { match: 'logger.triton#log_verbose' }],
  },
};
export default pack;
