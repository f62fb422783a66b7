import type { KnowledgePack } from '../types';

const AGENTS = ['ConversableAgent', 'AssistantAgent', 'UserProxyAgent', 'GroupChatManager'];

const pack: KnowledgePack = {
  id: 'autogen',
  name: 'AutoGen',
  languages: ['python'],
  description: 'AutoGen agents (`autogen`/`pyautogen` 0.2, `autogen_agentchat`): `initiate_chat`, `generate_reply` (on the core agents and the contributed ones, `MathUserProxyAgent`, `RetrieveUserProxyAgent`) and the new `run`/`run_stream` start LLM conversations.',
  tables: {
    mlModules: ['autogen', 'autogen_agentchat'],
    producers: [
      ...AGENTS.flatMap(a => [`autogen.${a}`, `autogen.agentchat.${a}`]).map(match => ({ match, type: 'agent.autogen' })),
      { match: 'autogen_agentchat.agents.*', type: 'agent.autogen' }, { match: 'autogen_agentchat.teams.*', type: 'agent.autogen' },
      // the contributed agents (`autogen.agentchat.contrib.math_user_proxy_agent.MathUserProxyAgent`, `RetrieveAssistantAgent`)
      { match: 'autogen.agentchat.contrib.**.*Agent', type: 'agent.autogen' },
    ],
    inference: ['initiate_chat', 'a_initiate_chat', 'initiate_chats', 'a_initiate_chats', 'generate_reply', 'a_generate_reply', 'run', 'run_stream', 'on_messages']
      .map(m => ({ match: `agent.autogen#${m}`, kind: 'llm' as const, inputArgs: ['message', 'messages', 'task', 0] })),
  },
};
export default pack;
