import type { KnowledgePack } from '../types';
import { LOGGER_METHODS } from './helpers';

const pack: KnowledgePack = {
  id: 'python-logging',
  name: 'Python logging and print',
  languages: ['python'],
  description: 'The standard library\'s `logging` (loggers, adapters, module-level calls) and `print` as sinks.',
  tables: {
    producers: [
      { match: 'logging.getLogger', type: 'logger.stdlib' },
      { match: 'logging.LoggerAdapter', type: 'logger.stdlib' },
      ...['bind', 'new', 'opt', 'getChild', 'child'].map(m => ({ match: `logger.stdlib#${m}`, passThrough: 'receiver' as const })),
    ],
    sinks: [
      ...['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg'].map(m => ({ match: `logging.${m}` })),
      { match: 'builtins.print' },
      ...LOGGER_METHODS.map(m => ({ match: `logger.stdlib#${m}` })),
    ],
  },
};
export default pack;
