import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'crewai',
  name: 'CrewAI',
  languages: ['python'],
  description: 'CrewAI crews run their agents\' LLMs: `Crew(agents=…, tasks=…)` (or the `crew()` of a `@CrewBase` class) `kickoff(inputs=…)`, '
    + '`kickoff_async`, `kickoff_for_each`; an agent alone runs on `kickoff` too. The models are set on the agents (`llm=`), often in YAML.',
  tables: {
    mlModules: ['crewai'],
    producers: [
      { match: 'crewai.Crew', type: 'client.crewai' },
      { match: 'crewai.Agent', type: 'client.crewai' },
    ],
    inference: ['kickoff', 'kickoff_async', 'kickoff_for_each', 'kickoff_for_each_async', 'akickoff']
      .map(m => ({ match: `client.crewai#${m}`, kind: 'llm' as const, inputArgs: ['inputs', 0, 'messages'] })),
  },
};
export default pack;
