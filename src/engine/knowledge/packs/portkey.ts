import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'portkey',
  name: 'Portkey AI gateway',
  languages: ['typescript', 'python'],
  description: 'The Portkey gateway\'s clients (`portkey-ai` in JS and Python: `new Portkey({ apiKey, virtualKey })`, `Portkey(…)`, `AsyncPortkey`) speak '
    + 'the OpenAI API to whichever provider the virtual key routes to: `chat.completions.create`, `completions.create`, `embeddings.create`, '
    + '`images.generate`, `audio.transcriptions.create`.',
  tables: {
    mlModules: ['portkey-ai', 'portkey_ai'],
    producers: ['portkey-ai', 'portkey-ai.default', 'portkey-ai.Portkey', 'portkey_ai.Portkey', 'portkey_ai.AsyncPortkey'].map(match => ({ match, type: 'client.portkey' })),
    inference: ['chat.completions.create', 'completions.create', 'embeddings.create', 'images.generate', 'audio.transcriptions.create', 'audio.speech.create']
      .map(m => llm(`client.portkey#${m}`)),
  },
};
export default pack;
