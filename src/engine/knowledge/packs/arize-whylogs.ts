import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'arize-whylogs',
  name: 'Arize and whylogs',
  languages: ['python'],
  description: 'ML monitoring SDKs: Arize clients\' `log`/`log_prediction` and whylogs profiles (`why.log`) record predictions.',
  tables: {
    producers: [
      { match: 'arize.api.Client', type: 'arize.client' },
      { match: 'arize.pandas.logger.Client', type: 'arize.client' },
    ],
    sinks: [
      { match: 'whylogs.log' }, { match: 'whylogs.log_batch' },
      { match: 'arize.client#log' }, { match: 'arize.client#log_prediction' },
    ],
  },
};
export default pack;
