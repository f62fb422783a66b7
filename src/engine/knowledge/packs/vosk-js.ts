import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vosk-js',
  name: 'Vosk for Node.js',
  languages: ['typescript'],
  description: 'The `vosk` npm package: `new vosk.Model(dir)` loads a speech model from a folder; `new vosk.Recognizer({ model, sampleRate })` '
    + 'runs it on the audio it is fed: `acceptWaveform(buffer)` and `acceptWaveformAsync(buffer)` decode a chunk (`result()`, `finalResult()` '
    + 'only read out what was decoded). The Python package is covered by the model-libraries shape (`KaldiRecognizer.AcceptWaveform`).',
  tables: {
    mlModules: ['vosk'],
    producers: [
      { match: 'vosk.Model', type: 'model.vosk', load: { pin: 'local', modelArg: [0] } },
      // the recognizer runs the model it is given (`{ model, sampleRate }`): it is that model, with its load
      { match: 'vosk.Recognizer', passThrough: 'arg0-part', partType: 'model.vosk', type: 'model.vosk' },
    ],
    inference: ['acceptWaveform', 'acceptWaveformAsync'].map(m => ({ match: `model.vosk#${m}`, inputArgs: [0] })),
  },
};
export default pack;
