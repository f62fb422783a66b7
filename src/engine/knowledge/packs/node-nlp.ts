import type { KnowledgePack } from '../types';

/**
 * nlp.js (`node-nlp`, `@nlpjs/*`): an `NlpManager` is built empty, then trained in the code (a training script) or given
 * a trained model by `load(path)` / `import(json)`; `process(lang, text)` classifies the intent (with entities and sentiment).
 */
const MANAGERS = ['node-nlp.NlpManager', 'node-nlp.default.NlpManager', '@nlpjs/basic.NlpManager', '@nlpjs/nlp.Nlp', '@nlpjs/nlp.NlpManager'];

const pack: KnowledgePack = {
  id: 'node-nlp',
  name: 'nlp.js (node-nlp)',
  languages: ['typescript'],
  description: '`new NlpManager({ languages })` builds an empty intent classifier; `manager.load(path)` (or `import(json)`) loads a trained one '
    + '(a file shipped with the service), `manager.process(lang, text)` / `classify` runs it; a manager trained in the same function is being evaluated.',
  tables: {
    mlModules: ['node-nlp', '@nlpjs/basic', '@nlpjs/nlp', '@nlpjs/core'],
    producers: [
      ...MANAGERS.map(match => ({ match, type: 'model.nlpjs' })),
      { match: 'model.nlpjs#load', type: 'model.nlpjs', load: { pin: 'local' as const, modelArg: [0] } },
      { match: 'model.nlpjs#import', type: 'model.nlpjs', load: { pin: 'local' as const, modelArg: [0] } },
      { match: 'model.nlpjs#fromJSON', type: 'model.nlpjs', load: { pin: 'local' as const, modelArg: [0] } },
    ],
    // `process(locale, utterance)` or `process(utterance)`: the utterance is the last positional argument
    inference: ['process', 'classify', 'extractEntities'].map(m => ({ match: `model.nlpjs#${m}`, inputArgs: [0, 1] })),
  },
};
export default pack;
