import type { KnowledgePack } from '../types';

/**
 * detectron2: `DefaultPredictor(cfg)` builds the model the config describes and loads `cfg.MODEL.WEIGHTS` (a file, or a
 * model-zoo URL `detectron2://…/137849600/model_final_….pkl` whose numbered path is one fixed checkpoint); calling the
 * predictor on an image is inference. `build_model(cfg)` only builds the network (`DetectionCheckpointer(model).load(path)` loads).
 */
const PREDICTOR = ['detectron2.engine.DefaultPredictor', 'detectron2.engine.defaults.DefaultPredictor'];

const pack: KnowledgePack = {
  id: 'detectron2',
  name: 'detectron2',
  languages: ['python'],
  description: 'detectron2: `DefaultPredictor(cfg)` loads the weights `cfg.MODEL.WEIGHTS` names (a model-zoo URL or `model_zoo.get_checkpoint_url(…)` is one '
    + 'fixed checkpoint, a path a file); `DetectionCheckpointer(model).load(path)` loads into a built model; `predictor(image)` and `model(inputs)` are inference.',
  tables: {
    mlModules: ['detectron2'],
    producers: [
      ...PREDICTOR.map(match => ({ match, type: 'model.detectron2', load: { pin: 'url' as const, modelArg: ['0.MODEL.WEIGHTS', 'cfg.MODEL.WEIGHTS'] } })),
      ...['detectron2.modeling.build_model', 'detectron2.modeling.meta_arch.build.build_model'].map(match => ({ match, type: 'model.detectron2-net' })),
      ...['detectron2.checkpoint.DetectionCheckpointer'].map(match => ({ match, type: 'detectron2.checkpointer' })),
      { match: 'detectron2.checkpointer#load', load: { pin: 'url' as const, modelArg: [0, 'path'] } },
      // the zoo's checkpoint for a config file: one fixed, numbered file per config
      { match: 'detectron2.model_zoo.get_checkpoint_url', type: 'detectron2.zoo-url' },
    ],
    inference: [{ match: 'model.detectron2#', inputArgs: [0] }, { match: 'model.detectron2-net#', inputArgs: [0] }],
  },
};
export default pack;
