import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pytorch-tabnet',
  name: 'TabNet (pytorch-tabnet)',
  languages: ['python'],
  description: 'TabNet models: `TabNetClassifier()` / `TabNetRegressor()` / `TabNetMultiTaskClassifier()` make an empty model, `load_model("model.zip")` '
    + 'loads a trained one, `predict` / `predict_proba` run it and `explain` runs it for its masks (`fit` is training).',
  tables: {
    mlModules: ['pytorch_tabnet'],
    producers: [
      ...['TabNetClassifier', 'TabNetRegressor', 'TabNetMultiTaskClassifier'].flatMap(c => [`pytorch_tabnet.tab_model.${c}`, `pytorch_tabnet.multitask.${c}`])
        .map(match => ({ match, type: 'model.tabnet' })),
      { match: 'model.tabnet#load_model', load: { pin: 'local', modelArg: [0, 'filepath'] } },
    ],
    inference: ['predict', 'predict_proba', 'explain'].map(m => ({ match: `model.tabnet#${m}`, inputArgs: [0, 'X'] })),
  },
};
export default pack;
