import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'koa',
  name: 'Koa',
  languages: ['typescript'],
  description: 'The Koa application (`new Koa()`) is a service\'s entry point.',
  tables: {
    serviceEntries: [{ match: 'koa', kind: 'Koa app' }, { match: 'koa.default', kind: 'Koa app' }],
  },
};
export default pack;
