import type { KnowledgePack } from '../types';

/**
 * SpeechRecognition (`import speech_recognition as sr`), the voice assistants' library: `sr.Recognizer()` holds no model
 * itself; each `recognize_*` method sends the audio to a speech model — a hosted one (Google, Google Cloud, OpenAI's
 * Whisper API, Groq, Azure, Bing, Houndify, IBM, Wit.ai, Amazon Lex, AssemblyAI) or a local one (Whisper, faster-whisper,
 * Vosk, Sphinx, TensorFlow). `listen`/`record` capture audio; `adjust_for_ambient_noise` tunes the energy threshold.
 */
const pack: KnowledgePack = {
  id: 'speech-recognition',
  name: 'SpeechRecognition',
  languages: ['python'],
  description: '`sr.Recognizer().recognize_google(audio)` and every other `recognize_*` (`recognize_whisper`, `recognize_openai`, `recognize_vosk`, '
    + '`recognize_sphinx`, …) run a speech model on the audio captured by `listen`/`record`, hosted or local.',
  tables: {
    mlModules: ['speech_recognition'],
    producers: [{ match: 'speech_recognition.Recognizer', type: 'model.speech-recognition' }],
    inference: [{ match: 'model.speech-recognition#recognize_*', inputArgs: [0, 'audio_data'] }],
  },
};
export default pack;
