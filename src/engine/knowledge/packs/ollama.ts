import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'ollama',
  name: 'Ollama',
  languages: ['typescript'],
  description: 'The Ollama client (the default export is an instance, or `new Ollama()`): `chat`, `generate`, `embed`, `embeddings`.',
  tables: {
    mlModules: ['ollama'],
    producers: [{ match: 'ollama', on: 'value', type: 'client.ollama' }, { match: 'ollama.Ollama', type: 'client.ollama' }],
    inference: ['chat', 'generate', 'embed', 'embeddings'].map(m => llm(`client.ollama#${m}`)),
  },
};
export default pack;
