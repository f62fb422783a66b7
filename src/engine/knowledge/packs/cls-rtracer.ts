import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cls-rtracer',
  name: 'cls-rtracer (request ids in async context)',
  languages: ['typescript'],
  description: 'cls-rtracer\'s middleware and plugins (`app.use(rTracer.expressMiddleware())`, `koaMiddleware`, `fastifyPlugin`, `hapiPlugin`) give each request a UUID (v1), kept in AsyncLocalStorage: `rTracer.id()` anywhere in the request returns it, so it is a prediction id where a record carries it. By default it is not sent back (`echoHeader` is off), so the caller learns it only when the handler returns it.',
  tables: {
    idSources: [{ match: 'cls-rtracer.id' }],
  },
};
export default pack;
