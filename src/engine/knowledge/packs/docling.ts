import type { KnowledgePack } from '../types';

/**
 * Docling converts documents with its layout, table-structure and OCR models. The converter loads them lazily, on its
 * first conversion, from the versions the installed package pins, so no load is reported; each conversion runs them.
 */
const pack: KnowledgePack = {
  id: 'docling',
  name: 'Docling',
  languages: ['python'],
  description: '`DocumentConverter(…).convert(source)` and `convert_all(sources)` run Docling\'s layout, table and OCR models on a document '
    + '(loaded lazily by the converter, at the versions the installed package pins).',
  tables: {
    mlModules: ['docling'],
    producers: ['docling.document_converter.DocumentConverter', 'docling.DocumentConverter'].map(match => ({ match, type: 'model.docling' })),
    inference: ['convert', 'convert_all'].map(m => ({ match: `model.docling#${m}`, inputArgs: [0, 'source'] })),
  },
};
export default pack;
