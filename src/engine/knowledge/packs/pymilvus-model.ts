import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pymilvus-model',
  name: 'Milvus embedding functions (pymilvus.model)',
  languages: ['python'],
  description: '`pymilvus.model`\'s embedding functions: `model.DefaultEmbeddingFunction()` (a model the library downloads), '
    + '`model.dense.SentenceTransformerEmbeddingFunction(model_name=…)`, `model.sparse.BM25EmbeddingFunction`, `model.hybrid.BGEM3EmbeddingFunction`, '
    + '`model.dense.OpenAIEmbeddingFunction` (hosted); `encode_queries(texts)` and `encode_documents(texts)` run them.',
  tables: {
    mlModules: ['pymilvus.model'],
    producers: [
      { match: 'pymilvus.model.DefaultEmbeddingFunction', type: 'model.milvus-ef', load: { pin: 'library', defaultWeights: true, modelArg: [] } },
      ...['pymilvus.model.dense.*EmbeddingFunction', 'pymilvus.model.hybrid.*EmbeddingFunction', 'pymilvus.model.sparse.SpladeEmbeddingFunction']
        .map(match => ({ match, type: 'model.milvus-ef', load: { pin: 'hf' as const, defaultWeights: true, modelArg: ['model_name', 0] } })),
    ],
    inference: ['encode_queries', 'encode_documents', ''].map(m => ({ match: `model.milvus-ef#${m}`, inputArgs: [0] })),
  },
};
export default pack;
