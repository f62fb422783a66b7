import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'puter',
  name: 'Puter.js AI',
  languages: ['typescript'],
  description: 'Puter.js\'s AI functions, from its script tag (`puter`, `window.puter`) or `@heyputer/puter.js`: `puter.ai.chat(prompt, { model })`, '
    + '`txt2img`, `img2txt`, `txt2speech`, `speech2txt` run hosted models for the signed-in user.',
  tables: {
    builtins: { puter: '@heyputer/puter.js.puter' },
    mlModules: ['@heyputer/puter.js'],
    inference: ['chat', 'txt2img', 'img2txt', 'txt2speech', 'speech2txt', 'txt2vid'].flatMap(f => [`@heyputer/puter.js.puter.ai.${f}`, `@heyputer/puter.js.default.ai.${f}`])
      .map(match => llm(match, [0])),
  },
};
export default pack;
