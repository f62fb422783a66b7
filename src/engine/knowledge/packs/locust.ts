import type { KnowledgePack } from '../types';

/**
 * Load tests drive a model API with generated traffic: their requests to `/predict` are the harness, not a
 * prediction the service makes, so nothing in such a class is an inference point.
 */
const pack: KnowledgePack = {
  id: 'locust',
  name: 'Locust (load tests)',
  languages: ['python'],
  description: 'Locust users (`HttpUser`, `FastHttpUser`, `User` subclasses): their `self.client.post("/predict", …)` tasks load-test a model API, so no call inside such a class is reported as a prediction.',
  tables: {
    classBases: ['locust.HttpUser', 'locust.FastHttpUser', 'locust.User', 'locust.contrib.fasthttp.FastHttpUser']
      .map(match => ({ match, type: 'harness.load-test' })),
  },
};
export default pack;
