import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'python-ids-clocks',
  name: 'Python ids and clocks',
  languages: ['python'],
  description: 'Where Python prediction ids come from (uuid, ulid, secrets, shortuuid) and the clocks whose readings around a call time it (`time.perf_counter`, `time.time`, …).',
  tables: {
    idSources: [
      { match: 'uuid.uuid4' }, { match: 'uuid.uuid1' }, { match: 'uuid.uuid7' }, { match: 'ulid.new' }, { match: 'ulid.ULID' },
      { match: 'secrets.token_hex' }, { match: 'secrets.token_urlsafe' }, { match: 'shortuuid.uuid' },
    ],
    clocks: ['time.perf_counter', 'time.perf_counter_ns', 'time.time', 'time.time_ns', 'time.monotonic', 'time.monotonic_ns',
      'timeit.default_timer', 'datetime.datetime.now', 'datetime.datetime.utcnow'],
  },
};
export default pack;
