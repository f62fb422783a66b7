import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'vad-web',
  name: 'Voice activity detection (@ricky0123/vad)',
  languages: ['typescript'],
  description: 'Silero voice activity detection in the browser and React (`@ricky0123/vad-web`, `@ricky0123/vad`, `@ricky0123/vad-react`, or the '
    + '`vad` global of its bundle): `MicVAD.new({ onSpeechEnd })` / `NonRealTimeVAD.new()` load the Silero ONNX model bundled with the package '
    + '(its version decides it); `myvad.start()` runs it on the microphone, `NonRealTimeVAD#run(audio)` on a buffer; `useMicVAD` does both.',
  tables: {
    builtins: { vad: '@ricky0123/vad-web' },
    mlModules: ['@ricky0123/vad-web', '@ricky0123/vad', '@ricky0123/vad-react'],
    producers: ['@ricky0123/vad-web', '@ricky0123/vad'].flatMap(m => ['MicVAD.new', 'NonRealTimeVAD.new'].map(c => ({ match: `${m}.${c}`, type: 'model.vad',
      load: { pin: 'name' as const, modelArg: ['0.modelURL', 'modelURL'], decidedBy: 'the Silero model bundled with the installed package version' } }))),
    inference: [{ match: 'model.vad#start' }, { match: 'model.vad#run', inputArgs: [0] }],
  },
};
export default pack;
