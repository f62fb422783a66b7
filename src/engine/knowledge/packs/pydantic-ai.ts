import type { KnowledgePack } from '../types';

/** PydanticAI agents name their model at construction (`Agent("openai:gpt-4o")`); every run calls it. */
const pack: KnowledgePack = {
  id: 'pydantic-ai',
  name: 'PydanticAI',
  languages: ['python'],
  description: 'PydanticAI agents (`Agent("openai:gpt-4o", …)`): `run`, `run_sync`, `run_stream`, `iter` call the model; so do the direct API\'s `model_request` functions.',
  tables: {
    mlModules: ['pydantic_ai'],
    producers: [{ match: 'pydantic_ai.Agent', type: 'client.pydantic-ai' }, { match: 'pydantic_ai.agent.Agent', type: 'client.pydantic-ai' }],
    inference: [
      ...['run', 'run_sync', 'run_stream', 'iter'].map(m => ({ match: `client.pydantic-ai#${m}`, kind: 'llm' as const, inputArgs: [0, 'user_prompt', 'message_history'] })),
      ...['model_request', 'model_request_sync', 'model_request_stream'].map(f => ({ match: `pydantic_ai.direct.${f}`, kind: 'llm' as const, modelArg: [0, 'model'], inputArgs: [1, 'messages'] })),
    ],
  },
};
export default pack;
