import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const METHODS = ['chat', 'generate', 'embed', 'embeddings'];

const pack: KnowledgePack = {
  id: 'ollama',
  name: 'Ollama',
  languages: ['python', 'typescript'],
  description: 'Ollama in Python (`ollama.chat(…)`, `ollama.Client`/`AsyncClient`) and JS (the default export is an instance, or `new Ollama()`): `chat`, `generate`, `embed`, `embeddings`; the community `ollama-node` client\'s `generate` and `streamingGenerate`.',
  tables: {
    mlModules: ['ollama', 'ollama-node'],
    producers: [
      // `import ollama` / `import ollama from 'ollama'`: the module is a ready client
      { match: 'ollama', on: 'value', type: 'client.ollama' }, { match: 'ollama.Ollama', type: 'client.ollama' },
      { match: 'ollama.Client', type: 'client.ollama' }, { match: 'ollama.AsyncClient', type: 'client.ollama' },
      // …so `ollama.Client(host=…)` after `import ollama` reads as a member of that client
      { match: 'client.ollama#Client', type: 'client.ollama' }, { match: 'client.ollama#AsyncClient', type: 'client.ollama' },
      // the community `ollama-node` client, its model set when it is made (`new Ollama("llama2")`)
      { match: 'ollama-node.Ollama', type: 'client.ollama-node' },
    ],
    inference: [
      ...METHODS.map(m => llm(`client.ollama#${m}`)),
      // `from ollama import chat`
      ...METHODS.map(m => llm(`ollama.${m}`)),
      ...['generate', 'streamingGenerate'].map(m => ({ match: `client.ollama-node#${m}`, kind: 'llm' as const, inputArgs: [0] })),
    ],
  },
};
export default pack;
