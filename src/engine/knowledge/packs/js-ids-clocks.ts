import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'js-ids-clocks',
  name: 'JS ids and clocks',
  languages: ['typescript'],
  description: 'Where JS prediction ids come from (`crypto.randomUUID`, uuid, nanoid, ulid, cuid) and the clocks that time a call (`performance.now`, `Date.now`, `process.hrtime`).',
  tables: {
    idSources: [
      { match: 'crypto.randomUUID' }, { match: 'crypto.randomBytes' }, { match: 'uuid.v1' }, { match: 'uuid.v4' }, { match: 'uuid.v7' },
      { match: 'nanoid.nanoid' }, { match: 'ulid.ulid' }, { match: 'ulidx.ulid' }, { match: '@paralleldrive/cuid2.createId' },
      { match: 'cuid' }, { match: 'short-uuid.generate' },
    ],
    clocks: ['performance.now', 'perf_hooks.performance.now', 'Date.now', 'process.hrtime', 'process.hrtime.bigint'],
  },
};
export default pack;
