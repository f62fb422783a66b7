import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'llama-cpp',
  name: 'llama-cpp-python',
  languages: ['python'],
  description: 'GGUF models run in the process by llama-cpp-python: `Llama(model_path=…)` and `Llama.from_pretrained(repo_id, filename)` load; calling the model, `create_completion`, `create_chat_completion` and the embedding calls are inference.',
  tables: {
    mlModules: ['llama_cpp'],
    producers: [
      { match: 'llama_cpp.Llama.from_pretrained', type: 'model.llamacpp', load: { pin: 'hf', modelArg: [0, 'repo_id'] } },
      { match: 'llama_cpp.Llama', type: 'model.llamacpp', load: { pin: 'local', modelArg: ['model_path', 0] } },
    ],
    inference: ['', 'create_completion', 'create_chat_completion', 'create_chat_completion_openai_v1', 'embed', 'create_embedding']
      .map(m => ({ match: `model.llamacpp#${m}`, inputArgs: [0, 'prompt', 'messages', 'input'] })),
  },
};
export default pack;
