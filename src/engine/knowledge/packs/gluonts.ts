import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'gluonts',
  name: 'GluonTS',
  languages: ['python'],
  description: 'Probabilistic forecasting with GluonTS: `Predictor.deserialize(Path(dir))` loads a trained predictor (an estimator\'s `train(…)` '
    + 'makes one in the same scope: training), `predictor.predict(dataset)` forecasts.',
  tables: {
    mlModules: ['gluonts'],
    producers: ['gluonts.model.predictor.Predictor.deserialize', 'gluonts.model.Predictor.deserialize', 'gluonts.torch.model.predictor.PyTorchPredictor.deserialize']
      .map(match => ({ match, type: 'model.gluonts', load: { pin: 'local' as const, modelArg: [0, 'path'] } })),
    inference: [{ match: 'model.gluonts#predict', inputArgs: [0, 'dataset'] }],
  },
};
export default pack;
