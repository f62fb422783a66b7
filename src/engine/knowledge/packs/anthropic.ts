import type { KnowledgePack, ResultTemplate } from '../types';
import { LLM_INPUTS } from './helpers';

/** A Message: its content blocks (bounded by `max_tokens`), why it stopped, its id and the model that served it. */
const MESSAGE_RESULT: ResultTemplate = {
  python: { prediction: '$.content', stop_reason: '$.stop_reason', response_id: '$.id', model_version: '$.model' },
  typescript: { prediction: '$.content', stop_reason: '$.stop_reason', response_id: '$.id', model_version: '$.model' },
};

const pack: KnowledgePack = {
  id: 'anthropic',
  name: 'Anthropic',
  languages: ['python', 'typescript'],
  description: 'Anthropic clients in Python and JS (also on Bedrock and Vertex): `messages.create`, `messages.stream`, `messages.parse` (and their `beta.` forms), the legacy `completions.create`; the `model` argument\'s pinning is checked.',
  tables: {
    // dated snapshots of the aliases, newest first (MLO003's fix offers them)
    modelSnapshots: {
      'claude-3-5-sonnet-latest': ['claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-20240620'], 'claude-3-5-haiku-latest': ['claude-3-5-haiku-20241022'],
      'claude-3-7-sonnet-latest': ['claude-3-7-sonnet-20250219'], 'claude-3-opus-latest': ['claude-3-opus-20240229'],
      'claude-sonnet-4-0': ['claude-sonnet-4-20250514'], 'claude-opus-4-0': ['claude-opus-4-20250514'],
    },
    mlModules: ['anthropic', '@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
    producers: [
      { match: 'anthropic.Anthropic', type: 'client.anthropic' },
      { match: 'anthropic.AsyncAnthropic', type: 'client.anthropic' },
      { match: 'anthropic.AnthropicBedrock', type: 'client.anthropic' },
      // the SDK's older names: `anthropic.Client(api_key)` (0.2/0.3), `AsyncClient`
      { match: 'anthropic.Client', type: 'client.anthropic' }, { match: 'anthropic.AsyncClient', type: 'client.anthropic' },
      { match: '@anthropic-ai/sdk', type: 'client.anthropic' }, { match: '@anthropic-ai/sdk.Anthropic', type: 'client.anthropic' },
      { match: '@anthropic-ai/bedrock-sdk.AnthropicBedrock', type: 'client.anthropic' }, { match: '@anthropic-ai/vertex-sdk.AnthropicVertex', type: 'client.anthropic' },
    ],
    inference: [
      { match: 'client.anthropic#messages.create', kind: 'llm', inputArgs: LLM_INPUTS, result: MESSAGE_RESULT },
      { match: 'client.anthropic#messages.stream', kind: 'llm', inputArgs: LLM_INPUTS },
      ...['messages.parse', 'beta.messages.create', 'beta.messages.stream', 'beta.messages.parse', 'beta.messages.toolRunner', 'beta.messages.tool_runner'].map(m => ({ match: `client.anthropic#${m}`, kind: 'llm' as const, inputArgs: LLM_INPUTS })),
      // the legacy Text Completions API (`completions.create(prompt=…, model="claude-v1")`) and 0.2's `client.completion(…)`
      ...['completions.create', 'completion', 'acompletion', 'completion_stream'].map(m => ({ match: `client.anthropic#${m}`, kind: 'llm' as const, inputArgs: ['prompt'] })),
      // the API shape on a client built in another module; `messages` tells it from Twilio's `client.messages.create({ body, to })`
      ...['messages.create', 'messages.stream', 'messages.parse', 'beta.messages.create'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: ['messages'], needsInput: true as const })),
    ],
  },
};
export default pack;
