import type { KnowledgePack } from '../types';
import { llm } from './helpers';

/** The resources of Baidu Qianfan's SDKs (Python `qianfan`, JS `@baiducloud/qianfan`): each a hosted model family. */
const RESOURCES = ['ChatCompletion', 'Completion', 'Completions', 'Embedding', 'Text2Image', 'Image2Text', 'Reranker', 'Plugin'];

const pack: KnowledgePack = {
  id: 'qianfan',
  name: 'Baidu Qianfan (ERNIE)',
  languages: ['python', 'typescript'],
  description: 'ERNIE and the other models of Baidu Qianfan: Python `qianfan.ChatCompletion().do(model="ERNIE-Bot-turbo", messages=…)` (also `Completion`, '
    + '`Embedding`, `Text2Image`, `Image2Text`, and their `ado` forms); JS `new ChatCompletion({…}).chat(body, model)`, `Completions#completions`, '
    + '`Embedding#embedding`, `Text2Image#text2Image`. The raw REST routes (`…/wenxinworkshop/chat/…`) are in the HTTP pack.',
  tables: {
    mlModules: ['qianfan', '@baiducloud/qianfan'],
    producers: [
      ...RESOURCES.flatMap(r => [`qianfan.${r}`, `qianfan.resources.${r}`, `@baiducloud/qianfan.${r}`]).map(match => ({ match, type: 'client.qianfan' })),
    ],
    inference: ['do', 'ado', 'batch_do', 'chat', 'completions', 'embedding', 'text2Image', 'image2Text', 'reranker']
      .map(m => llm(`client.qianfan#${m}`, ['messages', 'prompt', 'texts', 'query', 0])),
  },
};
export default pack;
