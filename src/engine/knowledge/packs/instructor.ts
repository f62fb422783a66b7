import type { KnowledgePack } from '../types';

/**
 * instructor patches a provider's client (`instructor.from_openai(OpenAI())`): the patched client is that client, with
 * `response_model=` on its usual calls; `instructor.from_provider("openai/gpt-4o")` builds one with its own `create` calls.
 */
const pack: KnowledgePack = {
  id: 'instructor',
  name: 'instructor',
  languages: ['python'],
  description: 'Clients patched by instructor (`from_openai`, `from_anthropic`, `from_gemini`, `from_litellm`, `patch`) keep their provider\'s rows; '
    + 'a client from `from_provider(…)` calls the model with `chat.completions.create`, `create`, `create_partial`, `create_iterable`, `create_with_completion`, `messages.create`.',
  tables: {
    mlModules: ['instructor'],
    producers: [
      ...['from_openai', 'from_anthropic', 'from_gemini', 'from_genai', 'from_mistral', 'from_cohere', 'from_groq', 'from_litellm', 'patch', 'apatch']
        .map(f => ({ match: `instructor.${f}`, passThrough: 'arg0' as const })),
      { match: 'instructor.from_provider', type: 'client.instructor' },
    ],
    inference: ['chat.completions.create', 'create', 'create_partial', 'create_iterable', 'create_with_completion', 'messages.create',
      'chat.completions.create_partial', 'chat.completions.create_iterable', 'chat.completions.create_with_completion']
      .map(m => ({ match: `client.instructor#${m}`, kind: 'llm' as const, inputArgs: ['messages', 0] })),
  },
};
export default pack;
