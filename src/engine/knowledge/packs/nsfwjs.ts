import type { KnowledgePack } from '../types';

/** NSFW.js: `nsfwjs.load()` downloads its published default model (or the one at a URL or a bundled name); `model.classify(img)` runs it. */
const pack: KnowledgePack = {
  id: 'nsfwjs',
  name: 'NSFW.js',
  languages: ['typescript'],
  description: '`await nsfwjs.load(url?)` loads the image-safety classifier (its default weights when no model is named: the installed version '
    + 'decides), `model.classify(image, topk?)` classifies an image.',
  tables: {
    mlModules: ['nsfwjs'],
    producers: ['nsfwjs.load', 'nsfwjs.default.load'].map(match => ({ match, type: 'model.nsfwjs', load: { pin: 'url' as const, defaultWeights: true, modelArg: [0] } })),
    inference: [{ match: 'model.nsfwjs#classify', inputArgs: [0] }, { match: 'model.nsfwjs#classifyGif', inputArgs: [0] }],
  },
};
export default pack;
