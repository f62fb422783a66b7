import type { KnowledgePack } from '../types';

/** Magenta.js model classes: a checkpoint URL at construction, `initialize()` fetches it. */
const MODELS = ['MusicRNN', 'MusicVAE', 'OnsetsAndFrames', 'Coconet', 'DDSP', 'SPICE', 'GANSynth', 'MidiMe', 'PianoGenie'];
const VERBS = ['continueSequence', 'sample', 'interpolate', 'encode', 'decode', 'similar', 'transcribeFromAudioFile', 'transcribeFromMelSpec',
  'transcribeFromAudioURL', 'infill', 'synthesize', 'getPitches', 'randomSample', 'next', 'nextFromKeyList'];

const pack: KnowledgePack = {
  id: 'magenta',
  name: 'Magenta.js (@magenta/music)',
  languages: ['typescript'],
  description: 'Music models of Magenta.js: `new mm.MusicRNN(checkpointURL)` (also `MusicVAE`, `OnsetsAndFrames`, `Coconet`, `DDSP`, `SPICE`, `GANSynth`, '
    + '`PianoGenie`) names a checkpoint that `initialize()` downloads — a URL without a version moves; `continueSequence`, `sample`, `interpolate`, '
    + '`infill`, `transcribeFromAudioFile`… run it.',
  tables: {
    // the browser bundles' globals (`<script src=".../@magenta/music/dist/magentamusic.js">` defines `mm`; the per-model ES5 bundles `music_rnn`, `music_vae`)
    builtins: { mm: '@magenta/music', music_rnn: '@magenta/music.music_rnn', music_vae: '@magenta/music.music_vae' },
    mlModules: ['@magenta/music'],
    producers: MODELS.map(c => ({ match: `@magenta/music**.${c}`, type: 'model.magenta', load: { pin: 'url' as const, modelArg: [0, 'checkpointURL'] } })),
    inference: VERBS.map(m => ({ match: `model.magenta#${m}`, inputArgs: [0] })),
  },
};
export default pack;
