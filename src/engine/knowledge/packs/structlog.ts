import type { KnowledgePack } from '../types';
import { LOGGER_METHODS } from './helpers';

const pack: KnowledgePack = {
  id: 'structlog',
  name: 'structlog',
  languages: ['python'],
  description: 'structlog loggers, bound loggers (`bind`) and context variables (`bind_contextvars`), which carry their fields into every later record — also when bound in another module (a middleware binding `request_id`).',
  tables: {
    producers: [
      { match: 'structlog.get_logger', type: 'logger.structlog' },
      { match: 'structlog.getLogger', type: 'logger.structlog' },
      { match: 'structlog.stdlib.get_logger', type: 'logger.structlog' },
      { match: 'structlog.wrap_logger', type: 'logger.structlog' },
      ...['bind', 'new', 'opt', 'getChild', 'child'].map(m => ({ match: `logger.structlog#${m}`, passThrough: 'receiver' as const })),
    ],
    sinks: [
      { match: 'structlog.contextvars.bind_contextvars', role: 'context' },
      { match: 'structlog.threadlocal.bind_threadlocal', role: 'context' },
      ...LOGGER_METHODS.map(m => ({ match: `logger.structlog#${m}` })),
      { match: 'logger.structlog#bind', role: 'context' },
    ],
    // bound in a middleware or hook of another module: the request's later structlog records carry the fields
    instrumentors: [
      { match: 'structlog.contextvars.bind_contextvars', name: 'structlog contextvars', libraries: [], covers: ['prediction-id', 'model-version'], contextFor: 'logger.structlog#' },
    ],
    // an id already bound to the request's context came from the caller
    idSources: [{ match: 'structlog.contextvars.get_contextvars', propagated: true }],
  },
};
export default pack;
