import type { KnowledgePack } from '../types';

/** sherpa-onnx's model classes: each is built from a config naming its ONNX files. */
const CLASSES = ['OfflineRecognizer', 'OnlineRecognizer', 'OfflineTts', 'AudioTagging', 'SpokenLanguageIdentification', 'KeywordSpotter',
  'SpeakerEmbeddingExtractor', 'OfflinePunctuation', 'OfflineSpeakerDiarization', 'Vad'];
/** Where a JS config names the model file (`{ modelConfig: { senseVoice: { model } } }`, TTS `{ model: { kokoro: { model } } }`). */
const CONFIG_MODEL_PATHS = ['senseVoice.model', 'transducer.encoder', 'paraformer.model', 'whisper.encoder', 'nemoCtc.model', 'zipformerCtc.model',
  'moonshine.encoder', 'fireRedAsr.encoder'].map(p => `0.modelConfig.${p}`)
  .concat(['vits.model', 'kokoro.model', 'matcha.acousticModel', 'zipformer.model', 'ced'].map(p => `0.model.${p}`));
const VERBS = ['decode', 'decodeStreams', 'decode_stream', 'decode_streams', 'generate', 'compute', 'addPunctuation', 'add_punctuation', 'process'];

const pack: KnowledgePack = {
  id: 'sherpa-onnx',
  name: 'sherpa-onnx (k2-fsa)',
  languages: ['python', 'typescript'],
  description: 'Next-gen Kaldi speech models on ONNX Runtime, in Node (`sherpa-onnx-node`, `sherpa-onnx`) and Python (`sherpa_onnx`): '
    + '`new OfflineRecognizer(config)` / `OfflineRecognizer.from_transducer(…)`, `OfflineTts`, `AudioTagging`, `KeywordSpotter`, … load the ONNX files '
    + 'their config names; `recognizer.decode(stream)` (Python `decode_stream`), `tts.generate({ text })`, `tagger.compute(stream)` run them '
    + '(`stream.acceptWaveform` only feeds audio).',
  tables: {
    mlModules: ['sherpa_onnx', 'sherpa-onnx-node', 'sherpa-onnx'],
    producers: ['sherpa-onnx-node', 'sherpa-onnx', 'sherpa_onnx'].flatMap(m => CLASSES.flatMap(c => [
      { match: `${m}.${c}`, type: 'model.sherpa-onnx', load: { pin: 'local' as const, modelArg: [...CONFIG_MODEL_PATHS, 'config'] } },
      { match: `${m}.${c}.from_*`, type: 'model.sherpa-onnx', load: { pin: 'local' as const, modelArg: ['encoder', 'model', 'tokens', 0] } },
    ])),
    inference: VERBS.map(m => ({ match: `model.sherpa-onnx#${m}`, inputArgs: [0] })),
  },
};
export default pack;
