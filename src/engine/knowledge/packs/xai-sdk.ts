import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'xai-sdk',
  name: 'xAI SDK (Grok)',
  languages: ['python'],
  description: 'xAI\'s own Python SDK: `Client(api_key=…).chat.create(model="grok-3")` makes a local conversation (no request yet), `chat.append(…)` '
    + 'adds messages, and `chat.sample()` / `chat.stream()` / `chat.parse(schema)` ask the model; `client.image.sample(…)` generates an image.',
  tables: {
    mlModules: ['xai_sdk'],
    producers: [
      ...['xai_sdk.Client', 'xai_sdk.AsyncClient'].map(match => ({ match, type: 'client.xai' })),
      { match: 'client.xai#chat.create', type: 'client.xai-chat' },
      { match: 'client.xai-chat#append', passThrough: 'receiver' },
    ],
    inference: [...['sample', 'stream', 'parse', 'sample_batch'].map(m => llm(`client.xai-chat#${m}`, [0])), llm('client.xai#image.sample', ['prompt', 0])],
  },
};
export default pack;
