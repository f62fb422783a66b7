import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'reka',
  name: 'Reka',
  languages: ['python'],
  description: 'Reka\'s models through `reka` (`Reka(api_key=…)`, `AsyncReka`): `chat.create(messages=…, model="reka-core-20240501")`, `chat.create_stream`.',
  tables: {
    mlModules: ['reka'],
    producers: ['reka.client.Reka', 'reka.client.AsyncReka', 'reka.Reka'].map(match => ({ match, type: 'client.reka' })),
    inference: ['chat.create', 'chat.create_stream'].map(m => llm(`client.reka#${m}`)),
  },
};
export default pack;
