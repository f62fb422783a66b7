import type { KnowledgePack } from '../types';

/** TensorFlow Hub (and Kaggle Models) handles: `hub.load(handle)` is a SavedModel, `hub.KerasLayer(handle)` a Keras layer holding one. */
const pack: KnowledgePack = {
  id: 'tensorflow-hub',
  name: 'TensorFlow Hub',
  languages: ['python'],
  description: '`hub.load("https://tfhub.dev/…/4")` loads a SavedModel (calling it, or a signature of it, is inference); `hub.KerasLayer(handle)` loads one as a layer '
    + '(called directly it is inference, inside a model it is the model). A handle ending in a version number names that version.',
  tables: {
    mlModules: ['tensorflow_hub'],
    producers: [
      { match: 'tensorflow_hub.load', type: 'model.tfsaved', load: { pin: 'url', modelArg: [0, 'handle'] } },
      { match: 'tensorflow_hub.KerasLayer', type: 'model.keras', load: { pin: 'url', modelArg: [0, 'handle'] } },
    ],
  },
};
export default pack;
