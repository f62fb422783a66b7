import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'feast',
  name: 'Feast feature store',
  languages: ['python'],
  description: 'Online and historical feature reads from a Feast `FeatureStore`: a service that reads them must record upstream provenance (what was read, or the feature versions), checked by MLO006.',
  tables: {
    producers: [{ match: 'feast.FeatureStore', type: 'feast.store' }, { match: 'feast.feature_store.FeatureStore', type: 'feast.store' }],
    serviceEvidence: [
      { match: 'feast.store#get_online_features', facet: 'upstream-provenance', role: 'reads' },
      { match: 'feast.store#get_historical_features', facet: 'upstream-provenance', role: 'reads' },
      { match: 'feast.store#retrieve_online_documents', facet: 'upstream-provenance', role: 'reads' },
    ],
  },
};
export default pack;
