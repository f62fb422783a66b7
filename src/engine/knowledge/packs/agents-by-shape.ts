import type { KnowledgePack } from '../types';

/** What runs an agent: its own methods (`agent.run(task)`, `agent.invoke({ messages })`, `crew.kickoff()`). */
const RUNNERS = ['run', 'arun', 'run_sync', 'run_stream', 'invoke', 'ainvoke', 'stream', 'astream', 'generate', 'chat', 'achat', 'respond', 'ask', 'query',
  'execute', 'kickoff', 'kickoff_async', 'print_response', 'aprint_response', 'step', 'call', 'send', 'prompt', 'complete'];

const pack: KnowledgePack = {
  id: 'agents-by-shape',
  name: 'Agent frameworks (by shape)',
  languages: ['python', 'typescript'],
  description: 'Agents of frameworks no pack knows: an object made by a class of such a package from a model and instructions '
    + '(`new Agent({ model: openai("gpt-4o"), instructions })`, `Agent(model=…, system_prompt=…)`, `Assistant(llm=…, tools=[…])`) is an '
    + 'agent, and its runners (`run`, `invoke`, `stream`, `generate`, `chat`, `kickoff`…) call its model; so does a function of the '
    + 'package named for running that is handed the agent (`run(agent, input)`). Heuristic points (src/engine/unknownLibraries.ts).',
  tables: {
    inference: RUNNERS.map(m => ({ match: `agent.unheard-of#${m}`, kind: 'llm' as const, inputArgs: [0, 'input', 'messages', 'prompt', 'task', 'message'] })),
  },
};
export default pack;
