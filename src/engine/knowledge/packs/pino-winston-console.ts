import type { KnowledgePack } from '../types';
import { LOGGER_METHODS } from './helpers';

const pack: KnowledgePack = {
  id: 'pino-winston-console',
  name: 'console, pino, winston, bunyan and other JS loggers',
  languages: ['typescript'],
  description: 'JS loggers as sinks: `console`, pino (`child`, `base`), winston (`defaultMeta`, `child`, the default logger), bunyan, log4js, consola, NestJS `Logger`, `debug`.',
  tables: {
    // a logger's default fields (pino `base`, winston `defaultMeta`, bunyan's fields) are on every record: the service's context
    serviceEvidence: [
      { match: 'pino', facet: 'deployment-context', withArg: ['base'] }, { match: 'pino.pino', facet: 'deployment-context', withArg: ['base'] },
      { match: 'winston.createLogger', facet: 'deployment-context', withArg: ['defaultMeta'] },
    ],
    producers: [
      { match: 'pino', type: 'logger.any' }, { match: 'pino.pino', type: 'logger.any' },
      { match: 'winston.createLogger', type: 'logger.any' }, { match: 'winston.loggers.get', type: 'logger.any' }, { match: 'winston.loggers.add', type: 'logger.any' },
      { match: 'bunyan.createLogger', type: 'logger.any' }, { match: 'bunyan', type: 'logger.any' },
      { match: 'log4js.getLogger', type: 'logger.any' },
      { match: 'consola', on: 'value', type: 'logger.any' }, { match: 'consola.consola', on: 'value', type: 'logger.any' }, { match: 'consola.createConsola', type: 'logger.any' },
      { match: '@nestjs/common.Logger', type: 'logger.any' },
      { match: 'debug', type: 'logger.debug' },
      ...['bind', 'new', 'opt', 'getChild', 'child'].map(m => ({ match: `logger.any#${m}`, passThrough: 'receiver' as const })),
    ],
    sinks: [
      ...['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'].map(m => ({ match: `console.${m}` })),
      { match: 'logger.debug#' },
      // loggers created with fields bound to every record (winston `defaultMeta`, pino `base`)
      { match: 'winston.createLogger', role: 'context' }, { match: 'pino', role: 'context' }, { match: 'bunyan.createLogger', role: 'context' },
      ...['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal'].map(m => ({ match: `winston.${m}` })), // winston.info(…): the default logger
      ...LOGGER_METHODS.map(m => ({ match: `logger.any#${m}` })),
      { match: 'logger.any#bind', role: 'context' }, { match: 'logger.any#child', role: 'context' },
    ],
  },
};
export default pack;
