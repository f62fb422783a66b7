import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'openai-agents',
  name: 'OpenAI Agents SDK',
  languages: ['python'],
  description: 'The OpenAI Agents SDK (`agents`): `Runner.run`, `Runner.run_sync` and `Runner.run_streamed` run an agent (its model is the `Agent(model=…)`).',
  tables: {
    mlModules: ['agents'],
    inference: ['run', 'run_sync', 'run_streamed'].map(m => ({ match: `agents.Runner.${m}`, kind: 'llm' as const, inputArgs: [1, 'input'] })),
  },
};
export default pack;
