import type { KnowledgePack } from '../types';

/**
 * Huawei Ascend NPUs. pyACL (the CANN runtime's Python API) keeps no model object: `acl.mdl.load_from_file(path)` returns
 * a model id (with a status code) and `acl.mdl.execute(model_id, inputs, outputs)` runs it on datasets the code
 * allocated; everything else under `acl.rt`/`acl.mdl` is memory, streams and descriptors. `ais_bench`'s `InferSession`
 * wraps the same runtime; MindSpore Lite builds a `Model` from a file and `predict`s.
 */
const ACL_LOADS = ['load_from_file', 'load_from_mem', 'load_from_file_with_mem', 'load_from_mem_with_mem', 'load_with_config'];

const pack: KnowledgePack = {
  id: 'ascend',
  name: 'Huawei Ascend (pyACL, ais_bench, MindSpore Lite)',
  languages: ['python'],
  description: 'pyACL: `acl.mdl.load_from_file(path)` loads an offline model (`.om`) and returns its id, `acl.mdl.execute(model_id, '
    + 'input_dataset, output_dataset)` (and `execute_async`) runs it. `ais_bench.infer.interface.InferSession(device_id, path)` loads, '
    + '`session.infer(feeds)` runs. MindSpore Lite: `mslite.Model().build_from_file(path, …)` loads, `model.predict(inputs)` runs.',
  tables: {
    mlModules: ['acl', 'ais_bench', 'mindspore_lite'],
    producers: [
      ...ACL_LOADS.map(f => ({ match: `acl.mdl.${f}`, type: 'model.acl-id', load: { pin: 'local' as const, modelArg: [0, 'model_path'] } })),
      { match: 'ais_bench.infer.interface.InferSession', type: 'model.ais-bench', load: { pin: 'local' as const, modelArg: [1, 'model_path'] } },
      { match: 'mindspore_lite.Model', type: 'model.mslite' },
      { match: 'model.mslite#build_from_file', load: { pin: 'local' as const, modelArg: [0, 'model_path'] } },
    ],
    inference: [
      // the inputs are the dataset of device buffers the code filled before
      ...['execute', 'execute_async'].map(f => ({ match: `acl.mdl.${f}`, inputArgs: [1] })),
      ...['infer', 'infer_pipeline', 'infer_iteration'].map(m => ({ match: `model.ais-bench#${m}`, inputArgs: [0, 'feeds'] })),
      { match: 'model.mslite#predict', inputArgs: [0] },
    ],
  },
};
export default pack;
