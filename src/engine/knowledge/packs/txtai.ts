import type { KnowledgePack } from '../types';

/**
 * txtai: `Embeddings(config)` makes an embeddings database with its vector model (config `path`); `load(dir)` loads a saved
 * index; `search(query)` embeds the query and searches. A search that is plain SQL over the content store (`SELECT …` without
 * `similar(…)`) runs no model. Its pipelines (`LLM`, `Summary`, `Translation`, `Labels`, …) are models called on their input.
 */
const PIPELINES = ['LLM', 'RAG', 'Extractor', 'Summary', 'Translation', 'Labels', 'Similarity', 'Questions', 'Transcription', 'TextToSpeech',
  'Caption', 'Objects', 'Entity', 'Sequences', 'Generator', 'Reranker'];

// SQL over the content store only: no `similar(…)` clause, so no query is embedded
const PLAIN_SQL = '^\\s*select\\b(?![\\s\\S]*\\bsimilar\\s*\\()';

const pack: KnowledgePack = {
  id: 'txtai',
  name: 'txtai',
  languages: ['python'],
  description: '`Embeddings(config)` (or `Embeddings(path=…)`) loads its vector model (a hub id: mutable; from a setting: unknown), `embeddings.load(dir)` '
    + 'a saved index; `search`, `batchsearch`, `similarity` and `transform` embed their input (plain SQL searches without `similar()` do not); '
    + 'indexing is ingestion. Pipelines (`LLM(path)`, `Summary()`, `Labels()`, …) are called on their input.',
  tables: {
    mlModules: ['txtai'],
    producers: [
      ...['txtai.Embeddings', 'txtai.embeddings.Embeddings'].map(match => ({ match, type: 'model.txtai-embeddings', load: { pin: 'hf' as const, defaultWeights: true, modelArg: ['path', 0] } })),
      { match: 'model.txtai-embeddings#load', type: 'model.txtai-embeddings', load: { pin: 'local' as const, modelArg: [0, 'path'] } },
      ...PIPELINES.flatMap(p => [`txtai.${p}`, `txtai.pipeline.${p}`, `txtai.pipeline.**.${p}`].map(match => ({ match, type: 'model.txtai-pipeline', load: { pin: 'hf' as const, defaultWeights: true, modelArg: ['path', 0] } }))),
    ],
    inference: [
      ...['search', 'batchsearch', 'similarity', 'batchsimilarity', 'transform', 'batchtransform'].map(m => ({ match: `model.txtai-embeddings#${m}`, inputArgs: [0, 'query', 'queries'], arg0Unless: PLAIN_SQL })),
      { match: 'model.txtai-pipeline#', inputArgs: [0] },
    ],
  },
};
export default pack;
