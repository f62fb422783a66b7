import type { KnowledgePack } from '../types';

/** Haystack 2: generators and embedders are components whose `run` calls a model; a pipeline's `run` runs its components. */
const pack: KnowledgePack = {
  id: 'haystack',
  name: 'Haystack',
  languages: ['python'],
  description: 'Haystack 2 generators, chat generators and embedders (`OpenAIGenerator`, `OpenAIChatGenerator`, `HuggingFaceLocalGenerator`, '
    + '`SentenceTransformersTextEmbedder`, …): `run`; a `Pipeline(…).run(data)` runs them; an `Agent` runs its chat generator.',
  tables: {
    mlModules: ['haystack', 'haystack_integrations'],
    producers: [
      { match: 'haystack.components.generators.**', type: 'client.haystack-model' },
      { match: 'haystack.components.embedders.**', type: 'client.haystack-model' },
      { match: 'haystack_integrations.components.generators.**', type: 'client.haystack-model' },
      { match: 'haystack_integrations.components.embedders.**', type: 'client.haystack-model' },
      { match: 'haystack.components.agents.Agent', type: 'client.haystack-model' },
      { match: 'haystack.Pipeline', type: 'client.haystack-pipeline' },
      { match: 'haystack.AsyncPipeline', type: 'client.haystack-pipeline' },
    ],
    inference: [
      { match: 'client.haystack-model#run', kind: 'llm', inputArgs: ['prompt', 'messages', 'text', 'documents', 0] },
      { match: 'client.haystack-model#run_async', kind: 'llm', inputArgs: ['prompt', 'messages', 'text', 'documents', 0] },
      { match: 'client.haystack-pipeline#run', kind: 'llm', inputArgs: [0, 'data'] },
      { match: 'client.haystack-pipeline#run_async', kind: 'llm', inputArgs: [0, 'data'] },
    ],
  },
};
export default pack;
