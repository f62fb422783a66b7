import type { KnowledgePack } from '../types';

/**
 * Kyutai's Moshi speech-to-speech model (`moshi`): `loaders.get_mimi(path)` loads the Mimi audio codec and
 * `loaders.get_moshi_lm(path)` the language model (from files `hf_hub_download` fetched: as pinned as that download);
 * `LMGen(lm, …)` wraps the loaded model. Mimi's `encode`/`decode` and `LMGen.step` run the networks.
 */
const pack: KnowledgePack = {
  id: 'moshi',
  name: 'Moshi (Kyutai)',
  languages: ['python'],
  description: 'Moshi: `loaders.get_mimi(weights)` and `loaders.get_moshi_lm(weights)` load the codec and the LM (`LMGen(lm)` wraps it); '
    + '`mimi.encode`, `mimi.decode`, `lm_gen.step` are inference.',
  tables: {
    mlModules: ['moshi'],
    producers: [
      { match: 'moshi.models.loaders.get_mimi', type: 'model.moshi-mimi', load: { pin: 'local' as const, modelArg: [0, 'filename'] } },
      { match: 'moshi.models.loaders.get_moshi_lm', type: 'model.moshi-lm', load: { pin: 'local' as const, modelArg: [0, 'filename'] } },
      ...['moshi.models.LMGen', 'moshi.models.lm.LMGen'].map(match => ({ match, type: 'model.moshi-gen' })),
      ...['to', 'cuda'].map(m => ({ match: `model.moshi-mimi#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [
      ...['encode', 'decode'].map(m => ({ match: `model.moshi-mimi#${m}`, inputArgs: [0] })),
      { match: 'model.moshi-gen#step', inputArgs: [0] },
    ],
  },
};
export default pack;
