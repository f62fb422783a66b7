import type { KnowledgePack } from '../types';
import { OPTION_INPUTS, llm } from './helpers';

/** Cohere names its inputs `message` (chat v1), `query` and `documents` (rerank) besides the usual ones. */
const COHERE_INPUTS = [...OPTION_INPUTS, 'message', 'query', 'documents'];   // (`inputs` of classify is in OPTION_INPUTS)

const pack: KnowledgePack = {
  id: 'cohere',
  name: 'Cohere',
  languages: ['python', 'typescript'],
  description: 'Cohere clients in Python (`Client`, `ClientV2`, async) and JS (`CohereClient`, `CohereClientV2`): `chat`, `chat_stream`/`chatStream`, `generate`, `embed`, `rerank`.',
  tables: {
    mlModules: ['cohere', 'cohere-ai'],
    producers: [
      ...['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2'].map(c => ({ match: `cohere.${c}`, type: 'client.cohere' })),
      { match: 'cohere-ai.CohereClient*', type: 'client.cohere' },
      // the v5 JS SDK's default export is a ready client (`cohere.init(key); cohere.generate(…)`)…
      { match: 'cohere-ai', on: 'value', type: 'client.cohere' },
      // …so `new cohere.CohereClient()` after `import * as cohere` reads as a member of it
      { match: 'client.cohere#CohereClient*', type: 'client.cohere' },
    ],
    // (classify and summarize: the older endpoints, still in the SDKs)
    inference: ['chat', 'chatStream', 'chat_stream', 'embed', 'rerank', 'generate', 'classify', 'summarize'].map(m => llm(`client.cohere#${m}`, COHERE_INPUTS)),
  },
};
export default pack;
