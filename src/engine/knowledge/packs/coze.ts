import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'coze',
  name: 'Coze (ByteDance bots)',
  languages: ['typescript', 'python'],
  description: 'Coze bots and workflows, whose model is set on the platform: JS `new CozeAPI({ token })` (`@coze/api`) and Python `Coze(auth=…)` '
    + '(`cozepy`): `chat.stream`, `chat.create`, `chat.createAndPoll`, `workflows.runs.create` / `stream`. Bot management (`bots.create`, `publish`, '
    + '`list`) runs no model. The REST routes (`api.coze.cn/v3/chat`, `/v1/workflow/run`) are in the HTTP pack.',
  tables: {
    mlModules: ['@coze/api', 'cozepy'],
    producers: ['@coze/api.CozeAPI', 'cozepy.Coze', 'cozepy.AsyncCoze'].map(match => ({ match, type: 'client.coze' })),
    inference: ['chat.stream', 'chat.create', 'chat.createAndPoll', 'chat.create_and_poll', 'workflows.runs.create', 'workflows.runs.stream']
      .map(m => llm(`client.coze#${m}`, ['additional_messages', 'parameters', 0])),
  },
};
export default pack;
