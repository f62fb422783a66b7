import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'aleph-alpha',
  name: 'Aleph Alpha',
  languages: ['python'],
  description: 'Aleph Alpha\'s Luminous/Pharia models through `aleph_alpha_client`: `Client(token).complete(CompletionRequest(…), model="luminous-base")`, '
    + '`semantic_embed`, `embed`, `evaluate`, `explain`, `qa`, `summarize` (and the `AsyncClient` forms). `tokenize` runs no model.',
  tables: {
    mlModules: ['aleph_alpha_client'],
    producers: ['Client', 'AsyncClient'].map(c => ({ match: `aleph_alpha_client.${c}`, type: 'client.aleph-alpha' })),
    inference: ['complete', 'complete_with_streaming', 'semantic_embed', 'batch_semantic_embed', 'embed', 'evaluate', 'explain', 'qa', 'summarize', 'chat']
      .map(m => llm(`client.aleph-alpha#${m}`, [0, 'request'])),
  },
};
export default pack;
