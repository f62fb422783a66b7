import type { KnowledgePack } from '../types';

/** Neataptic and Synaptic neural networks in JS: restored from JSON (`Network.fromJSON`), run by `activate`. */
const LIBS = ['neataptic', 'synaptic'];

const pack: KnowledgePack = {
  id: 'neataptic-synaptic',
  name: 'Neataptic and Synaptic',
  languages: ['typescript'],
  description: '`Network.fromJSON(json)` restores a trained network (a file of the project: local); `network.activate(input)` and '
    + '`noTraceActivate(input)` run it. A network built and trained in the same function is being evaluated.',
  tables: {
    mlModules: LIBS,
    producers: LIBS.flatMap(l => [`${l}.Network.fromJSON`, `${l}.default.Network.fromJSON`, `${l}.Network.import`])
      .map(match => ({ match, type: 'model.neataptic', load: { pin: 'local' as const, modelArg: [0] } })),
    inference: ['activate', 'noTraceActivate'].map(m => ({ match: `model.neataptic#${m}`, inputArgs: [0] })),
  },
};
export default pack;
