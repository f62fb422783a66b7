import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'hopsworks',
  name: 'Hopsworks feature store',
  languages: ['python'],
  description: 'Feature-vector reads from a Hopsworks feature view (`hopsworks.login().get_feature_store().get_feature_view(…).get_feature_vector(…)`): upstream reads that make the service record provenance (MLO006).',
  tables: {
    producers: [
      { match: 'hopsworks.login', type: 'hopsworks.project' }, { match: 'hsfs.connection', type: 'hopsworks.project' },
      { match: 'hopsworks.project#get_feature_store', type: 'hopsworks.feature-store' },
      { match: 'hopsworks.feature-store#get_feature_view', type: 'hopsworks.feature-view' },
    ],
    serviceEvidence: ['get_feature_vector', 'get_feature_vectors', 'get_batch_data', 'get_batch_query']
      .map(m => ({ match: `hopsworks.feature-view#${m}`, facet: 'upstream-provenance' as const, role: 'reads' as const })),
  },
};
export default pack;
