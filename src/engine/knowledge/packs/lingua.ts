import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'lingua',
  name: 'Lingua (language detection)',
  languages: ['python'],
  description: '`LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()` builds a detector over the n-gram models '
    + 'bundled with the installed package (they change with it); `detect_language_of(text)`, `compute_language_confidence_values`, '
    + '`detect_multiple_languages_of` run it.',
  tables: {
    mlModules: ['lingua'],
    producers: [
      ...['from_all_languages', 'from_languages', 'from_all_spoken_languages', 'from_iso_codes_639_1', 'from_all_languages_without']
        .map(f => ({ match: `lingua.LanguageDetectorBuilder.${f}`, type: 'lingua.builder' })),
      { match: 'lingua.builder#with_*', passThrough: 'receiver' },
      { match: 'lingua.builder#build', type: 'model.lingua', load: { pin: 'name', decidedBy: 'the language models bundled with the installed lingua release' } },
    ],
    inference: ['detect_language_of', 'compute_language_confidence_values', 'compute_language_confidence', 'detect_multiple_languages_of']
      .map(m => ({ match: `model.lingua#${m}`, inputArgs: [0, 'text'] })),
  },
};
export default pack;
