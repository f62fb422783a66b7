import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'openai-agents',
  name: 'OpenAI Agents SDK',
  languages: ['python', 'typescript'],
  description: 'The OpenAI Agents SDK: Python (`agents`) `Runner.run`, `Runner.run_sync` and `Runner.run_streamed` run an agent (its model is the `Agent(model=…)`); '
    + 'JS (`@openai/agents`) `run(agent, input)` and `new Runner().run(agent, input)`.',
  tables: {
    mlModules: ['agents', '@openai/agents'],
    producers: [{ match: '@openai/agents.Runner', type: 'client.openai-agents-runner' }],
    inference: [
      ...['run', 'run_sync', 'run_streamed'].map(m => ({ match: `agents.Runner.${m}`, kind: 'llm' as const, inputArgs: [1, 'input'] })),
      { match: '@openai/agents.run', kind: 'llm' as const, inputArgs: [1] },
      { match: 'client.openai-agents-runner#run', kind: 'llm' as const, inputArgs: [1] },
    ],
  },
};
export default pack;
