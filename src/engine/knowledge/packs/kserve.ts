import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'kserve',
  name: 'KServe',
  languages: ['python'],
  description: 'KServe\'s REST client (`InferenceRESTClient.infer`). HTTP calls to the KServe protocols are in the model-server-http pack.',
  tables: {
    contracts: [{ framework: 'KServe custom model', classBases: ['kserve.Model', 'kserve.model.Model'], loadHooks: ['load', '__init__'], serveHooks: ['predict', 'preprocess', 'postprocess', '__call__'] }],
    mlModules: ['kserve'],
    producers: [{ match: 'kserve.InferenceRESTClient', type: 'client.kserve' }],
    // `infer(base_url, data, …)`: the request is the input, the URL names the model
    inference: [{ match: 'client.kserve#infer', inputArgs: [1, 'data', 'infer_request'] }],
  },
};
export default pack;
