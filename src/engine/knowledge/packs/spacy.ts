import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'spacy',
  name: 'spaCy',
  languages: ['python'],
  description: 'spaCy pipelines: `spacy.load(name_or_path)` loads (an installed package name can change with the package, a path is a shipped artifact); `nlp(text)` and `nlp.pipe(texts)` are inference. `spacy.blank(lang)` is an empty pipeline, not a model.',
  tables: {
    mlModules: ['spacy'],
    producers: [
      { match: 'spacy.load', type: 'model.spacy', load: { pin: 'hf', modelArg: [0, 'name'] } },
      { match: 'spacy.util.load_model', type: 'model.spacy', load: { pin: 'hf', modelArg: [0, 'name'] } },
    ],
    inference: [{ match: 'model.spacy#' }, { match: 'model.spacy#pipe' }],
  },
};
export default pack;
