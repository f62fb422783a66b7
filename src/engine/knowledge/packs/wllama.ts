import type { KnowledgePack } from '../types';

/** wllama: llama.cpp compiled to WebAssembly, in the browser. The instance is built empty and a GGUF model is loaded into it. */
const pack: KnowledgePack = {
  id: 'wllama',
  name: 'wllama (llama.cpp in WebAssembly)',
  languages: ['typescript'],
  description: '`const wllama = new Wllama(wasmPaths)`; `loadModelFromHF({ repo, file })` (a hub repository without a revision: mutable), `loadModelFromUrl(url)` '
    + 'and `loadModel(blobs)` load a GGUF model; `createCompletion(prompt, …)`, `createChatCompletion({ messages })` and `createEmbedding(text)` run it.',
  tables: {
    mlModules: ['@wllama/wllama'],
    producers: [
      { match: '@wllama/wllama.Wllama', type: 'model.wllama' },
      { match: 'model.wllama#loadModelFromHF', load: { pin: 'hf' as const, modelArg: ['repo', 0] } },
      { match: 'model.wllama#loadModelFromUrl', load: { pin: 'url' as const, modelArg: [0] } },
      { match: 'model.wllama#loadModel', load: { pin: 'local' as const, modelArg: [0] } },
    ],
    inference: ['createCompletion', 'createChatCompletion', 'createEmbedding', 'createRerank']
      .map(m => ({ match: `model.wllama#${m}`, inputArgs: [0, 'messages', 'prompt'] })),
  },
};
export default pack;
