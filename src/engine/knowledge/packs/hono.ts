import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'hono',
  name: 'Hono',
  languages: ['typescript'],
  description: 'The Hono app (`new Hono()`, on Node, Bun, Deno or Cloudflare Workers) is a service\'s entry point.',
  tables: {
    serviceEntries: [{ match: 'hono.Hono', kind: 'Hono app' }],
  },
};
export default pack;
