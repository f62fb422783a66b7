import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'torchserve',
  name: 'TorchServe',
  languages: ['python'],
  description: 'TorchServe handlers: subclasses of `BaseHandler` (and its image/text handlers) hold a torch module in `self.model`.',
  tables: {
    contracts: [{ framework: 'TorchServe handler', classBases: ['ts.torch_handler.base_handler.BaseHandler', 'ts.torch_handler.**'], loadHooks: ['initialize', '__init__'], serveHooks: ['inference', 'handle', 'preprocess', 'postprocess'] }],
    mlModules: ['ts'],
    classBases: [
      { match: 'ts.torch_handler.base_handler.BaseHandler', attributes: { model: 'model.torch' } },
      { match: 'ts.torch_handler.*.ImageClassifier', attributes: { model: 'model.torch' } },
      { match: 'ts.torch_handler.*.TextHandler', attributes: { model: 'model.torch' } },
    ],
  },
};
export default pack;
