import type { KnowledgePack } from '../types';

const AGENT_METHODS = ['generate', 'stream', 'generateVNext', 'streamVNext', 'generateLegacy', 'streamLegacy'];

const pack: KnowledgePack = {
  id: 'mastra',
  name: 'Mastra agents',
  languages: ['typescript'],
  description: 'Mastra agents: `new Agent({ model: openai("gpt-4o"), … })` from `@mastra/core/agent`, or `mastra.getAgent("name")` from the '
    + 'registry (also on the `mastra` a tool or workflow step is given); `agent.generate(…)` and `agent.stream(…)` run its model.',
  tables: {
    mlModules: ['@mastra/core'],
    producers: [
      ...['@mastra/core/agent.Agent', '@mastra/core.Agent'].map(match => ({ match, type: 'client.mastra-agent' })),
      ...['@mastra/core.Mastra', '@mastra/core/mastra.Mastra'].map(match => ({ match, type: 'client.mastra' })),
      { match: 'client.mastra#getAgent', type: 'client.mastra-agent' },
    ],
    inference: [
      ...AGENT_METHODS.map(m => ({ match: `client.mastra-agent#${m}`, kind: 'llm' as const, inputArgs: [0] })),
      // the registry handed to a tool's `execute({ mastra })`: `mastra.getAgent("x").stream(…)`, directly or through a variable
      ...AGENT_METHODS.map(m => ({ match: `?#getAgent().${m}`, kind: 'llm' as const, inputArgs: [0], languages: ['typescript' as const, 'javascript' as const] })),
    ],
  },
};
export default pack;
