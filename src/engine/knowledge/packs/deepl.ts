import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'deepl',
  name: 'DeepL',
  languages: ['python', 'typescript'],
  description: 'DeepL\'s translation models: JS `deepl-node` (`new deepl.Translator(key)`, `new DeepLClient(key)`) `translateText`, `translateDocument`, '
    + '`rephraseText`; Python `deepl.Translator(key)` / `deepl.DeepLClient(key)` `translate_text`, `translate_document`, `rephrase_text`. '
    + 'Usage and glossary calls run no model.',
  tables: {
    mlModules: ['deepl', 'deepl-node'],
    producers: ['Translator', 'DeepLClient'].flatMap(c => [`deepl-node.${c}`, `deepl.${c}`]).map(match => ({ match, type: 'client.deepl' })),
    inference: ['translateText', 'translateDocument', 'rephraseText', 'translate_text', 'translate_document', 'translate_text_with_glossary', 'rephrase_text']
      .map(m => ({ match: `client.deepl#${m}`, inputArgs: [0, 'text'] })),
  },
};
export default pack;
