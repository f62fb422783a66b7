import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ludwig',
  name: 'Ludwig',
  languages: ['python'],
  description: 'Declarative models of Ludwig: `LudwigModel.load("results/run/model")` loads a trained model, `model.predict(dataset=…)` runs it '
    + '(`LudwigModel(config).train(…)` trains one; its predictions in the same scope are evaluation).',
  tables: {
    mlModules: ['ludwig'],
    producers: [
      ...['ludwig.api.LudwigModel.load', 'ludwig.LudwigModel.load'].map(match => ({ match, type: 'model.ludwig', load: { pin: 'local' as const, modelArg: [0, 'model_dir'] } })),
      ...['ludwig.api.LudwigModel', 'ludwig.LudwigModel'].map(match => ({ match, type: 'model.ludwig' })),
    ],
    inference: [{ match: 'model.ludwig#predict', inputArgs: [0, 'dataset'] }],
  },
};
export default pack;
