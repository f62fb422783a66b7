import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'fastify',
  name: 'Fastify',
  languages: ['typescript'],
  description: 'The Fastify instance (`Fastify()`, `fastify()`) is a service\'s entry point. Made with a logger (`Fastify({ logger: true })` or `{ logger: { … } }`, `loggerInstance`), it gives every request a child logger, `request.log`, whose records carry the request\'s `reqId` by default: a handler\'s `request.log.info(…)` next to a prediction records its prediction id, at request level. Without one (the default) `request.log` records nothing. Hooks (`addHook("onRequest", fn)`) that store an id on the request or time it are request scope, as middleware is.',
  tables: {
    serviceEntries: [{ match: 'fastify', kind: 'Fastify app' }, { match: 'fastify.fastify', kind: 'Fastify app' }, { match: 'fastify.default', kind: 'Fastify app' }],
    // the built-in pino logger, on only when asked for: request.log's records then carry reqId
    instrumentors: ['fastify', 'fastify.fastify', 'fastify.default'].map(match => ({
      match, name: 'Fastify\'s request logger', libraries: [], covers: ['prediction-id' as const], contextFor: 'request.log', binds: ['reqId'], withArg: ['logger', 'loggerInstance'],
    })),
    requestHooks: [
      { framework: 'Fastify', languages: ['typescript' as const, 'javascript' as const], method: 'addHook', arg0: ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'onSend', 'onResponse'] },
      // @fastify/middie and @fastify/express add Express-style `use`
      { framework: 'Fastify', languages: ['typescript' as const, 'javascript' as const], method: 'use', needsNext: true },
    ],
  },
};
export default pack;
