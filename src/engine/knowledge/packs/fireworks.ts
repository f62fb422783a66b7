import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'fireworks',
  name: 'Fireworks AI SDK',
  languages: ['python'],
  description: 'The `fireworks-ai` Python SDK: `Fireworks(api_key=…)` with the OpenAI-style `chat.completions.create` / `completions.create` / '
    + '`embeddings.create`, and the legacy module-level `fireworks.client.ChatCompletion.create(model="accounts/fireworks/models/…")`.',
  tables: {
    mlModules: ['fireworks'],
    producers: ['fireworks.client.Fireworks', 'fireworks.client.AsyncFireworks', 'fireworks.Fireworks', 'fireworks.LLM'].map(match => ({ match, type: 'client.fireworks' })),
    inference: [
      ...['chat.completions.create', 'completions.create', 'embeddings.create', 'chat.completions.acreate', 'completions.acreate',
        'ChatCompletion.create', 'Completion.create'].map(m => llm(`client.fireworks#${m}`)),
      ...['ChatCompletion.create', 'ChatCompletion.acreate', 'Completion.create', 'Completion.acreate'].map(m => llm(`fireworks.client.${m}`)),
    ],
  },
};
export default pack;
