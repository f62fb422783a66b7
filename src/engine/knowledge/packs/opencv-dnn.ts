import type { KnowledgePack } from '../types';

const READERS = ['readNet', 'readNetFromONNX', 'readNetFromCaffe', 'readNetFromTensorflow', 'readNetFromDarknet', 'readNetFromTorch',
  'readNetFromModelOptimizer', 'readNetFromTFLite'];
/** The high-level task models: built from a weights file, each with its own verb. */
const TASK_MODELS = ['DetectionModel', 'ClassificationModel', 'SegmentationModel', 'KeypointsModel', 'TextDetectionModel_DB',
  'TextDetectionModel_EAST', 'TextRecognitionModel'];

/** `cv2.face`'s classic recognizers (opencv-contrib): LBPH, Eigenfaces, Fisherfaces. */
const FACE_RECOGNIZERS = ['LBPHFaceRecognizer', 'EigenFaceRecognizer', 'FisherFaceRecognizer'];

const pack: KnowledgePack = {
  id: 'opencv-dnn',
  name: 'OpenCV DNN',
  languages: ['python'],
  description: 'OpenCV\'s DNN module: `cv2.dnn.readNet…(path)` loads a network that `net.forward()` runs (after `setInput`); the task models '
    + '(`cv2.dnn_DetectionModel(path)`, `ClassificationModel`, `TextRecognitionModel`, …) run on `detect`, `classify`, `segment`, `recognize`. '
    + 'The face tasks `cv2.FaceDetectorYN.create(path, …)`/`FaceRecognizerSF.create` run on `detect`/`feature`. '
    + 'The classic trained detectors too: a Haar or LBP cascade `cv2.CascadeClassifier(xml)` runs on `detectMultiScale`, a HOG people detector '
    + '(`hog.setSVMDetector(…)`) on `detectMultiScale`; a face recognizer of `cv2.face` (`LBPHFaceRecognizer_create()`) loaded by `read(path)` runs on `predict`.',
  tables: {
    // cv2 alone is image processing, not ML: only the DNN calls make a model
    producers: [
      ...READERS.map(f => ({ match: `cv2.dnn.${f}`, type: 'model.cvdnn', load: { pin: 'local' as const, modelArg: [0, 'model', 'onnxFile'] } })),
      ...TASK_MODELS.flatMap(c => [`cv2.dnn.${c}`, `cv2.dnn_${c}`].map(match => ({ match, type: 'model.cvdnn-task', load: { pin: 'local' as const, modelArg: [0, 'model'] } }))),
      ...['FaceDetectorYN', 'FaceRecognizerSF'].map(c => ({ match: `cv2.${c}.create`, type: 'model.cvdnn-task', load: { pin: 'local' as const, modelArg: [0, 'model'] } })),
      // a cascade is a trained classifier read from an XML file (often one shipped with OpenCV: `cv2.data.haarcascades + …`)
      { match: 'cv2.CascadeClassifier', type: 'model.cv-cascade', load: { pin: 'local' as const, modelArg: [0, 'filename'] } },
      // the HOG people detector: its SVM coefficients ship with OpenCV (`setSVMDetector(HOGDescriptor_getDefaultPeopleDetector())`), no file to load
      { match: 'cv2.HOGDescriptor', type: 'model.cv-cascade' },
      // the contrib face recognizers are made empty; `read(path)` loads one trained before (a `train` then `write` is training)
      ...FACE_RECOGNIZERS.flatMap(c => [`cv2.face.${c}_create`, `cv2.face.${c}.create`, `cv2.face_${c}.create`]).map(match => ({ match, type: 'model.cv-face' })),
      ...['read', 'load'].map(m => ({ match: `model.cv-face#${m}`, load: { pin: 'local' as const, modelArg: [0, 'filename'] } })),
    ],
    inference: [
      { match: 'model.cvdnn#forward' },
      ...['predict', 'predict_label', 'predict_collect'].map(m => ({ match: `model.cv-face#${m}`, inputArgs: [0, 'src'] })),
      ...['detectMultiScale', 'detectMultiScale2', 'detectMultiScale3'].map(m => ({ match: `model.cv-cascade#${m}`, inputArgs: [0, 'image'] })),
      ...['detect', 'classify', 'segment', 'recognize', 'detectTextRectangles', 'estimate', 'feature'].map(m => ({ match: `model.cvdnn-task#${m}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
