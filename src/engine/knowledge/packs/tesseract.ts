import type { KnowledgePack } from '../types';

/**
 * Tesseract from Python: pytesseract runs the OCR engine's trained model on an image in each of its module
 * functions (no model object is made in the code; the language's `.traineddata` is chosen with `lang=`).
 */
const OCR_FUNCTIONS = ['image_to_string', 'image_to_data', 'image_to_boxes', 'image_to_osd', 'image_to_pdf_or_hocr', 'image_to_alto_xml', 'run_and_get_output'];

const pack: KnowledgePack = {
  id: 'tesseract',
  name: 'Tesseract OCR (pytesseract)',
  languages: ['python'],
  description: '`pytesseract.image_to_string(img, lang=…)` and the other `image_to_*` functions: each runs Tesseract\'s OCR model on an image.',
  tables: {
    mlModules: ['pytesseract'],
    inference: OCR_FUNCTIONS.map(f => ({ match: `pytesseract.${f}`, inputArgs: [0, 'image'] })),
  },
};
export default pack;
