import type { KnowledgePack } from '../types';

const OFFICIAL = '^(yolo(v?\\d+|11)[nsmlx]?u?(-(seg|pose|cls|obb|world|worldv2))?|rtdetr-[lx]|sam_?[bl]|mobile_sam|FastSAM-[sx])\\.pt$';

const pack: KnowledgePack = {
  id: 'ultralytics',
  name: 'Ultralytics YOLO',
  languages: ['python'],
  description: '`YOLO(…)`/`RTDETR(…)` weights (an official name such as `yolov8n.pt` is downloaded when missing, so it moves); calling the model, `predict` and `track` are inference.',
  tables: {
    mlModules: ['ultralytics'],
    producers: [
      // an official weights name (`yolov8n.pt`, `yolo11s-seg.pt`, `rtdetr-l.pt`) is downloaded from the release assets when missing
      { match: 'ultralytics.YOLO', type: 'model.yolo', load: { pin: 'local', downloads: OFFICIAL } },
      { match: 'ultralytics.RTDETR', type: 'model.yolo', load: { pin: 'local', downloads: OFFICIAL } },
    ],
    inference: [{ match: 'model.yolo#' }, { match: 'model.yolo#predict' }, { match: 'model.yolo#track' }],
  },
};
export default pack;
