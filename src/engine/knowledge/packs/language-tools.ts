import type { KnowledgePack } from '../types';

/**
 * Language detection and translation libraries: langdetect runs its n-gram language profiles (a naive Bayes model) on a
 * text; deep-translator sends it to a translation service (Google, DeepL, Microsoft, LibreTranslate, …) whose model answers.
 */
const TRANSLATORS = ['GoogleTranslator', 'DeeplTranslator', 'MicrosoftTranslator', 'LibreTranslator', 'MyMemoryTranslator', 'PonsTranslator',
  'LingueeTranslator', 'PapagoTranslator', 'YandexTranslator', 'QcriTranslator', 'ChatGptTranslator', 'BaiduTranslator', 'TencentTranslator'];

const pack: KnowledgePack = {
  id: 'language-tools',
  name: 'Language detection and translation (langdetect, deep-translator, googletrans)',
  languages: ['python'],
  description: '`langdetect.detect(text)` / `detect_langs(text)` run langdetect\'s language model; `GoogleTranslator(source=…, target=…).translate(text)` '
    + '(and `translate_batch`, `translate_file`) of deep-translator ask a hosted translation model; so do googletrans\'s `Translator().translate(text, dest=…)` and `detect(text)`.',
  tables: {
    mlModules: ['langdetect', 'deep_translator', 'googletrans'],
    producers: [...TRANSLATORS.flatMap(t => [`deep_translator.${t}`, `deep_translator.**.${t}`]).map(match => ({ match, type: 'client.deep-translator' })),
      // googletrans (the unofficial client of Google Translate's web endpoint), sync in 3.x, awaited in 4.x
      { match: 'googletrans.Translator', type: 'client.googletrans' }],
    inference: [
      ...['langdetect.detect', 'langdetect.detect_langs'].map(match => ({ match, inputArgs: [0] })),
      ...['translate', 'translate_batch', 'translate_file'].map(m => ({ match: `client.deep-translator#${m}`, inputArgs: [0, 'text', 'batch', 'path'] })),
      ...['translate', 'detect'].map(m => ({ match: `client.googletrans#${m}`, inputArgs: [0, 'text'] })),
    ],
  },
};
export default pack;
