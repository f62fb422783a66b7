import type { KnowledgePack } from '../types';

/**
 * Apache MXNet: an exported Gluon network is imported from its symbol and parameter files (`SymbolBlock.imports`), a checkpoint is
 * read by `mx.model.load_checkpoint`, a zoo network is built with `pretrained=True`; calling the network runs it.
 */
const pack: KnowledgePack = {
  id: 'mxnet',
  name: 'Apache MXNet (Gluon)',
  languages: ['python'],
  description: '`net = mx.gluon.nn.SymbolBlock.imports("m-symbol.json", ["data"], "m-0000.params")` loads an exported network (`net(x)` runs it); '
    + '`net.load_parameters(path)` puts trained weights into a network built in code; `gluon.model_zoo.vision.get_model(name, pretrained=True)` '
    + 'downloads published weights; `mx.model.load_checkpoint(prefix, epoch)` reads a checkpoint, and so does the legacy `mx.model.FeedForward.load(prefix, epoch)` (`net.predict(x)` runs it).',
  tables: {
    mlModules: ['mxnet', 'gluoncv'],
    producers: [
      ...['mxnet.gluon.nn.SymbolBlock.imports', 'mxnet.gluon.SymbolBlock.imports'].map(match => ({ match, type: 'model.mxnet', load: { pin: 'local' as const, modelArg: [2, 'param_file', 0] } })),
      // the legacy model API: `mx.model.FeedForward.load(prefix, epoch, ctx=…)` reads a checkpoint, `net.predict(batch)` runs it
      { match: 'mxnet.model.FeedForward.load', type: 'model.mxnet', load: { pin: 'local' as const, modelArg: [0, 'prefix'] } },
      { match: 'mxnet.model.load_checkpoint', type: 'model.mxnet', load: { pin: 'local' as const, modelArg: [0, 'prefix'] } },
      ...['mxnet.gluon.model_zoo.vision.get_model', 'gluoncv.model_zoo.get_model'].map(match => ({ match, type: 'model.mxnet', load: { pin: 'weights' as const, onlyWith: ['pretrained'] } })),
      { match: 'model.mxnet#load_parameters', load: { pin: 'local' as const, modelArg: [0, 'filename'] } },
      ...['hybridize', 'as_in_context', 'collect_params'].map(m => ({ match: `model.mxnet#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [{ match: 'model.mxnet#', inputArgs: [0] }, { match: 'model.mxnet#forward', inputArgs: [0] }, { match: 'model.mxnet#predict', inputArgs: [0, 'X'] }],
  },
};
export default pack;
