import type { KnowledgePack } from '../types';

/**
 * ExLlamaV2: `ExLlamaV2(config)` only describes the model (its folder is `config.model_dir`); `load()` /
 * `load_autosplit(cache)` reads the weights; a generator built on it (`ExLlamaV2BaseGenerator`, the streaming and
 * dynamic ones) generates. Its tokenizer, cache and config are not models.
 */
const GENERATORS = ['ExLlamaV2BaseGenerator', 'ExLlamaV2StreamingGenerator', 'ExLlamaV2DynamicGenerator', 'ExLlamaV2DynamicGeneratorAsync'];

const pack: KnowledgePack = {
  id: 'exllamav2',
  name: 'ExLlamaV2',
  languages: ['python'],
  description: '`model = ExLlamaV2(config)` then `model.load()` / `load_autosplit(cache)` loads the weights from the config\'s folder (the code '
    + 'does not say which: unknown); `generator.generate_simple(prompt, settings, n)`, `generate(prompt=…)`, `begin_stream(ids, settings)` and '
    + '`model.forward(ids, cache)` run it.',
  tables: {
    mlModules: ['exllamav2'],
    producers: [
      { match: 'exllamav2.ExLlamaV2', type: 'model.exllamav2' },
      { match: 'exllamav2.model.ExLlamaV2', type: 'model.exllamav2' },
      ...['load', 'load_autosplit', 'load_tp'].map(m => ({ match: `model.exllamav2#${m}`, load: { pin: 'library' as const, modelArg: ['config'] } })),
      ...GENERATORS.flatMap(g => [`exllamav2.generator.${g}`, `exllamav2.generator.**.${g}`, `exllamav2.${g}`].map(match => ({ match, type: 'model.exllamav2-generator' }))),
    ],
    inference: [
      ...['generate_simple', 'generate', 'begin_stream', 'begin_stream_ex'].map(m => ({ match: `model.exllamav2-generator#${m}`, inputArgs: [0, 'prompt'] })),
      { match: 'model.exllamav2#forward', inputArgs: [0] },
    ],
  },
};
export default pack;
