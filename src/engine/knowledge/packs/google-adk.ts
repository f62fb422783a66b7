import type { KnowledgePack } from '../types';

/**
 * Google's Agent Development Kit: agents (`Agent(model="gemini-2.0-flash", …)`) are run by a runner, and each run sends the
 * user's message through the agent's model (and its tools and sub-agents). The runner's run is the prediction to record.
 */
const RUNNERS = ['Runner', 'InMemoryRunner'];

const pack: KnowledgePack = {
  id: 'google-adk',
  name: 'Google Agent Development Kit (ADK)',
  languages: ['python', 'typescript'],
  description: '`runner = InMemoryRunner(agent=…)` (or `Runner(agent=…, session_service=…)`); `runner.run_async(user_id=…, session_id=…, new_message=…)`, '
    + '`run` and `run_live` run the agent\'s model on the message (JS `@google/adk`: `runner.runAsync({ userId, sessionId, newMessage })`).',
  tables: {
    mlModules: ['google.adk', '@google/adk'],
    producers: RUNNERS.flatMap(r => [`google.adk.runners.${r}`, `google.adk.${r}`, `@google/adk.${r}`]).map(match => ({ match, type: 'client.adk-runner' })),
    inference: ['run_async', 'run', 'run_live', 'runAsync', 'runLive']
      .map(m => ({ match: `client.adk-runner#${m}`, inputArgs: ['new_message', 'newMessage', 0] })),
  },
};
export default pack;
