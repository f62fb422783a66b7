import type { KnowledgePack } from '../types';

const CLIENTS = ['Client', 'PersistentClient', 'HttpClient', 'EphemeralClient', 'AsyncHttpClient', 'CloudClient', 'ChromaClient'];

const pack: KnowledgePack = {
  id: 'chroma',
  name: 'Chroma',
  languages: ['python', 'typescript'],
  description: 'Chroma collections embed text with their embedding function: `collection.query(query_texts=[…])` (JS `query({ queryTexts })`) '
    + 'runs the embedding model at query time. A query by `query_embeddings` only searches, and adding documents is ingestion: neither is inference.',
  tables: {
    mlModules: ['chromadb'],
    producers: [
      ...CLIENTS.map(c => ({ match: `chromadb.${c}`, type: 'client.chroma' })),
      ...['get_collection', 'get_or_create_collection', 'create_collection', 'getCollection', 'getOrCreateCollection', 'createCollection']
        .map(m => ({ match: `client.chroma#${m}`, type: 'chroma.collection' })),
    ],
    inference: [
      { match: 'chroma.collection#query', inputArgs: ['query_texts', 'queryTexts'], needsInput: true },
      // a collection passed in (a parameter, another module's): `query_texts`/`queryTexts` written at the call say which API it is
      { match: '?#query', inputArgs: ['query_texts', 'queryTexts'], needsInput: 'spelt' },
    ],
  },
};
export default pack;
