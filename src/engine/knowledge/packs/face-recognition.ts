import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'face-recognition',
  name: 'face_recognition',
  languages: ['python'],
  description: 'The `face_recognition` package runs dlib\'s bundled face models as functions: `face_locations`, `face_encodings`, `face_landmarks`, '
    + '`batch_face_locations` are inference (`compare_faces` and `face_distance` only compare encodings). The models ship with the package.',
  tables: {
    mlModules: ['face_recognition'],
    inference: ['face_locations', 'face_encodings', 'face_landmarks', 'batch_face_locations'].map(f => ({ match: `face_recognition.${f}`, inputArgs: [0] })),
  },
};
export default pack;
