import type { KnowledgePack } from '../types';

/** DeepFace and RetinaFace load their networks inside each call (cached after the first). */
const pack: KnowledgePack = {
  id: 'deepface',
  name: 'DeepFace and RetinaFace',
  languages: ['python'],
  description: 'Face analysis libraries that load and run their models in one call: `DeepFace.verify`, `analyze`, `represent`, `find`, `extract_faces`; `RetinaFace.detect_faces`, `extract_faces`; `DeepFace.build_model(name)` is a load of the network its `predict` runs.',
  tables: {
    mlModules: ['deepface', 'retinaface'],
    // `DeepFace.build_model("Facenet")` hands over the network (a Keras model); its weights come from the library's releases
    producers: [{ match: 'deepface.DeepFace.build_model', type: 'model.keras', load: { pin: 'library', modelArg: [0, 'model_name'] } }],
    inference: [
      ...['verify', 'analyze', 'represent', 'find', 'extract_faces'].map(f => ({ match: `deepface.DeepFace.${f}`, inputArgs: [0, 1, 'img_path', 'img1_path', 'img2_path'] })),
      ...['detect_faces', 'extract_faces'].map(f => ({ match: `retinaface.RetinaFace.${f}`, inputArgs: [0, 'img_path'] })),
    ],
  },
};
export default pack;
