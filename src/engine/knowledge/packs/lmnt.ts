import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'lmnt',
  name: 'LMNT',
  languages: ['typescript', 'python'],
  description: 'LMNT\'s voices: JS `new Speech(apiKey)` (`lmnt-node`; also `new lmnt.Speech(…)`) and Python `Speech(api_key)` (`lmnt.api`): '
    + '`synthesize(text, voice)` and `synthesizeStreaming(voice)` / `synthesize_streaming` (the session\'s `appendText` only feeds it). '
    + '`fetchVoices` runs no model.',
  tables: {
    mlModules: ['lmnt-node', 'lmnt'],
    producers: ['lmnt-node', 'lmnt-node.default', 'lmnt-node.Speech', 'lmnt-node.Lmnt', 'lmnt.api.Speech', 'lmnt.Lmnt'].map(match => ({ match, type: 'client.lmnt' })),
    inference: ['synthesize', 'synthesizeStreaming', 'synthesize_streaming', 'speech.generate', 'speech.convert', 'sessions.create'].map(m => ({ match: `client.lmnt#${m}`, inputArgs: [0, 'text'] })),
  },
};
export default pack;
