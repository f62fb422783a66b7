import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'allennlp',
  name: 'AllenNLP',
  languages: ['python'],
  description: 'AllenNLP predictors: `Predictor.from_path(archive)` loads a model archive (a URL without a version moves); `predict`, `predict_json` and `predict_batch_json` run it.',
  tables: {
    mlModules: ['allennlp', 'allennlp_models'],
    producers: [{ match: 'allennlp.predictors.**.from_path', type: 'model.allennlp', load: { pin: 'url', modelArg: [0, 'archive_path'] } }],
    inference: ['predict', 'predict_json', 'predict_batch_json', 'predict_instance'].map(m => ({ match: `model.allennlp#${m}` })),
  },
};
export default pack;
