import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'webnn',
  name: 'WebNN (the browser\'s neural network API)',
  languages: ['typescript'],
  description: 'The W3C Web Neural Network API: a context from `navigator.ml.createContext()`, a graph built with `new MLGraphBuilder(context)` and `builder.build({...})` (the load: its weights are given as constants, so the code does not say which they are), run with `context.dispatch(graph, inputs, outputs)` or `context.compute(…)`.',
  tables: {
    // browser globals, no import
    builtins: { MLGraphBuilder: 'webnn.MLGraphBuilder', navigator: 'navigator' },
    producers: [
      { match: 'navigator.ml.createContext', type: 'webnn.context' },
      { match: 'webnn.MLGraphBuilder', type: 'webnn.builder' },
      { match: 'webnn.builder#build', type: 'webnn.graph', load: { pin: 'local' } },
    ],
    inference: [{ match: 'webnn.context#dispatch', inputArgs: [1] }, { match: 'webnn.context#compute', inputArgs: [1] }],
  },
};
export default pack;
