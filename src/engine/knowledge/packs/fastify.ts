import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'fastify',
  name: 'Fastify',
  languages: ['typescript'],
  description: 'The Fastify instance (`Fastify()`, `fastify()`) is a service\'s entry point.',
  tables: {
    serviceEntries: [{ match: 'fastify', kind: 'Fastify app' }, { match: 'fastify.fastify', kind: 'Fastify app' }, { match: 'fastify.default', kind: 'Fastify app' }],
  },
};
export default pack;
