import type { KnowledgePack } from '../types';

/** markovify: a Markov chain text model, built from a corpus in the code or restored from JSON, that generates sentences. */
const MODELS = ['Text', 'NewlineText', 'Chain'];

const pack: KnowledgePack = {
  id: 'markovify',
  name: 'markovify',
  languages: ['python'],
  description: '`markovify.Text.from_json(saved)` (or `from_dict`, `from_chain`) restores a trained chain (a file of the project: local); '
    + '`markovify.Text(corpus)` builds one; `make_sentence()`, `make_short_sentence(n)` and `make_sentence_with_start(word)` generate text.',
  tables: {
    mlModules: ['markovify'],
    producers: [
      ...MODELS.map(m => ({ match: `markovify.${m}`, type: 'model.markovify' })),
      ...MODELS.flatMap(m => ['from_json', 'from_dict', 'from_chain'].map(f => ({ match: `markovify.${m}.${f}`, type: 'model.markovify', load: { pin: 'local' as const, modelArg: [0] } }))),
      { match: 'markovify.combine', type: 'model.markovify' },
    ],
    inference: ['make_sentence', 'make_short_sentence', 'make_sentence_with_start', 'walk', 'gen']
      .map(m => ({ match: `model.markovify#${m}` })),
  },
};
export default pack;
