import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'voyage',
  name: 'Voyage AI',
  languages: ['python', 'typescript'],
  description: 'Voyage AI embeddings and rerankers: Python `voyageai.Client()`/`AsyncClient()` `embed`, `multimodal_embed`, `rerank`; JS `new VoyageAIClient().embed/rerank`. The model is `model`.',
  tables: {
    mlModules: ['voyageai'],
    producers: [
      { match: 'voyageai.Client', type: 'client.voyage' }, { match: 'voyageai.AsyncClient', type: 'client.voyage' },
      { match: 'voyageai.VoyageAIClient', type: 'client.voyage' },
    ],
    inference: ['embed', 'multimodal_embed', 'contextualized_embed', 'rerank']
      .map(m => ({ match: `client.voyage#${m}`, kind: 'llm' as const, inputArgs: [0, 'texts', 'inputs', 'input', 'query', 'documents'] })),
  },
};
export default pack;
