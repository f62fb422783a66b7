import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'inspireface',
  name: 'InspireFace',
  languages: ['python'],
  description: 'InspireFace (the InsightFace SDK\'s Python binding): `InspireFaceSession(options, mode)` builds the detection, recognition and '
    + 'attribute models of the resource pack the process launched (the code does not name it at the session); `face_detection`, '
    + '`face_feature_extract`, `face_pipeline` and the other per-image methods run them. `feature_comparison` compares two embeddings '
    + 'already computed and runs no model.',
  tables: {
    mlModules: ['inspireface'],
    producers: [{ match: 'inspireface.InspireFaceSession', type: 'model.inspireface', load: { pin: 'name', modelArg: [] } }],
    inference: ['face_detection', 'face_feature_extract', 'face_pipeline', 'face_attribute', 'face_quality_detect', 'face_mask_detect',
      'face_liveness_detect', 'face_fas_detect'].map(m => ({ match: `model.inspireface#${m}`, inputArgs: [0] })),
  },
};
export default pack;
