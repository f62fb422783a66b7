import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'gtts',
  name: 'gTTS (Google Translate text-to-speech)',
  languages: ['python'],
  description: '`gTTS(text, lang="en")` prepares a request to Google Translate\'s speech endpoint; `save(path)`, `write_to_fp(fp)` and `stream()` '
    + 'send it and return the synthesised audio.',
  tables: {
    mlModules: ['gtts'],
    producers: [{ match: 'gtts.gTTS', type: 'client.gtts' }, { match: 'gtts.tts.gTTS', type: 'client.gtts' }],
    inference: ['save', 'write_to_fp', 'stream'].map(m => ({ match: `client.gtts#${m}` })),
  },
};
export default pack;
