import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'upstash',
  name: 'Upstash Vector and RAG Chat',
  languages: ['typescript'],
  description: 'Upstash Vector indexes with a hosted embedding model: `new Index({ url, token }).query({ data: text })` embeds the text before '
    + 'searching (a query by `vector:` runs no model; `upsert({ data })` is ingestion). `@upstash/rag-chat`: `new RAGChat({ model })` and '
    + '`ragChat.chat(question, { sessionId, streaming })` retrieve and ask the LLM.',
  tables: {
    mlModules: ['@upstash/vector', '@upstash/rag-chat'],
    producers: [
      { match: '@upstash/vector.Index', type: 'upstash.index' },
      { match: '@upstash/rag-chat.RAGChat', type: 'client.upstash-rag' },
    ],
    inference: [
      { match: 'upstash.index#query', inputArgs: ['data'], needsInput: true },
      llm('client.upstash-rag#chat', [0]),
    ],
  },
};
export default pack;
