import type { KnowledgePack } from '../types';

/** Suno's Bark text-to-audio: module functions, no model object in the code. `preload_models()` downloads and loads the default checkpoints. */
const GENERATE = ['generate_audio', 'text_to_semantic', 'semantic_to_waveform', 'generate_text_semantic', 'generate_coarse', 'generate_fine'];

const pack: KnowledgePack = {
  id: 'bark',
  name: 'Bark (Suno)',
  languages: ['python'],
  description: '`bark.preload_models()` loads Bark\'s published checkpoints (the installed version decides: mutable); `generate_audio(text, history_prompt=…)` '
    + 'and its stages (`text_to_semantic`, `semantic_to_waveform`, `generate_text_semantic`, …) run them.',
  tables: {
    mlModules: ['bark'],
    producers: ['bark.preload_models', 'bark.generation.preload_models'].map(match => ({ match, type: 'model.bark', load: { pin: 'library' as const, defaultWeights: true, modelArg: ['text_model_path'] } })),
    inference: GENERATE.flatMap(f => [`bark.${f}`, `bark.api.${f}`, `bark.generation.${f}`]).map(match => ({ match, inputArgs: [0, 'text', 'semantic_tokens'] })),
  },
};
export default pack;
