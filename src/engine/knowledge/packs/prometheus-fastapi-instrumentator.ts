import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'prometheus-fastapi-instrumentator',
  name: 'Prometheus FastAPI Instrumentator',
  languages: ['python'],
  description: '`Instrumentator().instrument(app)` adds, by default, `http_requests_total` (by handler, status and method) and the `http_request_duration_seconds` histograms to every request of the app. A prediction in a route handler has its failure counted at request level, as a 5xx response (not when the handler swallows it); the request\'s duration is not the model call\'s latency, which stays uncovered with a note. Nothing of the inputs, outputs or model is recorded.',
  tables: {
    producers: [{ match: 'prometheus_fastapi_instrumentator.Instrumentator', type: 'prom.fastapi-instrumentator' }],
    instrumentors: [{
      match: 'prom.fastapi-instrumentator#instrument', name: 'prometheus-fastapi-instrumentator', libraries: [], covers: ['errors'], requestLevel: true, timesRequests: true,
      requestNote: 'counts each response by its status (`http_requests_total`): a failure that escapes the handler is counted as a 5xx (the request\'s status, not the model call\'s error)',
    }],
  },
};
export default pack;
