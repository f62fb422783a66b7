import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'morgan',
  name: 'morgan request logging',
  languages: ['typescript'],
  description: '`app.use(morgan(format))` logs one line per request when its response finishes, with the response\'s status in every predefined format: a prediction in a route handler has its failure recorded at request level, as a 5xx status (the request\'s status, not the model call\'s error, and not when the handler swallows it). The `dev`, `short` and `tiny` formats, and a format string with `:response-time`, also time each request, which is not the model call\'s latency: latency stays uncovered, with a note. It records nothing of the inputs, outputs or model.',
  tables: {
    instrumentors: ['morgan', 'koa-morgan'].map(match => ({
      match, name: match, libraries: [], covers: ['errors' as const], requestLevel: true as const,
      requestNote: 'logs the status of each response: a failure that escapes the handler is logged as a 5xx (the request\'s status, not the model call\'s error)',
      timesRequests: '^(dev|short|tiny)$|:response-time|:total-time',
    })),
  },
};
export default pack;
