import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'super-gradients',
  name: 'SuperGradients (Deci)',
  languages: ['python'],
  description: '`models.get(Models.YOLO_NAS_S, pretrained_weights="coco")` builds a network with published weights (they move with the release; '
    + '`checkpoint_path=` reads a file); `model.predict(images)` runs it. Without weights it is an architecture to train.',
  tables: {
    mlModules: ['super_gradients'],
    producers: [
      { match: 'super_gradients.training.models.get', type: 'model.super-gradients', load: { pin: 'weights', onlyWith: ['checkpoint_path', 'pretrained_weights'] } },
      ...['to', 'eval', 'cuda', 'half'].map(m => ({ match: `model.super-gradients#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [{ match: 'model.super-gradients#predict', inputArgs: [0, 'images'] }, { match: 'model.super-gradients#', inputArgs: [0] }],
  },
};
export default pack;
