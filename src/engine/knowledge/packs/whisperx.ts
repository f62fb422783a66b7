import type { KnowledgePack } from '../types';

/**
 * WhisperX: a faster-whisper model for transcription, a wav2vec2 alignment model per language, and a pyannote diarization
 * pipeline, each loaded by its own function and run by module functions that are given the model.
 */
const pack: KnowledgePack = {
  id: 'whisperx',
  name: 'WhisperX',
  languages: ['python'],
  description: '`whisperx.load_model("large-v3", device)` (a size name, downloaded: mutable), `load_align_model(language_code=…)` (the language\'s '
    + 'default alignment model) and `DiarizationPipeline(…)` load; `model.transcribe(audio)`, `whisperx.align(segments, align_model, …)` and '
    + '`diarize_model(audio)` (or `whisperx.diarize(audio, pipeline)`) run them.',
  tables: {
    mlModules: ['whisperx'],
    producers: [
      { match: 'whisperx.load_model', type: 'model.whisperx', load: { pin: 'library' as const, modelArg: [0, 'whisper_arch'] } },
      { match: 'whisperx.load_align_model', type: 'model.whisperx-align', load: { pin: 'library' as const, defaultWeights: true, modelArg: ['model_name', 'language_code'] } },
      ...['whisperx.DiarizationPipeline', 'whisperx.diarize.DiarizationPipeline'].map(match => ({ match, type: 'model.whisperx-diarize', load: { pin: 'hf' as const, defaultWeights: true, modelArg: ['model_name'] } })),
    ],
    inference: [
      { match: 'model.whisperx#transcribe', inputArgs: [0, 'audio'] },
      { match: 'model.whisperx-diarize#', inputArgs: [0] },
      ...['whisperx.align', 'whisperx.alignment.align'].map(match => ({ match, inputArgs: [0, 3] })),
      { match: 'whisperx.diarize', inputArgs: [0] },
    ],
  },
};
export default pack;
