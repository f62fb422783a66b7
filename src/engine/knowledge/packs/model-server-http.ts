import type { KnowledgePack } from '../types';

/** Paths that only model servers serve: `/v1/models/x:predict`, `/v2/models/x/infer`, `/predictions/x`, `/invocations`. */
const MODEL_SERVER_URL = '/v1/models/[^/:?]+(/versions/[^/:?]+)?:(predict|classify|regress)|/v2/models/[^/?]+(/versions/[^/?]+)?/(infer|generate)|/predictions/[^/?]+|/invocations([?#]|$)';

const pack: KnowledgePack = {
  id: 'model-server-http',
  name: 'HTTP calls to model servers',
  languages: ['typescript'],
  description: '`fetch`, axios, got, ky and undici calls whose (literal or constant) URL is a model server\'s: TF Serving/KServe v1 `:predict`, the v2 protocol `/infer` (KServe, Triton, Seldon), TorchServe `/predictions/…`, SageMaker-style `/invocations`.',
  tables: {
    inference: [
      ...['fetch', 'node-fetch', 'undici.fetch', 'undici.request'].map(match => ({ match, arg0Pattern: MODEL_SERVER_URL, inputArgs: ['body'] })),
      ...['axios.post', 'axios.put', 'got.post', 'got.put', 'ky.post', 'ky.put'].map(match => ({ match, arg0Pattern: MODEL_SERVER_URL, inputArgs: [1, 'json', 'body'] })),
    ],
  },
};
export default pack;
