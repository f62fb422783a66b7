import type { KnowledgePack } from '../types';

const CLIENTS = ['Client', 'PersistentClient', 'HttpClient', 'EphemeralClient', 'AsyncHttpClient', 'CloudClient', 'ChromaClient'];

// embedding functions that run a model in the process (the API-backed ones, `OpenAIEmbeddingFunction`, are clients)
const LOCAL_EMBEDDERS = ['SentenceTransformerEmbeddingFunction', 'InstructorEmbeddingFunction', 'ONNXMiniLM_L6_V2', 'DefaultEmbeddingFunction', 'Text2VecEmbeddingFunction', 'OpenCLIPEmbeddingFunction', 'FastEmbedEmbeddingFunction'];

const pack: KnowledgePack = {
  id: 'chroma',
  name: 'Chroma',
  languages: ['python', 'typescript'],
  description: 'Chroma collections embed text with their embedding function: `collection.query(query_texts=[…])` (JS `query({ queryTexts })`) '
    + 'runs the embedding model at query time. A query by `query_embeddings` only searches, and adding documents is ingestion: neither is inference. A local embedding function (`SentenceTransformerEmbeddingFunction(model_name=…)`, `InstructorEmbeddingFunction`, `DefaultEmbeddingFunction()`) loads its model.',
  tables: {
    mlModules: ['chromadb'],
    producers: [
      ...CLIENTS.map(c => ({ match: `chromadb.${c}`, type: 'client.chroma' })),
      ...['get_collection', 'get_or_create_collection', 'create_collection', 'getCollection', 'getOrCreateCollection', 'createCollection']
        .map(m => ({ match: `client.chroma#${m}`, type: 'chroma.collection' })),
      ...LOCAL_EMBEDDERS.flatMap(e => [`chromadb.utils.embedding_functions.${e}`, `chromadb.utils.embedding_functions.**.${e}`])
        .map(match => ({ match, type: 'model.chroma-embedder', load: { pin: 'hf' as const, defaultWeights: true, modelArg: ['model_name', 0] } })),
    ],
    inference: [
      { match: 'chroma.collection#query', inputArgs: ['query_texts', 'queryTexts'], needsInput: true },
      // a collection passed in (a parameter, another module's): `query_texts`/`queryTexts` written at the call say which API it is
      { match: '?#query', inputArgs: ['query_texts', 'queryTexts'], needsInput: 'spelt' },
      // an embedding function called directly (`ef(["text"])`, `ef.embed_query(q)`)
      { match: 'model.chroma-embedder#', inputArgs: [0, 'input'] },
      ...['embed_query', 'embed_documents'].map(m => ({ match: `model.chroma-embedder#${m}`, inputArgs: [0, 'input'] })),
    ],
  },
};
export default pack;
