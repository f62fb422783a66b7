import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'edge-tts',
  name: 'edge-tts (Microsoft Edge online voices)',
  languages: ['python'],
  description: '`edge_tts.Communicate(text, voice)` prepares a request to Microsoft\'s online neural voices; `await communicate.save(path)`, '
    + '`communicate.stream()` and their `_sync` forms synthesise it. `list_voices` runs no model.',
  tables: {
    mlModules: ['edge_tts'],
    producers: [{ match: 'edge_tts.Communicate', type: 'client.edge-tts' }],
    inference: ['save', 'stream', 'save_sync', 'stream_sync'].map(m => ({ match: `client.edge-tts#${m}` })),
  },
};
export default pack;
