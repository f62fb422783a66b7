import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'tensorrt',
  name: 'TensorRT',
  languages: ['python'],
  description: 'TensorRT engines deserialised by a `Runtime` (`deserialize_cuda_engine`, the load); `execute_v2`, `execute_async_v2`/`v3` of an execution context (`engine.create_execution_context()`) are inference.',
  tables: {
    mlModules: ['tensorrt'],
    producers: [
      { match: 'tensorrt.Runtime', type: 'trt.runtime' },
      { match: 'trt.runtime#deserialize_cuda_engine', type: 'trt.engine', load: { pin: 'local', modelArg: [0, 'serialized_engine'] } },
      { match: 'trt.engine#create_execution_context', type: 'model.trt' },
    ],
    // inputs and outputs are device buffers bound beforehand; the call itself only names them
    inference: ['execute_v2', 'execute_async_v2', 'execute_async_v3', 'execute', 'execute_async'].map(m => ({ match: `model.trt#${m}` })),
  },
};
export default pack;
