import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cartesia',
  name: 'Cartesia',
  languages: ['typescript', 'python'],
  description: 'Cartesia\'s Sonic voices and Ink speech-to-text: JS `new Cartesia({ apiKey })` / `CartesiaClient` (`@cartesia/cartesia-js`) and Python '
    + '`Cartesia(api_key=…)`: `tts.bytes`, `tts.sse`, `tts.websocket`, `stt.transcribe` (`model_id: "sonic-2"`). The REST routes are in the HTTP pack.',
  tables: {
    mlModules: ['@cartesia/cartesia-js', 'cartesia'],
    producers: ['@cartesia/cartesia-js', '@cartesia/cartesia-js.default', '@cartesia/cartesia-js.Cartesia', '@cartesia/cartesia-js.CartesiaClient', 'cartesia.Cartesia', 'cartesia.AsyncCartesia']
      .map(match => ({ match, type: 'client.cartesia' })),
    inference: ['tts.bytes', 'tts.sse', 'tts.websocket', 'tts.generate', 'stt.transcribe', 'voices.clone'].map(m => ({ match: `client.cartesia#${m}`, inputArgs: [0, 'transcript'] })),
  },
};
export default pack;
