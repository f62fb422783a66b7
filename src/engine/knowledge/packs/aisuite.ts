import type { KnowledgePack } from '../types';
import { CHAT_COMPLETION_RESULT } from './helpers';

/** aisuite: one OpenAI-shaped client over many providers; the model is `provider:model` (`"openai:gpt-4o-mini"`). */
const pack: KnowledgePack = {
  id: 'aisuite',
  name: 'aisuite',
  languages: ['python'],
  description: 'aisuite\'s `Client().chat.completions.create(model="openai:gpt-4o-mini", messages=…)`: a hosted LLM call whose `provider:model` is checked for pinning.',
  tables: {
    mlModules: ['aisuite'],
    producers: [{ match: 'aisuite.Client', type: 'client.aisuite' }, { match: 'aisuite.client.Client', type: 'client.aisuite' }],
    inference: [{ match: 'client.aisuite#chat.completions.create', kind: 'llm', inputArgs: ['messages'], result: CHAT_COMPLETION_RESULT }],
  },
};
export default pack;
