import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ocr-models',
  name: 'pix2tex (LaTeX-OCR) and Manga OCR',
  languages: ['python'],
  description: 'Image-to-text models called like functions: `LatexOCR()` of pix2tex loads its released checkpoint (downloaded on first use) and '
    + '`model(img)` returns LaTeX; `MangaOcr()` loads its hub model (`kha-white/manga-ocr-base` unless named) and `mocr(img)` reads the text.',
  tables: {
    mlModules: ['pix2tex', 'manga_ocr'],
    producers: [
      { match: 'pix2tex.cli.LatexOCR', type: 'model.ocr-lib', load: { pin: 'library', defaultWeights: true, modelArg: ['arguments'] } },
      { match: 'manga_ocr.MangaOcr', type: 'model.ocr-lib', load: { pin: 'hf', defaultWeights: true, modelArg: ['pretrained_model_name_or_path', 0] } },
    ],
    inference: [{ match: 'model.ocr-lib#', inputArgs: [0] }],
  },
};
export default pack;
