import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sentence-transformers',
  name: 'sentence-transformers',
  languages: ['python'],
  description: '`SentenceTransformer(id)` loads from the hub (pinned by a commit `revision`); `encode` is inference.',
  tables: {
    mlModules: ['sentence_transformers'],
    producers: [
      { match: 'sentence_transformers.SentenceTransformer', type: 'model.sentence', load: { pin: 'hf', modelArg: [0, 'model_name_or_path'] } },
    ],
    inference: [{ match: 'model.sentence#encode' }],
  },
};
export default pack;
