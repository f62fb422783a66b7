import type { KnowledgePack } from '../types';

/** face-api.js (and its maintained fork) is used as an import or as the `faceapi` global of a script tag. */
const MODULES = ['face-api.js', '@vladmandic/face-api'];

const pack: KnowledgePack = {
  id: 'face-api',
  name: 'face-api.js',
  languages: ['typescript'],
  description: 'face-api.js (and `@vladmandic/face-api`): `faceapi.nets.<net>.loadFromUri/loadFromDisk/load` and the `load…Model(url)` helpers load a network; `detectAllFaces`, `detectSingleFace` (with their `.with…()` chains) and `computeFaceDescriptor` run them.',
  tables: {
    // the global a <script> tag or importScripts() of the library's bundle defines
    builtins: { faceapi: 'face-api.js' },
    mlModules: MODULES,
    producers: MODULES.flatMap(m => [
      ...['loadFromUri', 'loadFromDisk', 'loadFromWeightMap', 'load'].map(f => ({ match: `${m}.nets.*.${f}`, type: 'model.faceapi-net', load: { pin: 'url' as const } })),
      // the top-level helpers: `faceapi.loadTinyFaceDetectorModel(url)`, `loadFaceRecognitionModel(url)`, …
      { match: `${m}.load*Model`, type: 'model.faceapi-net', load: { pin: 'url' as const } },
    ]),
    inference: MODULES.flatMap(m => ['detectAllFaces', 'detectSingleFace', 'computeFaceDescriptor', 'recognizeFaceExpressions', 'detectFaceLandmarks',
      // the single-network functions of the older API (`faceapi.mtcnn(video, options)`, `faceapi.tinyYolov2(img)`)
      'mtcnn', 'tinyYolov2', 'ssdMobilenetv1', 'tinyFaceDetector', 'locateFaces', 'detectLandmarks'].map(f => ({ match: `${m}.${f}` }))),
  },
};
export default pack;
