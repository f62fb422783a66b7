import type { KnowledgePack } from '../types';

/**
 * Tesseract from Python and from JS (tesseract.js). Python: pytesseract runs the OCR engine's trained model on an image in each of its module
 * functions (no model object is made in the code; the language's `.traineddata` is chosen with `lang=`).
 */
/** tesserocr, the C-API binding: its module functions run the model on an image or a file; `PyTessBaseAPI` holds it loaded. */
const TESSEROCR_FUNCTIONS = ['image_to_text', 'file_to_text'];
const TESSEROCR_API_VERBS = ['GetUTF8Text', 'Recognize', 'GetHOCRText', 'GetTSVText', 'AllWordConfidences', 'MapWordConfidences', 'DetectOrientationScript'];
const OCR_FUNCTIONS = ['image_to_string', 'image_to_data', 'image_to_boxes', 'image_to_osd', 'image_to_pdf_or_hocr', 'image_to_alto_xml', 'run_and_get_output'];

const pack: KnowledgePack = {
  id: 'tesseract',
  name: 'Tesseract OCR (pytesseract, tesserocr, tesseract.js)',
  languages: ['python', 'typescript'],
  description: '`pytesseract.image_to_string(img, lang=…)` and the other `image_to_*` functions: each runs Tesseract\'s OCR model on an image. '
    + 'tesserocr: `file_to_text(path)`/`image_to_text(img)` do the same; `PyTessBaseAPI(lang=…)` loads the language model and `GetUTF8Text()` runs it on the image set before. '
    + 'tesseract.js: `await createWorker(lang)` loads the language model (downloaded by default; in versions 2–4 `worker.loadLanguage(lang)` does, after an empty `createWorker()`), `worker.recognize(image)`/`detect` runs it; '
    + '`Tesseract.recognize(image, lang)` does both.',
  tables: {
    mlModules: ['pytesseract', 'tesserocr', 'tesseract.js'],
    producers: [
      // the language's `.traineddata` in the installed tessdata directory (`lang="eng"` by default): the installation decides
      { match: 'tesserocr.PyTessBaseAPI', type: 'model.tesserocr', load: { pin: 'library', defaultWeights: true, modelArg: ['lang', 1] } },
      { match: 'tesseract.js.createWorker', type: 'model.tesseract-js', load: { pin: 'library', defaultWeights: true, modelArg: [0, 'langs'], supersededBy: ['loadLanguage'] } },
      { match: 'tesseract.js.default.createWorker', type: 'model.tesseract-js', load: { pin: 'library', defaultWeights: true, modelArg: [0, 'langs'], supersededBy: ['loadLanguage'] } },
      // tesseract.js 2–4: the worker is made empty and the language's model loaded into it
      { match: 'model.tesseract-js#loadLanguage', load: { pin: 'library', modelArg: [0] } },
    ],
    inference: [
      ...OCR_FUNCTIONS.map(f => ({ match: `pytesseract.${f}`, inputArgs: [0, 'image'] })),
      ...TESSEROCR_FUNCTIONS.map(f => ({ match: `tesserocr.${f}`, inputArgs: [0, 'image', 'filename'] })),
      // (the image was given by `SetImage`/`SetImageFile` before: the verb itself takes nothing)
      ...TESSEROCR_API_VERBS.map(m => ({ match: `model.tesserocr#${m}` })),
      ...['recognize', 'detect'].map(m => ({ match: `model.tesseract-js#${m}`, inputArgs: [0] })),
      { match: 'tesseract.js.recognize', inputArgs: [0] }, { match: 'tesseract.js.default.recognize', inputArgs: [0] },
    ],
  },
};
export default pack;
