import type { KnowledgePack, ProducerRow } from '../types';

/**
 * spaCy's trained pipelines are pip packages named `{lang}_{kind}_{genre}_{size}` (`en_core_web_sm`,
 * `de_dep_news_trf`, `xx_ent_wiki_sm`, scispaCy's `en_core_sci_md`, `en_ner_bc5cdr_md`); importing one and calling its
 * `load()` is the same load as `spacy.load("en_core_web_sm")`. The size suffix keeps the pattern off project modules
 * that merely start with two letters.
 */
const PIPELINE_KINDS = ['core', 'dep', 'ent', 'sent', 'ner'];
const PIPELINE_SIZES = ['sm', 'md', 'lg', 'trf', 'scibert'];
const pipelinePackageLoads: ProducerRow[] = PIPELINE_KINDS.flatMap(kind => PIPELINE_SIZES.map(size => ({
  match: `[a-z][a-z]_${kind}_*_${size}.load`,
  type: 'model.spacy',
  load: { pin: 'name' as const, decidedBy: 'the installed spaCy pipeline package decides: its version can change with the environment' },
})));

const pack: KnowledgePack = {
  id: 'spacy',
  name: 'spaCy',
  languages: ['python'],
  description: 'spaCy pipelines: `spacy.load(name_or_path)` loads (an installed package name can change with the package, a path is a shipped artifact), and so does `load()` of an imported pipeline package (`en_core_web_sm.load()`); `nlp(text)` and `nlp.pipe(texts)` are inference. `spacy.blank(lang)` is an empty pipeline, not a model.',
  tables: {
    mlModules: ['spacy'],
    producers: [
      { match: 'spacy.load', type: 'model.spacy', load: { pin: 'hf', modelArg: [0, 'name'] } },
      { match: 'spacy.util.load_model', type: 'model.spacy', load: { pin: 'hf', modelArg: [0, 'name'] } },
      ...pipelinePackageLoads,
    ],
    inference: [{ match: 'model.spacy#' }, { match: 'model.spacy#pipe' }],
  },
};
export default pack;
