import type { KnowledgePack } from '../types';

const MODELS = ['ClassificationModel', 'MultiLabelClassificationModel', 'NERModel', 'QuestionAnsweringModel', 'Seq2SeqModel', 'T5Model',
  'LanguageGenerationModel', 'ConvAIModel', 'RepresentationModel', 'RetrievalModel'];

const pack: KnowledgePack = {
  id: 'simpletransformers',
  name: 'Simple Transformers',
  languages: ['python'],
  description: '`ClassificationModel("roberta", "outputs/model")` (also `NERModel`, `QuestionAnsweringModel`, `Seq2SeqModel`, `T5Model`, …) loads the '
    + 'checkpoint its second argument names (a folder is the project\'s, a hub id moves); `model.predict(texts)` runs it, `train_model` trains.',
  tables: {
    mlModules: ['simpletransformers'],
    producers: MODELS.map(c => ({ match: `simpletransformers.**.${c}`, type: 'model.simpletransformers', load: { pin: 'hf' as const, modelArg: [1, 'model_name'] } })),
    inference: ['predict', 'encode_sentences', 'generate'].map(m => ({ match: `model.simpletransformers#${m}`, inputArgs: [0, 'to_predict'] })),
  },
};
export default pack;
