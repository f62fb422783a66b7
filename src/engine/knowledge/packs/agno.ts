import type { KnowledgePack } from '../types';

/** Agno (formerly phidata) agents and teams hold their model (`model=OpenAIChat(id="gpt-4o")`); running one calls it. */
const AGENTS = ['agno.agent.Agent', 'agno.agent.agent.Agent', 'agno.team.Team', 'agno.team.team.Team', 'phi.agent.Agent', 'phi.assistant.Assistant'];

const pack: KnowledgePack = {
  id: 'agno',
  name: 'Agno (phidata)',
  languages: ['python'],
  description: 'Agno and phidata agents and teams: `run`, `arun`, `print_response`, `aprint_response` (and phidata\'s `chat`) call the agent\'s model.',
  tables: {
    mlModules: ['agno', 'phi'],
    producers: AGENTS.map(match => ({ match, type: 'client.agno' })),
    inference: ['run', 'arun', 'print_response', 'aprint_response', 'chat', 'cli_app']
      .map(m => ({ match: `client.agno#${m}`, kind: 'llm' as const, inputArgs: [0, 'message', 'messages'] })),
  },
};
export default pack;
