import type { KnowledgePack } from '../types';

/** k6 scripts drive a model API with generated traffic: no request in them is a prediction the service makes. */
const pack: KnowledgePack = {
  id: 'k6',
  name: 'k6 (load tests)',
  languages: ['typescript'],
  description: 'Scripts that import `k6` or `k6/http`: their `http.post("…/predict", …)` calls load-test a model API, so nothing in such a file is reported as a prediction.',
  tables: {
    loadTestModules: ['k6', 'k6/http', 'k6/experimental', 'k6/net'],
  },
};
export default pack;
