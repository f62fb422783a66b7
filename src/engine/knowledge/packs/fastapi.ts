import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'fastapi',
  name: 'FastAPI',
  languages: ['python'],
  description: 'Dependency injection: a handler parameter `model = Depends(get_model)` (or `Annotated[Model, Depends(get_model)]`) is what the provider returns, so a model from a cached getter is known in the handler; a model kept on the application state (`app.state.model = load()` in the lifespan, `request.app.state.model` in a handler). The `FastAPI()` app is a service\'s entry point. An HTTP middleware (`@app.middleware("http")`, a `BaseHTTPMiddleware` subclass\'s `dispatch`) that stores an id on `request.state` gives the handlers a request-level prediction id (sent back when it sets `response.headers["X-Request-ID"]`); one that reads a clock and logs times each request, not the model call.',
  tables: {
    // Starlette's application state: `app.state.model = load()` in a lifespan hook, `request.app.state.model` in a handler
    sharedStores: ['app.state'],
    // the app object: a service's entry point (its service facets are reported here)
    serviceEntries: [{ match: 'fastapi.FastAPI', kind: 'FastAPI app' }],
    requestHooks: [
      { framework: 'FastAPI', languages: ['python'], decorator: 'middleware', arg0: ['http'] },
      { framework: 'Starlette', languages: ['python'], classBase: 'starlette.middleware.base.BaseHTTPMiddleware', classMethod: 'dispatch' },
    ],
    producers: [
      { match: 'fastapi.Depends', passThrough: 'arg0-result' },
      { match: 'fastapi.params.Depends', passThrough: 'arg0-result' },
      // a test's client of the app: its `client.post("/predict", …)` exercises the service, it asks no model server
      { match: 'fastapi.testclient.TestClient', type: 'harness.test-client' },
      { match: 'starlette.testclient.TestClient', type: 'harness.test-client' },
    ],
  },
};
export default pack;
