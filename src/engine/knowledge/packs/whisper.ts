import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'whisper',
  name: 'Whisper (openai-whisper, faster-whisper)',
  languages: ['python'],
  description: 'Speech-to-text models: `whisper.load_model(name_or_path)` and faster-whisper\'s `WhisperModel(size_or_path)` (hub downloads, pinned by `revision`) load; `transcribe` is inference.',
  tables: {
    mlModules: ['whisper', 'faster_whisper'],
    producers: [
      // a size name ("base", "large") is resolved by the installed package, which can re-point it (as "large" was)
      { match: 'whisper.load_model', type: 'model.whisper', load: { pin: 'hf', modelArg: [0, 'name'] } },
      { match: 'faster_whisper.WhisperModel', type: 'model.whisper', load: { pin: 'hf', modelArg: [0, 'model_size_or_path'] } },
      // batched transcription over a loaded model
      { match: 'faster_whisper.BatchedInferencePipeline', type: 'model.whisper' },
    ],
    inference: [
      { match: 'model.whisper#transcribe', inputArgs: [0, 'audio'] },
      { match: 'whisper.transcribe', inputArgs: [1, 'audio'] },
    ],
  },
};
export default pack;
