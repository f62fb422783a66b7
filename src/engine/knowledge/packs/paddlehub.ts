import type { KnowledgePack, InferenceRow } from '../types';
import { MODEL_VERBS } from './helpers';

/** What PaddleHub modules name their prediction methods, beyond the usual verbs. */
const MODULE_METHODS = [...MODEL_VERBS, 'cut', 'lexical_analysis', 'generate_image', 'style_transfer', 'keypoint_detection', 'object_detection',
  'sentiment_classify', 'recognize_text', 'segmentation', 'face_detection', 'emotion_classify', 'porn_classify', 'generate', 'predict', 'translate'];

const pack: KnowledgePack = {
  id: 'paddlehub',
  name: 'PaddleHub',
  languages: ['python'],
  description: 'PaddleHub modules: `hub.Module(name="lac")` downloads and loads a published module by name (it moves with the hub), `directory=` '
    + 'reads a local one; its task method (`cut`, `predict`, `recognize_text`, `style_transfer`, `generate_image`, `translate`, …) runs it. The '
    + 'modules that wrap Baidu\'s hosted APIs (`baidu_translate`, `ernie_vilg`, `ernie_zeus`) load nothing; their methods still ask a model.',
  tables: {
    mlModules: ['paddlehub'],
    producers: [{ match: 'paddlehub.Module', type: 'model.paddlehub',
      load: { pin: 'library', modelArg: ['name', 'directory', 0], notWhen: '^(baidu_|ernie_vilg|ernie_zeus|wenxin)' } }],
    inference: MODULE_METHODS.map((m): InferenceRow => ({ match: `model.paddlehub#${m}`, inputArgs: [0, 'text', 'texts', 'data', 'images', 'paths', 'text_prompts'] })),
  },
};
export default pack;
