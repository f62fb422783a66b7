import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pytorch',
  name: 'PyTorch',
  languages: ['python'],
  description: 'PyTorch modules: `torch.load`, TorchScript, `torch.export`, `torch.package` (`PackageImporter(f).load_pickle(…)`) and `torch.hub.load` loads, modules built in code (`torch.nn`, torchvision, `nn.Module` subclasses; a torchvision builder given `weights=`/`pretrained=True` loads them), kept through `.to()`/`.eval()`/`torch.compile`; calling the module or `forward` is inference.',
  tables: {
    mlModules: ['torch', 'torchmetrics'],
    // a loss of the outputs (`criterion(outputs, target)`, `F.cross_entropy(logits, y)`) is training or evaluation
    evaluationMetrics: ['torchmetrics.**', 'loss.torch#', 'torch.nn.functional.*_loss', 'torch.nn.functional.cross_entropy', 'torch.nn.functional.binary_cross_entropy*'],
    producers: [
      { match: 'torch.load', type: 'model.torch', load: { pin: 'local', needsModelEvidence: true } },
      { match: 'torch.jit.load', type: 'model.torch', load: { pin: 'local' } },
      { match: 'torch.export.load', type: 'model.torch', load: { pin: 'local' } },
      // a torch.package archive (Silero models ship so): the importer opens the file, `load_pickle` brings the model in
      { match: 'torch.package.PackageImporter', type: 'torch.package-importer' },
      { match: 'torch.package-importer#load_pickle', type: 'model.torch', load: { pin: 'local' } },
      // a hub repository `owner/repo[:ref]`: a branch or tag can move (or `source="local"` and a directory)
      // (a hub repo's `custom` entry point, YOLOv5's `torch.hub.load("ultralytics/yolov5", "custom", path="best.pt")`, loads the weights at `path`)
      { match: 'torch.hub.load', type: 'model.torch', load: { pin: 'hf', modelArg: ['path', 0, 'repo_or_dir'] } },
      // wrappers return the module they are given (before `torch.nn.*`, which they would match)
      { match: 'torch.compile', passThrough: 'arg0' },
      { match: 'torch.nn.DataParallel', passThrough: 'arg0' },
      { match: 'torch.jit.script', passThrough: 'arg0' },
      { match: 'torch.jit.trace', passThrough: 'arg0' },
      // layers without weights and losses are not models: `Softmax(dim=1)(logits)` turns a prediction into
      // probabilities; a loss applied to outputs is training or evaluation
      ...['*Loss', 'Softmax*', 'LogSoftmax', 'Sigmoid', 'Tanh', '*ReLU*', 'GELU', 'SiLU', 'ELU', 'SELU', 'CELU', 'Mish', 'Hard*', 'Softplus', 'Softsign', 'Dropout*',
        'AlphaDropout', 'Identity', 'Flatten', 'Unflatten', '*Pool*', 'Upsample*', 'PixelShuffle', 'PixelUnshuffle', 'CosineSimilarity', 'PairwiseDistance', 'ZeroPad*',
        'ConstantPad*', 'ReflectionPad*', 'ReplicationPad*'].map(l => ({ match: `torch.nn.${l}`, type: l === '*Loss' ? 'loss.torch' : 'layer.torch' })),
      // a layer made from a tensor the code already holds (`nn.Embedding.from_pretrained(vectors)`): no model is loaded
      { match: 'torch.nn.*.from_pretrained', type: 'model.torch' },
      { match: 'torch.nn.*', type: 'model.torch' },
      // torchvision builders download weights only when asked (`weights=…`, legacy `pretrained=True`)
      // (the weights enums and their `transforms()` are not models)
      { match: 'torchvision.models.**_Weights**', type: 'torchvision.weights' },
      ...['torchvision.models.*', 'torchvision.models.*.*'].map(match => ({ match, type: 'model.torch', load: { pin: 'weights' as const, onlyWith: ['weights', 'pretrained'] } })),
      // modules keep their type through device/mode changes
      ...['to', 'eval', 'cuda', 'cpu', 'half', 'float', 'train', 'requires_grad_', 'share_memory'].map(m => ({ match: `model.torch#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [{ match: 'model.torch#' }, { match: 'model.torch#forward' }],
    // a project's module served through its own methods (`model.caption_image(img, vocab)`, `model.sample(z)`);
    // `nn.Module`'s own API moves, inspects or trains the instance
    customModelMethods: [{ type: 'model.torch', except: ['to', 'eval', 'train', 'cuda', 'cpu', 'half', 'float', 'double', 'bfloat16', 'type', 'apply',
      'parameters', 'named_parameters', 'buffers', 'named_buffers', 'children', 'named_children', 'modules', 'named_modules', 'state_dict',
      'load_state_dict', 'zero_grad', 'requires_grad_', 'share_memory', 'add_module', 'register_module', 'get_submodule', 'get_parameter',
      'get_buffer', 'extra_repr', 'compile', 'ipu', 'xpu', 'mtia', 'to_empty', 'set_extra_state', 'get_extra_state', 'save_pretrained', 'push_to_hub',
      'fit', 'backward', 'step', 'configure_optimizers', 'training_step', 'validation_step', 'test_step', 'log', 'save_hyperparameters',
      'remove_weight_norm', 'register_forward_hook', 'register_forward_pre_hook'] }],
    // a neural vocoder's generator (HiFi-GAN, MelGAN, WaveGlow, BigVGAN) has its weight norm removed before it is served: whatever
    // built it (a project checkpoint helper of another module), the value is a torch module
    typeFromUsage: { remove_weight_norm: 'model.torch' },
    // model definitions: their own calls (`self.encoder(x)` in forward) are layers, not predictions
    classBases: [{ match: 'torch.nn.Module', type: 'model.torch' }, { match: 'pytorch_lightning.LightningModule', type: 'model.torch' },
      { match: 'lightning.LightningModule', type: 'model.torch' }, { match: 'lightning.pytorch.LightningModule', type: 'model.torch' }],
  },
};
export default pack;
