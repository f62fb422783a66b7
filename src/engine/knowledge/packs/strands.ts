import type { KnowledgePack } from '../types';

/** Strands Agents (AWS): an agent holds its model (Bedrock by default); calling the agent runs it. */
const pack: KnowledgePack = {
  id: 'strands',
  name: 'Strands Agents',
  languages: ['python'],
  description: '`agent = Agent(model=…, tools=[…])` of `strands`: calling `agent(prompt)`, `invoke_async`, `stream_async`, `structured_output` (and its async form) runs the agent\'s model.',
  tables: {
    mlModules: ['strands', 'strands_tools'],
    producers: [{ match: 'strands.Agent', type: 'client.strands' }, { match: 'strands.agent.Agent', type: 'client.strands' }],
    inference: [
      { match: 'client.strands#', kind: 'llm', inputArgs: [0, 'prompt'] },
      ...['invoke_async', 'stream_async', 'structured_output', 'structured_output_async'].map(m => ({ match: `client.strands#${m}`, kind: 'llm' as const, inputArgs: [0, 'prompt', 1] })),
    ],
  },
};
export default pack;
