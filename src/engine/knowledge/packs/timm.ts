import type { KnowledgePack } from '../types';

/** Models are torch modules: the pytorch pack's rows make calling them inference. */
const pack: KnowledgePack = {
  id: 'timm',
  name: 'timm (PyTorch Image Models)',
  languages: ['python'],
  description: '`timm.create_model(…)` builds a torch module; it is a model load when given a `checkpoint_path` (pretrained hub weights are not recognised as a load yet).',
  tables: {
    mlModules: ['timm'],
    producers: [
      // without a checkpoint (and without pretrained=True, which a row cannot test yet) it only builds an architecture
      { match: 'timm.create_model', type: 'model.torch', load: { pin: 'local', modelArg: ['checkpoint_path'] } },
    ],
  },
};
export default pack;
