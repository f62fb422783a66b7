import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sentence-transformers',
  name: 'sentence-transformers',
  languages: ['python'],
  description: '`SentenceTransformer(id)`, `CrossEncoder(id)` and `SparseEncoder(id)` load from the hub (pinned by a commit `revision`); `encode`, `encode_query`/`encode_document`, a cross-encoder\'s `predict`/`rank` are inference.',
  tables: {
    mlModules: ['sentence_transformers'],
    producers: [
      { match: 'sentence_transformers.SentenceTransformer', type: 'model.sentence', load: { pin: 'hf', modelArg: [0, 'model_name_or_path'] } },
      { match: 'sentence_transformers.SparseEncoder', type: 'model.sentence', load: { pin: 'hf', modelArg: [0, 'model_name_or_path'] } },
      { match: 'sentence_transformers.cross_encoder.CrossEncoder', type: 'model.crossencoder', load: { pin: 'hf', modelArg: [0, 'model_name', 'model_name_or_path'] } },
      { match: 'sentence_transformers.CrossEncoder', type: 'model.crossencoder', load: { pin: 'hf', modelArg: [0, 'model_name', 'model_name_or_path'] } },
    ],
    inference: [
      ...['encode', 'encode_query', 'encode_document', 'encode_multi_process'].map(m => ({ match: `model.sentence#${m}` })),
      ...['predict', 'rank'].map(m => ({ match: `model.crossencoder#${m}` })),
    ],
  },
};
export default pack;
