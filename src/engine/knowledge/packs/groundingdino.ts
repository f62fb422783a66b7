import type { KnowledgePack } from '../types';

/**
 * GroundingDINO, open-set detection from a text prompt. `load_model(config, checkpoint)` or `Model(model_config_path=…,
 * model_checkpoint_path=…)` loads the weights; the function `predict(model=…, image=…, caption=…)` and the wrapper's
 * `predict_with_caption` / `predict_with_classes` run it. `build_model(args)` only builds the network (weights come by `load_state_dict`).
 */
const pack: KnowledgePack = {
  id: 'groundingdino',
  name: 'GroundingDINO',
  languages: ['python'],
  description: 'GroundingDINO: `load_model(config_path, checkpoint_path)` and `Model(model_config_path=…, model_checkpoint_path=…)` load it; '
    + '`predict(model=…, image=…, caption=…, box_threshold=…)`, `Model.predict_with_caption` and `predict_with_classes` are inference.',
  tables: {
    mlModules: ['groundingdino'],
    producers: [
      { match: 'groundingdino.util.inference.load_model', type: 'model.groundingdino', load: { pin: 'local' as const, modelArg: ['model_checkpoint_path', 1] } },
      { match: 'groundingdino.util.inference.Model', type: 'model.groundingdino', load: { pin: 'local' as const, modelArg: ['model_checkpoint_path', 1] } },
    ],
    inference: [
      { match: 'groundingdino.util.inference.predict', inputArgs: ['image', 'caption', 1, 2] },
      ...['predict_with_caption', 'predict_with_classes'].map(m => ({ match: `model.groundingdino#${m}`, inputArgs: [0, 'image', 'caption', 'classes'] })),
    ],
  },
};
export default pack;
