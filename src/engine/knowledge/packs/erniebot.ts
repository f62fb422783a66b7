import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'erniebot',
  name: 'ERNIE Bot SDK (erniebot)',
  languages: ['python'],
  description: 'Baidu\'s `erniebot` SDK: `erniebot.ChatCompletion.create(model="ernie-3.5", messages=…)`, `Embedding.create`, `Image.create`, and their '
    + '`acreate` forms.',
  tables: {
    mlModules: ['erniebot'],
    inference: ['ChatCompletion', 'Embedding', 'Image', 'ChatFile'].flatMap(c => ['create', 'acreate'].map(m => llm(`erniebot.${c}.${m}`, ['messages', 'input', 'prompt']))),
  },
};
export default pack;
