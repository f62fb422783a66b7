import type { KnowledgePack } from '../types';

const NOTE = 'counts each request by its status (`flask_http_request_total`): a failure that escapes the handler is counted as a 500 (the request\'s status, not the model call\'s error)';

const pack: KnowledgePack = {
  id: 'prometheus-flask-exporter',
  name: 'Prometheus Flask exporter',
  languages: ['python'],
  description: '`PrometheusMetrics(app)` (or `init_app(app)` later) tracks every request of the app by default: `flask_http_request_duration_seconds` and `flask_http_request_total`, labelled by method and status. A prediction in a route handler has its failure counted at request level, as a 500 (not when the handler swallows it); the request\'s duration is not the model call\'s latency, which stays uncovered with a note. Nothing of the inputs, outputs or model is recorded.',
  tables: {
    producers: [
      { match: 'prometheus_flask_exporter.PrometheusMetrics', type: 'prom.flask-exporter' },
      { match: 'prometheus_flask_exporter.PrometheusMetrics.for_app_factory', type: 'prom.flask-exporter' },
    ],
    instrumentors: [
      // given the app (`PrometheusMetrics(app)`); made without it, it tracks nothing until `init_app(app)`
      { match: 'prometheus_flask_exporter.PrometheusMetrics', withArg: [0, 'app'] },
      { match: 'prometheus_flask_exporter.multiprocess.*PrometheusMetrics', withArg: [0, 'app'] },
      { match: 'prom.flask-exporter#init_app' },
    ].map(r => ({ ...r, name: 'prometheus-flask-exporter', libraries: [], covers: ['errors' as const], requestLevel: true as const, timesRequests: true as const, requestNote: NOTE })),
  },
};
export default pack;
