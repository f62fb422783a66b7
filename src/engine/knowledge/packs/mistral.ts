import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'mistral',
  name: 'Mistral AI',
  languages: ['typescript'],
  description: 'The Mistral client: `chat.complete`, `chat.stream`, `embeddings.create`, `fim.complete`.',
  tables: {
    mlModules: ['@mistralai/mistralai'],
    producers: [{ match: '@mistralai/mistralai.Mistral', type: 'client.mistral' }],
    inference: ['chat.complete', 'chat.stream', 'embeddings.create', 'fim.complete'].map(m => llm(`client.mistral#${m}`)),
  },
};
export default pack;
