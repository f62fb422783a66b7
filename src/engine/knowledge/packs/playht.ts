import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'playht',
  name: 'PlayHT',
  languages: ['typescript', 'python'],
  description: 'PlayHT\'s voices: JS `playht` (`PlayHT.init({ apiKey, userId })` then `PlayHT.stream(text, { voiceEngine })`, `PlayHT.generate(text, …)`), '
    + 'Python `pyht` (`Client(user_id, api_key).tts(text, options)`).',
  tables: {
    mlModules: ['playht', 'pyht'],
    producers: [{ match: 'pyht.Client', type: 'client.playht' }, { match: 'pyht.AsyncClient', type: 'client.playht' }],
    inference: [
      ...['stream', 'generate'].flatMap(f => [`playht.${f}`, `playht.default.${f}`]).map(match => ({ match, inputArgs: [0] })),
      { match: 'client.playht#tts', inputArgs: [0, 'text'] },
    ],
  },
};
export default pack;
