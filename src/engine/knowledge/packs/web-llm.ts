import type { KnowledgePack } from '../types';

const MODULE = '@mlc-ai/web-llm';

const pack: KnowledgePack = {
  id: 'web-llm',
  name: 'WebLLM (@mlc-ai/web-llm)',
  languages: ['typescript'],
  description: 'WebLLM runs an LLM in the browser: `CreateMLCEngine(modelId)` (and `CreateWebWorkerMLCEngine`, `CreateServiceWorkerMLCEngine`) '
    + 'downloads and loads a prebuilt model, named without a version; `engine.chat.completions.create(…)` and `engine.completions.create(…)` '
    + 'run it, OpenAI-style.',
  tables: {
    mlModules: [MODULE],
    producers: [
      { match: `${MODULE}.CreateMLCEngine`, type: 'model.webllm', load: { pin: 'name' as const, modelArg: [0] } },
      ...['CreateWebWorkerMLCEngine', 'CreateServiceWorkerMLCEngine'].map(f => ({ match: `${MODULE}.${f}`, type: 'model.webllm', load: { pin: 'name' as const, modelArg: [1] } })),
      { match: `${MODULE}.MLCEngine`, type: 'model.webllm' },
      // `engine.reload(modelId)` loads another model into an engine (also an `MLCEngine` built empty)
      { match: 'model.webllm#reload', load: { pin: 'name' as const, modelArg: [0] } },
    ],
    inference: ['chat.completions.create', 'completions.create', 'embeddings.create'].map(m => ({ match: `model.webllm#${m}`, inputArgs: ['messages', 'prompt', 'input'] })),
  },
};
export default pack;
