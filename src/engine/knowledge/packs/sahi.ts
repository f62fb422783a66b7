import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sahi',
  name: 'SAHI (sliced inference)',
  languages: ['python'],
  description: 'SAHI\'s sliced detection: `AutoDetectionModel.from_pretrained(model_type="yolov8", model_path="best.pt")` loads a detector, '
    + '`get_sliced_prediction(image, detection_model, slice_height=…)` and `get_prediction(image, detection_model)` run it (tile by tile for the '
    + 'first); `predict(...)` runs a whole folder.',
  tables: {
    mlModules: ['sahi'],
    producers: ['sahi.AutoDetectionModel.from_pretrained', 'sahi.auto_model.AutoDetectionModel.from_pretrained']
      .map(match => ({ match, type: 'model.sahi', load: { pin: 'local' as const, modelArg: ['model_path', 1] } })),
    inference: ['get_sliced_prediction', 'get_prediction', 'predict'].flatMap(f => [`sahi.predict.${f}`, `sahi.${f}`])
      .map(match => ({ match, inputArgs: [0, 'image'] })),
  },
};
export default pack;
