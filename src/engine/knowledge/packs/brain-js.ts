import type { KnowledgePack } from '../types';

/** brain.js networks are built empty and either trained in the code or given trained weights by `fromJSON`. */
const NETWORKS = ['NeuralNetwork', 'NeuralNetworkGPU', 'recurrent.RNN', 'recurrent.LSTM', 'recurrent.GRU', 'recurrent.RNNTimeStep', 'recurrent.LSTMTimeStep',
  'recurrent.GRUTimeStep', 'FeedForward', 'Recurrent', 'CrossValidate', 'likely'];

const pack: KnowledgePack = {
  id: 'brain-js',
  name: 'brain.js',
  languages: ['typescript'],
  description: 'brain.js networks (`new brain.NeuralNetwork()`, `new brain.recurrent.LSTM()`, …): `net.fromJSON(json)` loads trained weights, '
    + '`net.run(input)` (and a time-step network\'s `forecast`) is inference; a network trained in the same function is being evaluated.',
  tables: {
    mlModules: ['brain.js'],
    producers: [
      ...NETWORKS.map(n => ({ match: `brain.js.${n}`, type: 'model.brain' })),
      { match: 'model.brain#fromJSON', type: 'model.brain', load: { pin: 'local', modelArg: [0] } },
    ],
    inference: ['run', 'forecast'].map(m => ({ match: `model.brain#${m}`, inputArgs: [0] })),
  },
};
export default pack;
