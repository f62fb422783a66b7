import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'wit-ai',
  name: 'Wit.ai',
  languages: ['python', 'typescript'],
  description: 'Meta\'s Wit.ai NLU and speech models: JS `node-wit` (`new Wit({ accessToken })`) and Python `wit` (`Wit(token)`): `message(text)` '
    + 'parses intents and entities, `speech(audio, contentType)` transcribes and parses, `converse` / `event` run a composer turn.',
  tables: {
    mlModules: ['node-wit', 'wit'],
    producers: ['node-wit.Wit', 'wit.Wit'].map(match => ({ match, type: 'client.wit' })),
    inference: ['message', 'speech', 'converse', 'event', 'dictation'].map(m => ({ match: `client.wit#${m}`, inputArgs: [0] })),
  },
};
export default pack;
