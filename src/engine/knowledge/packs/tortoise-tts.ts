import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'tortoise-tts',
  name: 'Tortoise TTS',
  languages: ['python'],
  description: 'Tortoise text-to-speech: `TextToSpeech(models_dir=…)` loads its models (downloading the released checkpoints when the folder lacks them); `tts`, `tts_with_preset` synthesise.',
  tables: {
    mlModules: ['tortoise'],
    producers: [{ match: 'tortoise.api.TextToSpeech', type: 'model.tortoise', load: { pin: 'name', modelArg: ['models_dir'], defaultWeights: true } }],
    inference: ['tts', 'tts_with_preset'].map(m => ({ match: `model.tortoise#${m}`, inputArgs: [0, 'text'] })),
  },
};
export default pack;
