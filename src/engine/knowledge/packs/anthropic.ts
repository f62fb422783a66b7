import type { KnowledgePack } from '../types';
import { LLM_INPUTS } from './helpers';

const pack: KnowledgePack = {
  id: 'anthropic',
  name: 'Anthropic',
  languages: ['python', 'typescript'],
  description: 'Anthropic clients in Python and JS (also on Bedrock and Vertex): `messages.create` and `messages.stream`; the `model` argument\'s pinning is checked.',
  tables: {
    mlModules: ['anthropic', '@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
    producers: [
      { match: 'anthropic.Anthropic', type: 'client.anthropic' },
      { match: 'anthropic.AsyncAnthropic', type: 'client.anthropic' },
      { match: 'anthropic.AnthropicBedrock', type: 'client.anthropic' },
      { match: '@anthropic-ai/sdk', type: 'client.anthropic' }, { match: '@anthropic-ai/sdk.Anthropic', type: 'client.anthropic' },
      { match: '@anthropic-ai/bedrock-sdk.AnthropicBedrock', type: 'client.anthropic' }, { match: '@anthropic-ai/vertex-sdk.AnthropicVertex', type: 'client.anthropic' },
    ],
    inference: [
      { match: 'client.anthropic#messages.create', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.anthropic#messages.stream', kind: 'llm', inputArgs: LLM_INPUTS },
      // the API shape on a client built in another module; `messages` tells it from Twilio's `client.messages.create({ body, to })`
      ...['messages.create', 'messages.stream', 'beta.messages.create'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: ['messages'], needsInput: true as const })),
    ],
  },
};
export default pack;
