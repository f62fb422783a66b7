import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'bentoml',
  name: 'BentoML',
  languages: ['python'],
  description: 'The BentoML model store (`bentoml.models.get`, `bentoml.<framework>.load_model`), pinned by a `name:version` tag; runners\' `run`/`async_run` are inference; `bentoml.monitor` records.',
  tables: {
    contracts: [{ framework: 'BentoML service', classDecorators: ['bentoml.service', 'bentoml.Service'], loadHooks: ['__init__'], serveHooks: [], serveDecorators: ['bentoml.api'] }],
    mlModules: ['bentoml'],
    producers: [
      { match: 'bentoml.models.get', type: 'model.bentoref', load: { pin: 'bentoml', modelArg: [0, 'tag'] } },
      { match: 'bentoml.*.get', type: 'model.bentoref', load: { pin: 'bentoml', modelArg: [0, 'tag'] } },
      { match: 'bentoml.pytorch.load_model', type: 'model.torch', load: { pin: 'bentoml', modelArg: [0, 'tag'] } },
      { match: 'bentoml.keras.load_model', type: 'model.keras', load: { pin: 'bentoml', modelArg: [0, 'tag'] } },
      { match: 'bentoml.*.load_model', type: 'model.estimator', load: { pin: 'bentoml', modelArg: [0, 'tag'] } },
      { match: 'bentoml.monitor', type: 'monitor.bentoml' },
      { match: 'bentoml.monitoring.monitor', type: 'monitor.bentoml' },
      { match: 'model.bentoref#to_runner', type: 'runner.bentoml' },
      { match: 'model.bentoref#load_model', type: 'model.estimator' },
    ],
    inference: [
      { match: 'runner.bentoml#run' }, { match: 'runner.bentoml#async_run' },
      { match: 'runner.bentoml#*.run' }, { match: 'runner.bentoml#*.async_run' },
    ],
    sinks: [{ match: 'monitor.bentoml#log' }, { match: 'monitor.bentoml#log_batch' }],
  },
};
export default pack;
