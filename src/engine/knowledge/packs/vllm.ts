import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vllm',
  name: 'vLLM',
  languages: ['python'],
  description: 'Offline vLLM engines: `LLM(model=…)` loads from the hub; `generate`, `chat` and `encode` are inference; so are the OpenAI-compatible serving layer\'s `create_chat_completion`, `create_completion` and `create_embedding` when a service embeds it.',
  tables: {
    mlModules: ['vllm'],
    producers: [
      { match: 'vllm.LLM', type: 'llm.vllm', load: { pin: 'hf', modelArg: ['model', 0] } },
      // the async engine is configured by engine args (`AsyncEngineArgs(model=…)`, often from the command line)
      ...['vllm.AsyncLLMEngine.from_engine_args', 'vllm.engine.async_llm_engine.AsyncLLMEngine.from_engine_args', 'vllm.LLMEngine.from_engine_args']
        .map(match => ({ match, type: 'llm.vllm', load: { pin: 'hf' as const, modelArg: [0, 'engine_args'] } })),
      // its OpenAI-compatible serving layer, embedded in a service (Ray Serve, FastAPI): it runs the engine per request
      ...['serving_chat.OpenAIServingChat', 'serving_completion.OpenAIServingCompletion', 'serving_embedding.OpenAIServingEmbedding']
        .map(c => ({ match: `vllm.entrypoints.openai.${c}`, type: 'server.vllm-openai' })),
    ],
    inference: [{ match: 'llm.vllm#generate' }, { match: 'llm.vllm#chat' }, { match: 'llm.vllm#encode' },
      ...['create_chat_completion', 'create_completion', 'create_embedding'].map(m => ({ match: `server.vllm-openai#${m}`, inputArgs: [0, 'request'] }))],
  },
};
export default pack;
