import type { KnowledgePack } from '../types';
import { LOGGER_METHODS } from './helpers';

const pack: KnowledgePack = {
  id: 'loguru',
  name: 'loguru',
  languages: ['python'],
  description: 'loguru\'s `logger` (imported as a value), with `bind` and `contextualize` binding fields to later records — `contextualize` also when called in a middleware of another module.',
  tables: {
    producers: [
      { match: 'loguru.logger', on: 'value', type: 'logger.loguru' },
      ...['bind', 'new', 'opt', 'getChild', 'child'].map(m => ({ match: `logger.loguru#${m}`, passThrough: 'receiver' as const })),
    ],
    sinks: [
      ...LOGGER_METHODS.map(m => ({ match: `logger.loguru#${m}` })),
      { match: 'logger.loguru#bind', role: 'context' }, { match: 'logger.loguru#contextualize', role: 'context' },
    ],
    // `with logger.contextualize(request_id=…)` in a middleware of another module: the request's loguru records carry it
    instrumentors: [{ match: 'logger.loguru#contextualize', name: 'loguru contextualize', libraries: [], covers: ['prediction-id', 'model-version'], contextFor: 'logger.loguru#' }],
  },
};
export default pack;
