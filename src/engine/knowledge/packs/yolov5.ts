import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'yolov5',
  name: 'YOLOv5 (pip package)',
  languages: ['python'],
  description: 'The `yolov5` pip package: `yolov5.load("weights.pt")` loads a detector (a path is a file; a release name such as `yolov5s.pt` '
    + 'is downloaded and moves with the release); calling the model on images (`model(img, size=640)`) runs it.',
  tables: {
    mlModules: ['yolov5'],
    producers: [
      ...['yolov5.load', 'yolov5.helpers.load'].map(match => ({ match, type: 'model.yolov5', load: { pin: 'library' as const, modelArg: [0, 'model_path'] } })),
      ...['to', 'eval', 'half', 'cuda', 'cpu'].map(m => ({ match: `model.yolov5#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [{ match: 'model.yolov5#', inputArgs: [0] }, { match: 'model.yolov5#predict', inputArgs: [0] }],
  },
};
export default pack;
