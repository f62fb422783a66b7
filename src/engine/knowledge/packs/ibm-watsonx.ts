import type { KnowledgePack } from '../types';

/** The two SDKs' foundation-model classes: `ibm_watsonx_ai` and its predecessor `ibm_watson_machine_learning`. */
const SDKS = ['ibm_watsonx_ai', 'ibm_watson_machine_learning'];

const pack: KnowledgePack = {
  id: 'ibm-watsonx',
  name: 'IBM watsonx.ai',
  languages: ['python'],
  description: 'IBM watsonx.ai foundation models from Python (`ibm_watsonx_ai`, and the older `ibm_watson_machine_learning`): '
    + '`ModelInference(…)`/`Model(…)` `generate`, `generate_text`, `generate_text_stream`, `chat`, `chat_stream`; `Embeddings(…)` '
    + '`embed_query`, `embed_documents`. The model is `model_id` at construction.',
  tables: {
    mlModules: SDKS,
    producers: SDKS.flatMap(sdk => [
      ...['ModelInference', 'Model'].map(c => ({ match: `${sdk}.foundation_models.${c}`, type: 'client.watsonx' })),
      { match: `${sdk}.foundation_models.Embeddings`, type: 'client.watsonx-embeddings' },
    ]),
    inference: [
      ...['generate', 'generate_text', 'generate_text_stream', 'chat', 'chat_stream', 'agenerate', 'achat']
        .map(m => ({ match: `client.watsonx#${m}`, kind: 'llm' as const, inputArgs: ['prompt', 'messages', 0] })),
      ...['embed_query', 'embed_documents'].map(m => ({ match: `client.watsonx-embeddings#${m}`, kind: 'llm' as const, inputArgs: ['text', 'texts', 0] })),
    ],
  },
};
export default pack;
