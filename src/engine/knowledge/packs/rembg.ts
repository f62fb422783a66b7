import type { KnowledgePack } from '../types';

/** rembg's models are ONNX files it downloads by name into `~/.u2net` on first use: a session name moves with the release. */
const pack: KnowledgePack = {
  id: 'rembg',
  name: 'rembg',
  languages: ['python'],
  description: 'Background removal with rembg: `new_session("u2netp")` loads a segmentation model (downloaded by name), `remove(image, session=…)` runs it; '
    + '`remove(image)` without a session runs the default model.',
  tables: {
    mlModules: ['rembg'],
    producers: [
      { match: 'rembg.new_session', type: 'model.rembg', load: { pin: 'library', modelArg: [0, 'model_name'], defaultWeights: true } },
      { match: 'rembg.session_factory.new_session', type: 'model.rembg', load: { pin: 'library', modelArg: [0, 'model_name'], defaultWeights: true } },
    ],
    inference: [
      { match: 'rembg.remove', inputArgs: [0, 'data'] },
      { match: 'rembg.bg.remove', inputArgs: [0, 'data'] },
      { match: 'model.rembg#predict', inputArgs: [0] },
    ],
  },
};
export default pack;
