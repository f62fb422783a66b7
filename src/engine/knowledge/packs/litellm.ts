import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'litellm',
  name: 'LiteLLM',
  languages: ['python'],
  description: 'LiteLLM\'s provider-agnostic `completion`, `acompletion` and `embedding`; the `model` argument\'s pinning is checked.',
  tables: {
    mlModules: ['litellm'],
    inference: [
      { match: 'litellm.completion', kind: 'llm', inputArgs: ['messages', 'prompt', 'input'] },
      { match: 'litellm.acompletion', kind: 'llm', inputArgs: ['messages', 'prompt', 'input'] },
      { match: 'litellm.embedding', kind: 'llm', inputArgs: ['input'] },
    ],
  },
};
export default pack;
