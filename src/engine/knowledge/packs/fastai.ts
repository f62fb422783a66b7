import type { KnowledgePack } from '../types';

/** The learner builders that start from pretrained weights unless told not to (`pretrained=True` is their default). */
const PRETRAINED_BUILDERS = ['vision_learner', 'cnn_learner', 'unet_learner', 'text_classifier_learner', 'language_model_learner'];
/** Where fastai's names are imported from: `fastai.vision.all`, `fastai.text.all`, `fastai.learner`, … */
const FROM = ['fastai.*', 'fastai.*.*', 'fastai.*.*.*'];

const pack: KnowledgePack = {
  id: 'fastai',
  name: 'fastai',
  languages: ['python'],
  description: 'fastai learners: `load_learner(path)` restores an exported learner (`export.pkl`); `vision_learner(dls, resnet34)` and the other '
    + 'builders download the architecture\'s pretrained weights unless `pretrained=False`; `learn.predict(item)` and '
    + '`learn.get_preds(dl=…)` run the model (a learner being trained and evaluated in the same function is training).',
  tables: {
    mlModules: ['fastai'],
    producers: [
      ...FROM.map(from => ({ match: `${from}.load_learner`, type: 'model.fastai', load: { pin: 'local' as const, modelArg: [0, 'fname'] } })),
      // (the first argument is the data, not a model: `modelArg: []`)
      // the weights are the architecture's published ImageNet or WikiText ones, as the installed torchvision/fastai release has them
      ...FROM.flatMap(from => PRETRAINED_BUILDERS.map(b => ({ match: `${from}.${b}`, type: 'model.fastai', load: { pin: 'weights' as const, offWith: ['pretrained'], modelArg: [] } }))),
      ...FROM.map(from => ({ match: `${from}.tabular_learner`, type: 'model.fastai' })),
      ...FROM.map(from => ({ match: `${from}.Learner`, type: 'model.fastai' })),
      ...['to_fp16', 'to_fp32', 'to_channels_last'].map(m => ({ match: `model.fastai#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: ['predict', 'get_preds', 'tta', 'blurr_predict'].map(m => ({ match: `model.fastai#${m}`, inputArgs: [0, 'dl', 'item'] })),
  },
};
export default pack;
