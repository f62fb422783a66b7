import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'tecton',
  name: 'Tecton feature store',
  languages: ['python'],
  description: 'Feature reads from a Tecton feature service (`tecton.get_workspace(…).get_feature_service(…).get_online_features(…)`, and the HTTP client\'s `get_features`): upstream reads that make the service record provenance (MLO006).',
  tables: {
    producers: [
      { match: 'tecton.get_workspace', type: 'tecton.workspace' }, { match: 'tecton.Workspace', type: 'tecton.workspace' },
      { match: 'tecton.workspace#get_feature_service', type: 'tecton.feature-service' },
      { match: 'tecton.get_feature_service', type: 'tecton.feature-service' },
      { match: 'tecton_client.TectonClient', type: 'tecton.client' },
    ],
    serviceEvidence: [
      { match: 'tecton.feature-service#get_online_features', facet: 'upstream-provenance', role: 'reads' },
      { match: 'tecton.feature-service#get_features_for_events', facet: 'upstream-provenance', role: 'reads' },
      { match: 'tecton.feature-service#get_historical_features', facet: 'upstream-provenance', role: 'reads' },
      { match: 'tecton.client#get_features', facet: 'upstream-provenance', role: 'reads' },
    ],
  },
};
export default pack;
