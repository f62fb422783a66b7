import type { KnowledgePack } from '../types';

/**
 * Pinecone's hosted inference: `pc.inference.embed(model, inputs)` and `rerank` call a hosted model; an index with integrated
 * embedding embeds a text query in `searchRecords` / `search` (a query by vector only searches, and upserting is ingestion).
 */
const pack: KnowledgePack = {
  id: 'pinecone',
  name: 'Pinecone (hosted inference, integrated embedding)',
  languages: ['python', 'typescript'],
  description: '`pc.inference.embed(model=…, inputs=…)` / JS `pc.inference.embed(model, inputs)` and `rerank` run a hosted model; on an index with '
    + 'integrated embedding, `index.searchRecords({ query: { inputs: { text } } })` (Python `index.search(…, query={"inputs": …})`, `search_records`) '
    + 'embeds the query. Vector queries (`index.query(vector=…)`) and upserts run no model.',
  tables: {
    mlModules: ['pinecone', '@pinecone-database/pinecone'],
    producers: [
      { match: 'pinecone.Pinecone', type: 'client.pinecone' }, { match: 'pinecone.grpc.PineconeGRPC', type: 'client.pinecone' },
      { match: '@pinecone-database/pinecone.Pinecone', type: 'client.pinecone' },
      ...['index', 'Index', 'IndexAsyncio'].map(m => ({ match: `client.pinecone#${m}`, type: 'pinecone.index' })),
      { match: 'pinecone.index#namespace', type: 'pinecone.index' },
    ],
    inference: [
      ...['inference.embed', 'inference.rerank'].map(m => ({ match: `client.pinecone#${m}`, kind: 'llm' as const, modelArg: ['model', 0], inputArgs: ['inputs', 'documents', 'query', 1] })),
      ...['searchRecords', 'search_records', 'search'].map(m => ({ match: `pinecone.index#${m}`, inputArgs: ['query', 0] })),
    ],
  },
};
export default pack;
