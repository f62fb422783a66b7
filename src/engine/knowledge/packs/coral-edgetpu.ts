import type { KnowledgePack } from '../types';

/** The legacy Edge TPU API's engines, each with its own verbs. */
const ENGINES: { match: string; verbs: string[] }[] = [
  { match: 'edgetpu.detection.engine.DetectionEngine', verbs: ['detect_with_image', 'detect_with_input_tensor'] },
  { match: 'edgetpu.classification.engine.ClassificationEngine', verbs: ['classify_with_image', 'classify_with_input_tensor'] },
  { match: 'edgetpu.basic.basic_engine.BasicEngine', verbs: ['run_inference'] },
];

const pack: KnowledgePack = {
  id: 'coral-edgetpu',
  name: 'Coral Edge TPU (pycoral, edgetpu)',
  languages: ['python'],
  description: 'Coral Edge TPU models: `pycoral.utils.edgetpu.make_interpreter(path)` loads a compiled TFLite model run by `invoke()` '
    + '(as any TFLite interpreter); the legacy `edgetpu` API\'s `DetectionEngine(path)`, `ClassificationEngine(path)` and `BasicEngine(path)` '
    + 'load one, `detect_with_image`, `classify_with_image`, `run_inference` run it.',
  tables: {
    mlModules: ['pycoral', 'edgetpu'],
    producers: [
      { match: 'pycoral.utils.edgetpu.make_interpreter', type: 'model.tflite', load: { pin: 'local' as const, modelArg: [0, 'model_path_or_content'] } },
      ...ENGINES.map(e => ({ match: e.match, type: `model.edgetpu-${e.verbs[0].split('_')[0]}`, load: { pin: 'local' as const, modelArg: [0, 'model_path'] } })),
    ],
    inference: ENGINES.flatMap(e => e.verbs.map(v => ({ match: `model.edgetpu-${e.verbs[0].split('_')[0]}#${v}`, inputArgs: [0, 'img', 'input_tensor'] }))),
  },
};
export default pack;
