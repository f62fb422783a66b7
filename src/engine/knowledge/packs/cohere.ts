import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'cohere',
  name: 'Cohere',
  languages: ['typescript'],
  description: 'Cohere clients: `chat`, `chatStream`, `generate`, `embed`, `rerank`.',
  tables: {
    mlModules: ['cohere-ai'],
    producers: [{ match: 'cohere-ai.CohereClient*', type: 'client.cohere' }],
    inference: ['chat', 'chatStream', 'embed', 'rerank', 'generate'].map(m => llm(`client.cohere#${m}`)),
  },
};
export default pack;
