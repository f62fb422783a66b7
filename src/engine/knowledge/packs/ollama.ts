import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const METHODS = ['chat', 'generate', 'embed', 'embeddings'];

const pack: KnowledgePack = {
  id: 'ollama',
  name: 'Ollama',
  languages: ['python', 'typescript'],
  description: 'Ollama in Python (`ollama.chat(…)`, `ollama.Client`/`AsyncClient`) and JS (the default export is an instance, or `new Ollama()`): `chat`, `generate`, `embed`, `embeddings`.',
  tables: {
    mlModules: ['ollama'],
    producers: [
      // `import ollama` / `import ollama from 'ollama'`: the module is a ready client
      { match: 'ollama', on: 'value', type: 'client.ollama' }, { match: 'ollama.Ollama', type: 'client.ollama' },
      { match: 'ollama.Client', type: 'client.ollama' }, { match: 'ollama.AsyncClient', type: 'client.ollama' },
      // …so `ollama.Client(host=…)` after `import ollama` reads as a member of that client
      { match: 'client.ollama#Client', type: 'client.ollama' }, { match: 'client.ollama#AsyncClient', type: 'client.ollama' },
    ],
    inference: [
      ...METHODS.map(m => llm(`client.ollama#${m}`)),
      // `from ollama import chat`
      ...METHODS.map(m => llm(`ollama.${m}`)),
    ],
  },
};
export default pack;
