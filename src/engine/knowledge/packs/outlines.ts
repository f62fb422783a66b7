import type { KnowledgePack } from '../types';

/**
 * Outlines: a model (`outlines.models.transformers("…")`, or `outlines.from_transformers(…)` in 1.x) wrapped in a generator
 * (`outlines.generate.json(model, Schema)`) or called with an output type; calling either runs the model.
 */
const pack: KnowledgePack = {
  id: 'outlines',
  name: 'Outlines',
  languages: ['python'],
  description: 'Outlines models loaded from the hub (`outlines.models.transformers`, `vllm`, `llamacpp`, `mlxlm`) or wrapping a client (`openai`), and the 1.x `from_*` '
    + 'constructors; generators (`outlines.generate.text/json/choice/regex/format/cfg(model, …)`, `outlines.Generator`) and models called with a prompt are inference.',
  tables: {
    mlModules: ['outlines'],
    producers: [
      ...['transformers', 'vllm', 'llamacpp', 'mlxlm', 'transformers_vision', 'exllamav2'].map(m => ({ match: `outlines.models.${m}`, type: 'model.outlines', load: { pin: 'hf' as const, modelArg: [0, 'model_name'] } })),
      ...['openai', 'azure_openai', 'anthropic', 'gemini', 'ollama'].map(m => ({ match: `outlines.models.${m}`, type: 'model.outlines' })),
      { match: 'outlines.from_*', type: 'model.outlines' },
      { match: 'outlines.generate.*', type: 'model.outlines-generator' },
      { match: 'outlines.Generator', type: 'model.outlines-generator' },
    ],
    inference: [
      { match: 'model.outlines-generator#', kind: 'llm', inputArgs: [0, 'prompts'] },
      { match: 'model.outlines-generator#stream', kind: 'llm', inputArgs: [0, 'prompts'] },
      { match: 'model.outlines-generator#batch', kind: 'llm', inputArgs: [0, 'prompts'] },
      { match: 'model.outlines#', kind: 'llm', inputArgs: [0] },
      { match: 'model.outlines#stream', kind: 'llm', inputArgs: [0] },
    ],
  },
};
export default pack;
