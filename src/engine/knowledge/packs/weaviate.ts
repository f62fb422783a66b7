import type { KnowledgePack } from '../types';

/**
 * Weaviate collections with a vectorizer and a generative module: a text query is embedded by the collection's vectorizer
 * (`query.nearText`, `query.hybrid`), and `generate.*` answers with the generative model over the results. A query by vector
 * or by keywords runs no model; inserting is ingestion.
 */
const TEXT_QUERIES = ['nearText', 'near_text', 'hybrid'];
const GENERATE = ['nearText', 'near_text', 'nearVector', 'near_vector', 'nearObject', 'near_object', 'hybrid', 'bm25', 'fetchObjects', 'fetch_objects', 'nearImage', 'near_image'];

const pack: KnowledgePack = {
  id: 'weaviate',
  name: 'Weaviate (vectorizer and generative modules)',
  languages: ['typescript', 'python'],
  description: '`client.collections.get(name)` (JS `weaviate-client`, Python `weaviate`): `collection.query.nearText(text)` / `near_text` and `hybrid` '
    + 'embed the query with the collection\'s vectorizer; `collection.generate.*(…)` runs its generative model. Vector and BM25 queries and inserts run no model.',
  tables: {
    mlModules: ['weaviate-client', 'weaviate'],
    producers: [
      ...['weaviate-client.default.connectToLocal', 'weaviate-client.default.connectToWeaviateCloud', 'weaviate-client.default.connectToCustom', 'weaviate-client.connectToLocal',
        'weaviate-client.connectToWeaviateCloud', 'weaviate-client.connectToCustom', 'weaviate.connect_to_local', 'weaviate.connect_to_weaviate_cloud', 'weaviate.connect_to_custom',
        'weaviate.connect_to_embedded', 'weaviate.WeaviateClient', 'weaviate.use_async_with_local'].map(match => ({ match, type: 'client.weaviate' })),
      ...['collections.get', 'collections.use', 'collections.create'].map(m => ({ match: `client.weaviate#${m}`, type: 'weaviate.collection' })),
    ],
    inference: [
      ...TEXT_QUERIES.map(m => ({ match: `weaviate.collection#query.${m}`, inputArgs: [0, 'query'] })),
      ...GENERATE.map(m => ({ match: `weaviate.collection#generate.${m}`, kind: 'llm' as const, inputArgs: [0, 1, 'query', 'single_prompt', 'grouped_task'] })),
    ],
  },
};
export default pack;
