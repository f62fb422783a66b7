import type { KnowledgePack } from '../types';

const JS = ['elevenlabs', '@elevenlabs/elevenlabs-js'];

const pack: KnowledgePack = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  languages: ['python', 'typescript'],
  description: 'ElevenLabs speech models: `ElevenLabs()`/`ElevenLabsClient()` in Python and JS, `text_to_speech.convert`/`textToSpeech.convert` (and `stream`), `speech_to_text.convert`, sound effects, speech-to-speech, the legacy `generate`. The model is `model_id`/`modelId`.',
  tables: {
    mlModules: [...JS, 'elevenlabs'],
    producers: [
      ...JS.map(m => ({ match: `${m}.ElevenLabsClient`, type: 'client.elevenlabs' })),
      { match: 'elevenlabs.client.ElevenLabs', type: 'client.elevenlabs' }, { match: 'elevenlabs.client.AsyncElevenLabs', type: 'client.elevenlabs' },
      { match: 'elevenlabs.ElevenLabs', type: 'client.elevenlabs' }, { match: 'elevenlabs.AsyncElevenLabs', type: 'client.elevenlabs' },
    ],
    inference: [
      ...['textToSpeech.convert', 'textToSpeech.stream', 'textToSpeech.convertWithTimestamps', 'speechToText.convert', 'textToSoundEffects.convert', 'speechToSpeech.convert',
        'text_to_speech.convert', 'text_to_speech.stream', 'text_to_speech.convert_with_timestamps', 'speech_to_text.convert', 'text_to_sound_effects.convert',
        'speech_to_speech.convert', 'generate']
        .map(m => ({ match: `client.elevenlabs#${m}`, kind: 'llm' as const, modelArg: ['model_id', 'modelId', 'model'], inputArgs: ['text', 'file', 'audio', 'inputs'] })),
      { match: 'elevenlabs.generate', kind: 'llm', modelArg: ['model'], inputArgs: ['text'] },
    ],
  },
};
export default pack;
