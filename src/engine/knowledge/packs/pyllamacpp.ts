import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pyllamacpp',
  name: 'Early local LLM bindings (pyllamacpp, nomic.gpt4all)',
  languages: ['python'],
  description: 'The 2023 bindings still in small apps: `pyllamacpp.model.Model(model_path=… | ggml_model=…)` loads a GGML file and `generate(prompt)` '
    + 'runs it; nomic\'s first `GPT4All()` client loads its model on `open()` and answers `prompt(text)`.',
  tables: {
    mlModules: ['pyllamacpp', 'nomic.gpt4all'],
    producers: [
      { match: 'pyllamacpp.model.Model', type: 'model.pyllamacpp', load: { pin: 'local', modelArg: ['model_path', 'ggml_model', 0] } },
      { match: 'nomic.gpt4all.GPT4All', type: 'model.pyllamacpp' },
      { match: 'model.pyllamacpp#open', load: { pin: 'name', decidedBy: 'the model the nomic client downloads by default' } },
    ],
    inference: ['generate', 'prompt', 'cpp_generate'].map(m => ({ match: `model.pyllamacpp#${m}`, inputArgs: [0, 'prompt'] })),
  },
};
export default pack;
