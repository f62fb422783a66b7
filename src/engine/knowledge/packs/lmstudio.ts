import type { KnowledgePack } from '../types';

/**
 * LM Studio's SDKs (`@lmstudio/sdk`, Python `lmstudio`): the client loads a local model by its catalogue name
 * (`client.llm.load(name)`, `client.llm.model(name)`, Python `lms.llm(name)`), and the handle answers (`respond`, `complete`, `embed`).
 */
const pack: KnowledgePack = {
  id: 'lmstudio',
  name: 'LM Studio SDK',
  languages: ['typescript', 'python'],
  description: 'JS: `new LMStudioClient()`; `await client.llm.load(name)` / `client.llm.model(name)` (or `client.embedding.model(name)`) loads a '
    + 'local model named in LM Studio\'s catalogue (a name without a revision: mutable), `model.respond(chat)`, `complete(prompt)`, `act(…)` and '
    + '`embed(text)` run it. Python: `lmstudio.llm(name)` / `lms.Client().llm.model(name)`, then `respond`, `complete`, `embed`.',
  tables: {
    mlModules: ['@lmstudio/sdk', 'lmstudio'],
    producers: [
      { match: '@lmstudio/sdk.LMStudioClient', type: 'client.lmstudio' },
      { match: 'lmstudio.Client', type: 'client.lmstudio' },
      { match: 'lmstudio.AsyncClient', type: 'client.lmstudio' },
      ...['llm', 'embedding'].flatMap(kind => ['load', 'model', 'get'].map(m => ({ match: `client.lmstudio#${kind}.${m}`, type: 'model.lmstudio', load: { pin: 'name' as const, modelArg: [0] } }))),
      ...['llm', 'embedding_model'].map(f => ({ match: `lmstudio.${f}`, type: 'model.lmstudio', load: { pin: 'name' as const, modelArg: [0] } })),
    ],
    inference: ['respond', 'complete', 'act', 'embed', 'respond_stream', 'complete_stream'].map(m => ({ match: `model.lmstudio#${m}`, inputArgs: [0] })),
  },
};
export default pack;
