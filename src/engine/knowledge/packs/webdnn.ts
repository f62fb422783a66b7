import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'webdnn',
  name: 'WebDNN',
  languages: ['typescript'],
  description: 'WebDNN (University of Tokyo) in the browser: `WebDNN.load("./output")` (the `webdnn` package or its script-tag global) loads a converted '
    + 'model as a runner; `runner.run()` (after filling `runner.getInputViews()`) runs it.',
  tables: {
    builtins: { WebDNN: 'webdnn' },
    mlModules: ['webdnn'],
    producers: ['webdnn.load', 'webdnn.default.load'].map(match => ({ match, type: 'model.webdnn', load: { pin: 'url' as const, modelArg: [0] } })),
    inference: [{ match: 'model.webdnn#run' }],
  },
};
export default pack;
