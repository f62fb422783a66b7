import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'deeppavlov',
  name: 'DeepPavlov',
  languages: ['python'],
  description: '`build_model(configs.ner.ner_ontonotes_bert, download=True)` builds a pipeline from a config whose model files the library downloads '
    + '(by config name: they move with the release); calling the model on a batch of texts (`ner_model(["…"])`) runs it. `train_model` trains.',
  tables: {
    mlModules: ['deeppavlov'],
    producers: ['deeppavlov.build_model', 'deeppavlov.core.commands.infer.build_model']
      .map(match => ({ match, type: 'model.deeppavlov', load: { pin: 'library' as const, modelArg: [0, 'config'] } })),
    inference: [{ match: 'model.deeppavlov#', inputArgs: [0] }],
  },
};
export default pack;
