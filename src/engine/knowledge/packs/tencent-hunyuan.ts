import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const METHODS = ['ChatCompletions', 'ChatStd', 'ChatPro', 'GetEmbedding', 'TextToImageLite', 'SubmitHunyuanImageJob', 'ImageQuestion', 'GroupChatCompletions'];

const pack: KnowledgePack = {
  id: 'tencent-hunyuan',
  name: 'Tencent Hunyuan (Tencent Cloud SDK)',
  languages: ['python', 'typescript'],
  description: 'Tencent\'s Hunyuan models through the Tencent Cloud SDKs: JS `tencentcloud.hunyuan.v20230901.Client` (`tencentcloud-sdk-nodejs`, '
    + '`tencentcloud-sdk-nodejs-hunyuan`), Python `tencentcloud.hunyuan.v20230901.hunyuan_client.HunyuanClient`: `ChatCompletions` (its `Model` key '
    + 'names the model), `ChatStd`, `ChatPro`, `GetEmbedding`, `TextToImageLite`, `SubmitHunyuanImageJob`.',
  tables: {
    mlModules: ['tencentcloud', 'tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-hunyuan'],
    producers: [
      ...['tencentcloud-sdk-nodejs**.hunyuan.*.Client', 'tencentcloud-sdk-nodejs-hunyuan**.hunyuan.*.Client', 'tencentcloud.hunyuan.*.hunyuan_client.HunyuanClient']
        .map(match => ({ match, type: 'client.hunyuan' })),
    ],
    inference: METHODS.map(m => llm(`client.hunyuan#${m}`, [0])),
  },
};
export default pack;
