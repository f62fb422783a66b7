import type { KnowledgePack } from '../types';

// (`tensorflow.lite.python.interpreter` is where tf.lite's class lives: widely copied detection scripts import it from there
// when tflite_runtime is not installed)
const INTERPRETERS = ['tflite_runtime.interpreter.Interpreter', 'tensorflow.lite.Interpreter', 'tensorflow.lite.python.interpreter.Interpreter', 'ai_edge_litert.interpreter.Interpreter'];

const pack: KnowledgePack = {
  id: 'tflite',
  name: 'TensorFlow Lite / LiteRT',
  languages: ['python'],
  description: 'TFLite interpreters (`tflite_runtime`, `tf.lite`, `ai_edge_litert`) loaded from `model_path`: `invoke()` and calling a signature runner are inference.',
  tables: {
    mlModules: ['tflite_runtime', 'ai_edge_litert'],
    producers: [
      ...INTERPRETERS.map(match => ({ match, type: 'model.tflite', load: { pin: 'local' as const, modelArg: ['model_path', 0, 'model_content'] } })),
      { match: 'model.tflite#get_signature_runner', type: 'model.tflite-runner' },
    ],
    // the input is set on the interpreter beforehand (`set_tensor`), so `invoke()` has no argument to record
    inference: [{ match: 'model.tflite#invoke' }, { match: 'model.tflite-runner#' }],
  },
};
export default pack;
