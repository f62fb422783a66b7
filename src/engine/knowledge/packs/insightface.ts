import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'insightface',
  name: 'InsightFace',
  languages: ['python'],
  description: 'InsightFace model packs: `FaceAnalysis(name="buffalo_l")` (downloaded by name on first use: mutable) and '
    + '`model_zoo.get_model(path)` load; `app.get(img)` (detection, landmarks, ArcFace embedding in one call) and a zoo '
    + 'model\'s `get`/`detect`/`get_feat` are inference (`prepare` only sets the device and input size).',
  tables: {
    mlModules: ['insightface'],
    producers: [
      { match: 'insightface.app.FaceAnalysis', type: 'model.insightface', load: { pin: 'library', defaultWeights: true, modelArg: ['name', 'root'] } },
      { match: 'insightface.model_zoo.get_model', type: 'model.insightface', load: { pin: 'library', modelArg: [0, 'name'] } },
      { match: 'insightface.model_zoo.model_zoo.get_model', type: 'model.insightface', load: { pin: 'library', modelArg: [0, 'name'] } },
    ],
    inference: ['get', 'detect', 'get_feat', 'forward'].map(m => ({ match: `model.insightface#${m}`, inputArgs: [0, 'img'] })),
  },
};
export default pack;
