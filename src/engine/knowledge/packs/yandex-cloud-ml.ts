import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'yandex-cloud-ml',
  name: 'Yandex Cloud ML SDK (YandexGPT)',
  languages: ['python'],
  description: 'YandexGPT and the other Foundation Models through `yandex_cloud_ml_sdk`: `sdk = YCloudML(folder_id=…, auth=…)`, '
    + '`sdk.models.completions("yandexgpt")` (also `text_embeddings`, `text_classifiers`, `image_generation`) names a hosted model, '
    + '`configure(…)` keeps it, and `run(messages)` / `run_deferred` / `run_stream` ask it; assistants made with '
    + '`sdk.assistants.create(model)` answer on `assistant.run(thread)`.',
  tables: {
    mlModules: ['yandex_cloud_ml_sdk'],
    producers: [
      ...['YCloudML', 'AsyncYCloudML'].map(c => ({ match: `yandex_cloud_ml_sdk.${c}`, type: 'client.yandex-ml' })),
      ...['completions', 'text_embeddings', 'text_classifiers', 'image_generation'].map(m => ({ match: `client.yandex-ml#models.${m}`, type: 'model.yandex-ml' })),
      { match: 'client.yandex-ml#assistants.create', type: 'model.yandex-ml' },
      ...['configure', 'langchain'].map(m => ({ match: `model.yandex-ml#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: ['run', 'run_deferred', 'run_stream', 'run_async'].map(m => llm(`model.yandex-ml#${m}`, [0, 'messages', 'thread'])),
  },
};
export default pack;
