import type { KnowledgePack } from '../types';

/**
 * Tesseract from Python and from JS (tesseract.js). Python: pytesseract runs the OCR engine's trained model on an image in each of its module
 * functions (no model object is made in the code; the language's `.traineddata` is chosen with `lang=`).
 */
const OCR_FUNCTIONS = ['image_to_string', 'image_to_data', 'image_to_boxes', 'image_to_osd', 'image_to_pdf_or_hocr', 'image_to_alto_xml', 'run_and_get_output'];

const pack: KnowledgePack = {
  id: 'tesseract',
  name: 'Tesseract OCR (pytesseract, tesseract.js)',
  languages: ['python', 'typescript'],
  description: '`pytesseract.image_to_string(img, lang=…)` and the other `image_to_*` functions: each runs Tesseract\'s OCR model on an image. '
    + 'tesseract.js: `await createWorker(lang)` loads the language model (downloaded by default), `worker.recognize(image)`/`detect` runs it; '
    + '`Tesseract.recognize(image, lang)` does both.',
  tables: {
    mlModules: ['pytesseract', 'tesseract.js'],
    producers: [
      { match: 'tesseract.js.createWorker', type: 'model.tesseract-js', load: { pin: 'library', defaultWeights: true, modelArg: [0, 'langs'] } },
      { match: 'tesseract.js.default.createWorker', type: 'model.tesseract-js', load: { pin: 'library', defaultWeights: true, modelArg: [0, 'langs'] } },
    ],
    inference: [
      ...OCR_FUNCTIONS.map(f => ({ match: `pytesseract.${f}`, inputArgs: [0, 'image'] })),
      ...['recognize', 'detect'].map(m => ({ match: `model.tesseract-js#${m}`, inputArgs: [0] })),
      { match: 'tesseract.js.recognize', inputArgs: [0] }, { match: 'tesseract.js.default.recognize', inputArgs: [0] },
    ],
  },
};
export default pack;
