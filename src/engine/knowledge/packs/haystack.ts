import type { KnowledgePack } from '../types';

/**
 * Haystack 2: generators, chat generators, text embedders and rankers are components whose `run` calls a model; a
 * document embedder's `run` embeds documents for an index (ingestion). A pipeline's `run` is a prediction when the file
 * builds a generator for it; an indexing pipeline (embedder and writer) is not.
 */
const pack: KnowledgePack = {
  id: 'haystack',
  name: 'Haystack',
  languages: ['python'],
  description: 'Haystack 2 generators and chat generators (`OpenAIGenerator`, `OpenAIChatGenerator`, `HuggingFaceLocalGenerator`, …), agents, text embedders and rankers: `run`; '
    + 'a `Pipeline(…).run(data)` in a file that builds a generator. Document embedders index documents: not a prediction. A component that runs a hub model in the process '
    + '(`SentenceTransformersTextEmbedder`, `HuggingFaceLocalGenerator`, `TransformersSimilarityRanker`, FastEmbed, local Whisper) is a load where it is made.',
  tables: {
    mlModules: ['haystack', 'haystack_integrations'],
    producers: [
      // components that run a hub model in the process load it when made (it is read in at `warm_up()` or the pipeline's first run)
      ...['haystack', 'haystack_integrations'].flatMap(m => [
        { match: `${m}.components.embedders.**SentenceTransformersDocumentEmbedder`, type: 'client.haystack-indexer' },
        { match: `${m}.components.embedders.**SentenceTransformers*`, type: 'client.haystack-model' },
        { match: `${m}.components.embedders.fastembed.**DocumentEmbedder`, type: 'client.haystack-indexer' },
        { match: `${m}.components.embedders.fastembed.**`, type: 'client.haystack-model' },
        { match: `${m}.components.generators.**HuggingFaceLocal*`, type: 'client.haystack-generator' },
        { match: `${m}.components.rankers.**Transformers*`, type: 'client.haystack-model' },
        { match: `${m}.components.rankers.**SentenceTransformers*`, type: 'client.haystack-model' },
        { match: `${m}.components.audio.**LocalWhisperTranscriber`, type: 'client.haystack-model' },
      ].map(row => ({ ...row, load: { pin: 'hf' as const, modelArg: ['model', 'model_name_or_path'], defaultWeights: true } }))),
      ...['haystack', 'haystack_integrations'].flatMap(m => [
        { match: `${m}.components.generators.**`, type: 'client.haystack-generator' },
        { match: `${m}.components.embedders.**DocumentEmbedder`, type: 'client.haystack-indexer' },
        { match: `${m}.components.embedders.**`, type: 'client.haystack-model' },
        { match: `${m}.components.rankers.**`, type: 'client.haystack-model' },
      ]),
      { match: 'haystack.components.agents.Agent', type: 'client.haystack-generator' },
      { match: 'haystack.Pipeline', type: 'client.haystack-pipeline' },
      { match: 'haystack.AsyncPipeline', type: 'client.haystack-pipeline' },
    ],
    inference: [
      ...['client.haystack-generator', 'client.haystack-model'].flatMap(t => ['run', 'run_async'].map(m => ({ match: `${t}#${m}`, kind: 'llm' as const, inputArgs: ['prompt', 'messages', 'text', 'query', 'documents', 0] }))),
      ...['run', 'run_async'].map(m => ({ match: `client.haystack-pipeline#${m}`, kind: 'llm' as const, inputArgs: [0, 'data'], needsInFile: 'client.haystack-generator' })),
    ],
  },
};
export default pack;
