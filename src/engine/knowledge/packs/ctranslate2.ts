import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ctranslate2',
  name: 'CTranslate2',
  languages: ['python'],
  description: 'CTranslate2 models loaded from a converted model directory (`Translator`, `Generator`, `Encoder`): `translate_batch`, `generate_batch`, `generate_tokens`, `score_batch`, `forward_batch` and their iterable forms.',
  tables: {
    mlModules: ['ctranslate2'],
    producers: ['Translator', 'Generator', 'Encoder'].map(c => ({ match: `ctranslate2.${c}`, type: 'model.ct2', load: { pin: 'local' as const, modelArg: [0, 'model_path'] } })),
    inference: ['translate_batch', 'translate_iterable', 'generate_batch', 'generate_tokens', 'generate_iterable', 'score_batch', 'score_iterable', 'forward_batch']
      .map(m => ({ match: `model.ct2#${m}` })),
  },
};
export default pack;
