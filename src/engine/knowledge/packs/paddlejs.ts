import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'paddlejs',
  name: 'Paddle.js',
  languages: ['typescript'],
  description: 'PaddlePaddle models in the browser: `new Runner({ modelPath, … })` (`@paddlejs/paddlejs-core`) names the model and `await runner.init()` '
    + 'fetches it; `runner.predict(input)` runs it. The `@paddlejs-models/*` packages wrap the same (`ocr.init()`, `ocr.recognize(img)`).',
  tables: {
    mlModules: ['@paddlejs/paddlejs-core', '@paddlejs-models/ocr', '@paddlejs-models/detect', '@paddlejs-models/humanseg', '@paddlejs-models/mobilenet'],
    producers: [
      { match: '@paddlejs/paddlejs-core.Runner', type: 'model.paddlejs' },
      { match: 'model.paddlejs#init', load: { pin: 'url', decidedBy: 'the `modelPath` the runner was made with (a CDN path without a version moves)' } },
      ...['ocr', 'detect', 'humanseg', 'mobilenet'].map(m => ({ match: `@paddlejs-models/${m}.init`, load: { pin: 'url' as const, defaultWeights: true, modelArg: [0] } })),
    ],
    inference: [
      { match: 'model.paddlejs#predict', inputArgs: [0] }, { match: 'model.paddlejs#predictWithFeed', inputArgs: [0] },
      ...['ocr.recognize', 'detect.detect', 'humanseg.getGrayValue', 'mobilenet.classify'].map(f => ({ match: `@paddlejs-models/${f}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
