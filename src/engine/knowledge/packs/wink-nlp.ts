import type { KnowledgePack } from '../types';

/** wink-nlp: `winkNLP(model)` instantiates the pipeline with a language model package (`wink-eng-lite-web-model`); `nlp.readDoc(text)` runs it. */
const pack: KnowledgePack = {
  id: 'wink-nlp',
  name: 'wink-nlp',
  languages: ['typescript'],
  description: '`const nlp = winkNLP(model)` loads the NLP pipeline with a language model package (whose installed version decides: mutable), '
    + '`nlp.readDoc(text)` runs tokenisation, tagging, entities and sentiment on a text.',
  tables: {
    mlModules: ['wink-nlp'],
    producers: ['wink-nlp', 'wink-nlp.default'].map(match => ({ match, type: 'model.wink-nlp', load: { pin: 'library' as const, defaultWeights: true, modelArg: [] } })),
    inference: [{ match: 'model.wink-nlp#readDoc', inputArgs: [0] }],
  },
};
export default pack;
