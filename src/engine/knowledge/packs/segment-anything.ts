import type { KnowledgePack } from '../types';

/**
 * Segment Anything (`segment_anything`): `sam_model_registry["vit_h"](checkpoint=path)` (or `build_sam_vit_h(checkpoint=…)`) loads
 * the weights; `SamPredictor(sam)` and `SamAutomaticMaskGenerator(sam)` wrap the model already loaded (not a second load).
 * `predictor.set_image(img)` encodes the image and `predict(...)` returns the masks: the prediction is `predict`.
 */
const BUILDERS = ['build_sam', 'build_sam_vit_h', 'build_sam_vit_l', 'build_sam_vit_b'];

const pack: KnowledgePack = {
  id: 'segment-anything',
  name: 'Segment Anything',
  languages: ['python'],
  description: '`sam = sam_model_registry[kind](checkpoint=path)` or `build_sam_vit_h(checkpoint=path)` loads SAM; `SamPredictor(sam)` '
    + '`.predict(point_coords=…)` / `predict_torch` and `SamAutomaticMaskGenerator(sam).generate(image)` run it (wrapping is not a load).',
  tables: {
    mlModules: ['segment_anything'],
    producers: [
      { match: 'segment_anything.sam_model_registry', on: 'value', type: 'builder.sam-registry' },
      { match: 'segment_anything.build_sam.sam_model_registry', on: 'value', type: 'builder.sam-registry' },
      { match: 'builder.sam-registry#[]', on: 'access', type: 'builder.sam' },
      { match: 'builder.sam#', type: 'model.sam', load: { pin: 'local' as const, modelArg: ['checkpoint', 0] } },
      ...BUILDERS.flatMap(b => [`segment_anything.${b}`, `segment_anything.build_sam.${b}`]).map(match => ({ match, type: 'model.sam', load: { pin: 'local' as const, modelArg: ['checkpoint', 0] } })),
      { match: 'model.sam#to', passThrough: 'receiver' as const },
      ...['segment_anything.SamPredictor', 'segment_anything.predictor.SamPredictor'].map(match => ({ match, type: 'model.sam-predictor' })),
      ...['segment_anything.SamAutomaticMaskGenerator', 'segment_anything.automatic_mask_generator.SamAutomaticMaskGenerator'].map(match => ({ match, type: 'model.sam-masks' })),
    ],
    inference: [
      ...['predict', 'predict_torch'].map(m => ({ match: `model.sam-predictor#${m}`, inputArgs: ['point_coords', 'point_labels', 'box', 'boxes', 'mask_input', 0] })),
      { match: 'model.sam-masks#generate', inputArgs: [0, 'image'] },
    ],
  },
};
export default pack;
