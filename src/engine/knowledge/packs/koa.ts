import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'koa',
  name: 'Koa',
  languages: ['typescript'],
  description: 'The Koa application (`new Koa()`) is a service\'s entry point. A middleware (`app.use(async (ctx, next) => …)`) that stores an id on the request (`ctx.state.requestId = randomUUID()`) gives the handlers a request-level prediction id (sent back when it sets `X-Request-Id` with `ctx.set`); one that reads a clock and logs times each request, not the model call.',
  tables: {
    serviceEntries: [{ match: 'koa', kind: 'Koa app' }, { match: 'koa.default', kind: 'Koa app' }],
    requestHooks: [{ framework: 'Koa', languages: ['typescript' as const, 'javascript' as const], method: 'use', needsNext: true }],
  },
};
export default pack;
