import type { KnowledgePack } from '../types';

/** `init_*` builds the model from a config and loads its checkpoint; `inference_*` runs it (the model is the first argument). */
const APIS: { pkg: string; init: string[]; infer: string[] }[] = [
  { pkg: 'mmdet.apis', init: ['init_detector'], infer: ['inference_detector', 'async_inference_detector'] },
  { pkg: 'mmseg.apis', init: ['init_model', 'init_segmentor'], infer: ['inference_model', 'inference_segmentor'] },
  { pkg: 'mmpose.apis', init: ['init_model', 'init_pose_model'], infer: ['inference_topdown', 'inference_bottomup', 'inference_top_down_pose_model', 'inference_bottom_up_pose_model'] },
  { pkg: 'mmaction.apis', init: ['init_recognizer'], infer: ['inference_recognizer'] },
  { pkg: 'mmocr.apis', init: ['init_detector'], infer: ['model_inference'] },
];

const pack: KnowledgePack = {
  id: 'openmmlab',
  name: 'OpenMMLab (MMDetection, MMSegmentation, MMPose, MMAction2, MMOCR)',
  languages: ['python'],
  description: 'The OpenMMLab function APIs: `init_detector(config, checkpoint)` (and `init_model`, `init_segmentor`, `init_recognizer`) '
    + 'loads a model from its checkpoint; `inference_detector(model, img)` (and `inference_model`, `inference_topdown`, …) runs it. '
    + 'The `*Inferencer` classes are covered by shape.',
  tables: {
    mlModules: ['mmdet', 'mmseg', 'mmpose', 'mmaction', 'mmocr', 'mmcv', 'mmengine'],
    producers: APIS.flatMap(a => a.init.map(f => ({ match: `${a.pkg}.${f}`, type: 'model.openmmlab', load: { pin: 'local' as const, modelArg: [1, 'checkpoint'] } }))),
    inference: APIS.flatMap(a => a.infer.map(f => ({ match: `${a.pkg}.${f}`, inputArgs: [1, 'imgs', 'img', 'video'] }))),
  },
};
export default pack;
