import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'gigachat',
  name: 'GigaChat (Sber)',
  languages: ['python'],
  description: 'Sber\'s GigaChat: Python `GigaChat(credentials=…, model=…)` (`gigachat`): `chat(…)`, '
    + '`achat`, `stream`, `astream`, `embeddings(texts)`; the LangChain integration (`langchain_gigachat`, `langchain_community.chat_models.GigaChat`) '
    + 'is a LangChain chat model.',
  tables: {
    mlModules: ['gigachat', 'langchain_gigachat'],
    producers: [
      ...['gigachat.GigaChat', 'gigachat.GigaChatAsyncClient', 'gigachat.GigaChatSyncClient'].map(match => ({ match, type: 'client.gigachat' })),
      ...['langchain_gigachat.GigaChat', 'langchain_gigachat.chat_models.GigaChat', 'langchain_gigachat.GigaChatEmbeddings'].map(match => ({ match, type: 'client.langchain' })),
    ],
    inference: ['chat', 'achat', 'stream', 'astream', 'embeddings', 'aembeddings'].map(m => llm(`client.gigachat#${m}`, [0, 'payload', 'messages', 'texts'])),
  },
};
export default pack;
