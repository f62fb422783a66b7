import type { KnowledgePack } from '../types';

/**
 * node-llama-cpp runs GGUF models in the Node process: `getLlama()` gives the runtime, `llama.loadModel({ modelPath })`
 * loads, and a chat session over one of the model's contexts is prompted.
 */
const pack: KnowledgePack = {
  id: 'node-llama-cpp',
  name: 'node-llama-cpp',
  languages: ['typescript'],
  description: '`(await getLlama()).loadModel({ modelPath })` loads a GGUF model; `new LlamaChatSession({ contextSequence })` over its context is prompted (`prompt`, `promptWithMeta`), a `new LlamaChat({ contextSequence })` generates (`generateResponse`), and an embedding context\'s `getEmbeddingFor` embeds.',
  tables: {
    mlModules: ['node-llama-cpp'],
    producers: [
      { match: 'node-llama-cpp.getLlama', type: 'runtime.node-llama' },
      { match: 'runtime.node-llama#loadModel', type: 'model.node-llama', load: { pin: 'local', modelArg: ['modelPath'] } },
      { match: 'model.node-llama#createContext', type: 'model.node-llama' },
      { match: 'model.node-llama#createEmbeddingContext', type: 'model.node-llama-embedding' },
      { match: 'node-llama-cpp.LlamaChatSession', type: 'model.node-llama-session' },
      // the lower-level chat: `new LlamaChat({ contextSequence }).generateResponse(history, options)`
      { match: 'node-llama-cpp.LlamaChat', type: 'model.node-llama-chat' },
    ],
    inference: [
      ...['prompt', 'promptWithMeta', 'completePrompt'].map(m => ({ match: `model.node-llama-session#${m}`, inputArgs: [0] })),
      { match: 'model.node-llama-embedding#getEmbeddingFor', inputArgs: [0] },
      { match: 'model.node-llama-chat#generateResponse', inputArgs: [0] },
    ],
  },
};
export default pack;
