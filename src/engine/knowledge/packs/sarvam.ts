import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const CALLS = ['speechToText.transcribe', 'speechToText.translate', 'textToSpeech.convert', 'text.translate', 'text.transliterate', 'text.identifyLanguage',
  'speech_to_text.transcribe', 'speech_to_text.translate', 'text_to_speech.convert', 'text.identify_language'];

const pack: KnowledgePack = {
  id: 'sarvam',
  name: 'Sarvam AI',
  languages: ['python', 'typescript'],
  description: 'Sarvam AI\'s Indic speech and language models: JS `new SarvamAIClient({ apiSubscriptionKey })` and Python `SarvamAI(api_subscription_key=…)`: '
    + '`speechToText.transcribe` / `speech_to_text.transcribe` (`model: "saarika:v2"`), `translate`, `textToSpeech.convert`, `text.translate`, '
    + '`chat.completions`; the streaming socket (`speech_to_text_streaming.connect(…)`) transcribes what `ws.transcribe(audio=…)` sends.',
  tables: {
    mlModules: ['sarvamai'],
    producers: [
      ...['sarvamai.SarvamAIClient', 'sarvamai.SarvamAI', 'sarvamai.AsyncSarvamAI'].map(match => ({ match, type: 'client.sarvam' })),
      ...['speech_to_text_streaming.connect', 'speech_to_text_translate_streaming.connect', 'speechToTextStreaming.connect'].map(m => ({ match: `client.sarvam#${m}`, type: 'client.sarvam-socket' })),
    ],
    inference: [
      ...CALLS.map(m => ({ match: `client.sarvam#${m}`, inputArgs: [0, 'file', 'text', 'input'] })),
      llm('client.sarvam#chat.completions', ['messages']),
      ...['transcribe', 'translate'].map(m => ({ match: `client.sarvam-socket#${m}`, inputArgs: ['audio', 0] })),
      // on a client made by a helper of the project (`const client = SarvamAIConfig()`)
      ...['speechToText.transcribe', 'speechToText.translate', 'textToSpeech.convert'].map(m => ({ match: `?#${m}`, inputArgs: [0], needsInput: true as const })),
    ],
  },
};
export default pack;
