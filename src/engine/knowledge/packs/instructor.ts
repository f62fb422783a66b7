import type { KnowledgePack } from '../types';

/**
 * instructor patches a provider's client (`instructor.from_openai(OpenAI())`): the patched client is that client, with
 * `response_model=` on its usual calls; `instructor.from_provider("openai/gpt-4o")` builds one with its own `create` calls.
 */
const pack: KnowledgePack = {
  id: 'instructor',
  name: 'instructor',
  languages: ['python'],
  description: 'A client patched in place (`patch`, `apatch`) keeps its provider\'s rows; a client from any `from_*` (`from_openai`, `from_genai`, '
    + '`from_litellm(completion)`, `from_vertexai`, `from_fireworks`, `from_provider(…)`, …) calls the model with `chat.completions.create`, `create`, `create_partial`, `create_iterable`, `create_with_completion`, `messages.create`.',
  tables: {
    mlModules: ['instructor'],
    producers: [
      // `patch(client)` patches the provider's client in place: it keeps its own rows
      ...['patch', 'apatch'].map(f => ({ match: `instructor.${f}`, passThrough: 'arg0' as const })),
      // every `from_*` (`from_openai`, `from_genai`, `from_litellm(completion)`, `from_vertexai`, `from_fireworks`, …) and
      // `from_provider("openai/gpt-4o")` return instructor's own client, whose calls are the same for every provider
      { match: 'instructor.from_*', type: 'client.instructor' },
    ],
    inference: ['chat.completions.create', 'create', 'create_partial', 'create_iterable', 'create_with_completion', 'messages.create',
      'chat.completions.create_partial', 'chat.completions.create_iterable', 'chat.completions.create_with_completion', 'generate_content']
      .map(m => ({ match: `client.instructor#${m}`, kind: 'llm' as const, inputArgs: ['messages', 0] })),
  },
};
export default pack;
