import type { KnowledgePack } from '../types';

/** Models are torch modules: the pytorch pack's rows make calling them inference. */
const pack: KnowledgePack = {
  id: 'timm',
  name: 'timm (PyTorch Image Models)',
  languages: ['python'],
  description: '`timm.create_model(…)` builds a torch module; it is a model load when given `pretrained=True` (hub weights, which move) or a `checkpoint_path`.',
  tables: {
    mlModules: ['timm'],
    producers: [
      // without a checkpoint or pretrained=True it only builds an architecture
      { match: 'timm.create_model', type: 'model.torch', load: { pin: 'weights', onlyWith: ['checkpoint_path', 'pretrained'] } },
    ],
  },
};
export default pack;
