import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'modal',
  name: 'Modal',
  languages: ['python'],
  description: 'Modal classes: `@app.cls(…)` classes load in `@modal.enter()` (or `@modal.build()`, `__enter__`) methods into attributes that `@modal.method()` and web-endpoint methods serve.',
  tables: {
    mlModules: ['modal'],
    producers: [{ match: 'modal.App', type: 'modal.app' }, { match: 'modal.Stub', type: 'modal.app' }],
    contracts: [{
      framework: 'Modal class', classDecorators: ['modal.app#cls', 'modal.cls'], loadHooks: ['__enter__', '__init__'], serveHooks: [],
      loadDecorators: ['modal.enter', 'modal.build'], serveDecorators: ['modal.method', 'modal.web_endpoint', 'modal.fastapi_endpoint', 'modal.asgi_app'],
    }],
  },
};
export default pack;
