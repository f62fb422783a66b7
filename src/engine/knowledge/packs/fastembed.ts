import type { KnowledgePack } from '../types';

/** FastEmbed runs ONNX embedding models it downloads from the Hugging Face hub by name (no revision: the hub decides). */
const CLASSES = ['TextEmbedding', 'SparseTextEmbedding', 'LateInteractionTextEmbedding', 'ImageEmbedding', 'LateInteractionMultimodalEmbedding',
  'rerank.cross_encoder.TextCrossEncoder'];

const pack: KnowledgePack = {
  id: 'fastembed',
  name: 'FastEmbed',
  languages: ['python'],
  description: 'FastEmbed models (`TextEmbedding(model_name=…)`, sparse, late-interaction, image embeddings, `TextCrossEncoder`): building one loads it '
    + '(the library\'s default model without a name); `embed`, `query_embed`, `passage_embed`, `rerank` are inference.',
  tables: {
    mlModules: ['fastembed'],
    // (also from their modules: `from fastembed.text import TextEmbedding`)
    producers: CLASSES.flatMap(c => [`fastembed.${c}`, `fastembed.**.${c.split('.').pop()}`])
      .map(match => ({ match, type: 'model.fastembed', load: { pin: 'hf' as const, modelArg: ['model_name', 0], defaultWeights: true } })),
    inference: ['embed', 'query_embed', 'passage_embed', 'rerank', 'rerank_pairs'].map(m => ({ match: `model.fastembed#${m}`, inputArgs: [0, 'documents', 'query'] })),
  },
};
export default pack;
