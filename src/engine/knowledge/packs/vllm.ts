import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vllm',
  name: 'vLLM',
  languages: ['python'],
  description: 'Offline vLLM engines: `LLM(model=…)` loads from the hub; `generate`, `chat` and `encode` are inference.',
  tables: {
    mlModules: ['vllm'],
    producers: [
      { match: 'vllm.LLM', type: 'llm.vllm', load: { pin: 'hf', modelArg: ['model', 0] } },
      // the async engine is configured by engine args (`AsyncEngineArgs(model=…)`, often from the command line)
      ...['vllm.AsyncLLMEngine.from_engine_args', 'vllm.engine.async_llm_engine.AsyncLLMEngine.from_engine_args', 'vllm.LLMEngine.from_engine_args']
        .map(match => ({ match, type: 'llm.vllm', load: { pin: 'hf' as const, modelArg: [0, 'engine_args'] } })),
    ],
    inference: [{ match: 'llm.vllm#generate' }, { match: 'llm.vllm#chat' }, { match: 'llm.vllm#encode' }],
  },
};
export default pack;
