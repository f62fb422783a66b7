import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'monai',
  name: 'MONAI (medical imaging)',
  languages: ['python'],
  description: 'MONAI\'s inference helpers run the network they are handed: `sliding_window_inference(inputs, roi_size, sw_batch_size, model)` (and a '
    + '`SlidingWindowInferer(…)(inputs, model)`) is where a loaded model predicts on a volume; bundles load with `monai.bundle.load(name=…)` '
    + '(by name from the model zoo: it moves).',
  tables: {
    mlModules: ['monai'],
    producers: [{ match: 'monai.bundle.load', type: 'model.torch', load: { pin: 'library', modelArg: ['name', 0] } }],
    // (the network is an argument, often a parameter the engine cannot type: the helper itself is the prediction)
    inference: ['monai.inferers.sliding_window_inference', 'monai.inferers.utils.sliding_window_inference'].map(match => ({ match, inputArgs: [0, 'inputs'] })),
  },
};
export default pack;
