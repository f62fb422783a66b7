import type { KnowledgePack } from '../types';

// (both are often vendored as git submodules, `from gen_voice_model.openvoice.api import …`: matched at any depth)
const pack: KnowledgePack = {
  id: 'openvoice',
  name: 'OpenVoice and MeloTTS (MyShell)',
  languages: ['python'],
  description: 'OpenVoice voice cloning: `ToneColorConverter(config, device)` builds the network and `load_ckpt(path)` loads its weights; '
    + '`se_extractor.get_se(audio, converter)` runs its encoder on a reference voice and `converter.convert(…)` converts audio. MeloTTS: '
    + '`TTS(language="EN")` downloads the language\'s model from the hub (no revision: it can move) and `tts_to_file(text, speaker, path)` '
    + 'synthesises speech.',
  tables: {
    mlModules: ['openvoice', 'melo'],
    producers: [
      ...['openvoice.api.ToneColorConverter', 'openvoice.api.BaseSpeakerTTS'].map(c => ({ match: `**${c}`, type: 'model.openvoice' })),
      { match: 'model.openvoice#load_ckpt', load: { pin: 'local', modelArg: [0, 'ckpt_path'] } },
      { match: '**melo.api.TTS', type: 'model.melotts', load: { pin: 'library', defaultWeights: true, modelArg: ['ckpt_path'] } },
    ],
    inference: [
      ...['convert', 'tts', 'extract_se'].map(m => ({ match: `model.openvoice#${m}`, inputArgs: ['audio_src_path', 'text', 0] })),
      { match: '**openvoice.se_extractor.get_se', inputArgs: [0, 'audio_path'] },
      ...['tts_to_file', 'tts_iter'].map(m => ({ match: `model.melotts#${m}`, inputArgs: [0, 'text'] })),
    ],
  },
};
export default pack;
