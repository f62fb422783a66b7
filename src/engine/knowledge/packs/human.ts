import type { KnowledgePack } from '../types';

/** @vladmandic/human: face, body, hand, gesture and emotion models behind one object, loaded by `load()` and run by `detect`. */
const pack: KnowledgePack = {
  id: 'human',
  name: 'Human (@vladmandic/human)',
  languages: ['typescript'],
  description: '`const human = new Human(config)`; `await human.load()` loads the configured models (from `config.modelBasePath`, by default the '
    + 'package\'s published ones: mutable), `human.detect(input)` runs them; `warmup()` runs them on a sample image.',
  tables: {
    mlModules: ['@vladmandic/human'],
    producers: [
      ...['@vladmandic/human.Human', '@vladmandic/human.default'].map(match => ({ match, type: 'model.human' })),
      { match: 'model.human#load', load: { pin: 'url' as const, defaultWeights: true, modelArg: ['modelBasePath'] } },
    ],
    inference: [{ match: 'model.human#detect', inputArgs: [0] }],
  },
};
export default pack;
