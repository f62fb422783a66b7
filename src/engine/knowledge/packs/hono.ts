import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'hono',
  name: 'Hono',
  languages: ['typescript'],
  description: 'The Hono app (`new Hono()`, on Node, Bun, Deno or Cloudflare Workers) is a service\'s entry point. Its built-in request-id middleware (`app.use(requestId())` from `hono/request-id`) gives each request an id, `c.get("requestId")` or `c.var.requestId` (the caller\'s `X-Request-Id`, else `crypto.randomUUID()`), sent back in the `X-Request-Id` header by default: a handler recording it records a request-level prediction id. A hand-written middleware doing the same (`c.set("requestId", id)`) counts too.',
  tables: {
    serviceEntries: [{ match: 'hono.Hono', kind: 'Hono app' }],
    requestHooks: [{ framework: 'Hono', languages: ['typescript' as const, 'javascript' as const], method: 'use', needsNext: true }],
    instrumentors: [{
      match: 'hono/request-id.requestId', name: 'Hono\'s requestId middleware', libraries: [], covers: ['prediction-id'],
      requestId: { readAs: ['get:requestId', 'var.requestId'], echoed: true },
    }],
  },
};
export default pack;
