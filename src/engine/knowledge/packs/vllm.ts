import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vllm',
  name: 'vLLM',
  languages: ['python'],
  description: 'Offline vLLM engines: `LLM(model=…)` loads from the hub; `generate`, `chat` and `encode` are inference.',
  tables: {
    mlModules: ['vllm'],
    producers: [{ match: 'vllm.LLM', type: 'llm.vllm', load: { pin: 'hf', modelArg: ['model', 0] } }],
    inference: [{ match: 'llm.vllm#generate' }, { match: 'llm.vllm#chat' }, { match: 'llm.vllm#encode' }],
  },
};
export default pack;
