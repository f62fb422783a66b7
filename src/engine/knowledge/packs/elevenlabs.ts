import type { KnowledgePack } from '../types';

const JS = ['elevenlabs', '@elevenlabs/elevenlabs-js'];
/** Community Node wrappers of the same API: `elevenLabsAPI(apiKey, text, voiceId, file)` (elevenlabs-api), `new ElevenLabs({ apiKey }).textToSpeech({ textInput })` (elevenlabs-node). */
const COMMUNITY = ['elevenlabs-api', 'elevenlabs-node'];

const pack: KnowledgePack = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  languages: ['python', 'typescript'],
  description: 'ElevenLabs speech models: `ElevenLabs()`/`ElevenLabsClient()` in Python and JS, `text_to_speech.convert`/`textToSpeech.convert` (and `stream`), `speech_to_text.convert`, sound effects, speech-to-speech, the legacy `generate`. The model is `model_id`/`modelId`. Community Node wrappers: `elevenLabsAPI(apiKey, text, voiceId, file)` (elevenlabs-api), `new ElevenLabs({ apiKey }).textToSpeech({ textInput })` (elevenlabs-node).',
  tables: {
    mlModules: [...JS, 'elevenlabs', ...COMMUNITY],
    producers: [
      ...JS.map(m => ({ match: `${m}.ElevenLabsClient`, type: 'client.elevenlabs' })),
      { match: 'elevenlabs.client.ElevenLabs', type: 'client.elevenlabs' }, { match: 'elevenlabs.client.AsyncElevenLabs', type: 'client.elevenlabs' },
      ...['elevenlabs-node', 'elevenlabs-node.default'].map(match => ({ match, type: 'client.elevenlabs-node' })),
      { match: 'elevenlabs.ElevenLabs', type: 'client.elevenlabs' }, { match: 'elevenlabs.AsyncElevenLabs', type: 'client.elevenlabs' },
    ],
    inference: [
      ...['textToSpeech.convert', 'textToSpeech.stream', 'textToSpeech.convertWithTimestamps', 'speechToText.convert', 'textToSoundEffects.convert', 'speechToSpeech.convert',
        'text_to_speech.convert', 'text_to_speech.stream', 'text_to_speech.convert_with_timestamps', 'speech_to_text.convert', 'text_to_sound_effects.convert',
        'speech_to_speech.convert', 'generate']
        .map(m => ({ match: `client.elevenlabs#${m}`, kind: 'llm' as const, modelArg: ['model_id', 'modelId', 'model'], inputArgs: ['text', 'file', 'audio', 'inputs'] })),
      { match: 'elevenlabs.generate', kind: 'llm', modelArg: ['model'], inputArgs: ['text'] },
      ...['elevenlabs-api', 'elevenlabs-api.default'].map(match => ({ match, kind: 'llm' as const, inputArgs: [1] })),
      ...['textToSpeech', 'textToSpeechStream'].map(m => ({ match: `client.elevenlabs-node#${m}`, kind: 'llm' as const, modelArg: ['modelId'], inputArgs: ['textInput'] })),
    ],
  },
};
export default pack;
