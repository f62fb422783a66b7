import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ultralytics',
  name: 'Ultralytics YOLO',
  languages: ['python'],
  description: '`YOLO(…)`/`RTDETR(…)` weights; calling the model, `predict` and `track` are inference.',
  tables: {
    mlModules: ['ultralytics'],
    producers: [
      { match: 'ultralytics.YOLO', type: 'model.yolo', load: { pin: 'local' } },
      { match: 'ultralytics.RTDETR', type: 'model.yolo', load: { pin: 'local' } },
    ],
    inference: [{ match: 'model.yolo#' }, { match: 'model.yolo#predict' }, { match: 'model.yolo#track' }],
  },
};
export default pack;
