import type { KnowledgePack } from '../types';

/**
 * Argos Translate: offline translation with CTranslate2 models installed as packages from its online index. The
 * translation between two installed languages (`from_lang.get_translation(to_lang)`) is backed by that package's model,
 * so getting it is the load (the index's current package: no version pins it); `translate(text)` runs it, as does the
 * module function `argostranslate.translate.translate(text, "en", "de")`.
 */
const pack: KnowledgePack = {
  id: 'argos-translate',
  name: 'Argos Translate',
  languages: ['python'],
  description: 'Argos Translate: `get_installed_languages()` languages, `from_lang.get_translation(to_lang)` loads the installed translation model '
    + '(`get_translation_from_codes`, too), `translation.translate(text)` and `argostranslate.translate.translate(text, from, to)` are inference.',
  tables: {
    mlModules: ['argostranslate'],
    producers: [
      // the installed languages, and each of them (`[0]`, a loop, `next(…)`)
      { match: 'argostranslate.translate.get_installed_languages', type: 'argos.languages' },
      { match: 'argos.languages#[]', on: 'access' as const, type: 'argos.language' },
      { match: 'argostranslate.translate.get_language_from_code', type: 'argos.language' },
      ...['argos.language#get_translation', 'argostranslate.translate.get_translation_from_codes']
        .map(match => ({ match, type: 'model.argos-translation', load: { pin: 'name' as const, modelArg: [],
          decidedBy: 'the installed package for the language pair: the package index decides which model version that is' } })),
    ],
    inference: [
      { match: 'model.argos-translation#translate', inputArgs: [0] },
      { match: 'model.argos-translation#hypotheses', inputArgs: [0] },
      { match: 'argostranslate.translate.translate', inputArgs: [0] },
    ],
  },
};
export default pack;
