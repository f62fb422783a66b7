import type { KnowledgePack } from '../types';

/** The package and its entry points (`@visheratin/web-ai/image`, `/text`, `/multimodal`). */
const MODULES = ['@visheratin/web-ai', '@visheratin/web-ai/image', '@visheratin/web-ai/text', '@visheratin/web-ai/multimodal'];

const pack: KnowledgePack = {
  id: 'web-ai',
  name: 'Web AI (@visheratin/web-ai)',
  languages: ['typescript'],
  description: 'ONNX models in the browser through `@visheratin/web-ai`: a model class built from metadata (`new ClassificationModel(meta)`, `Seq2SeqModel`, `FeatureExtractionModel`, …) loads on `init()`; `ImageModel.create(id)`/`TextModel.create(id)`/`MultimodalModel.create(id)` load and return `{ model, elapsed }`; `process(input)` runs it.',
  tables: {
    mlModules: MODULES,
    producers: [
      ...MODULES.map(m => ({ match: `${m}.*Model`, type: 'model.web-ai' })),
      ...MODULES.map(m => ({ match: `${m}.*Model.create`, type: 'model.web-ai-created', load: { pin: 'name' as const, modelArg: [0] } })),
      { match: 'model.web-ai-created#model', on: 'access' as const, type: 'model.web-ai' },
      // the weights named by the metadata are fetched when asked
      { match: 'model.web-ai#init', load: { pin: 'url' as const } },
    ],
    inference: [{ match: 'model.web-ai#process', inputArgs: [0] }],
  },
};
export default pack;
