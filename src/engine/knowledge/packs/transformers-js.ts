import type { KnowledgePack } from '../types';

const TRANSFORMERS = ['@huggingface/transformers', '@xenova/transformers'];
/** `env.allowRemoteModels = false`: ids are looked up under `env.localModelPath` on the app's own server or disk, never on the hub. */
const OFFLINE = TRANSFORMERS.map(m => `${m}.env.allowRemoteModels`);

/** Pipelines and models share the Python pack's types (`model.hfpipeline`, `model.hf`), whose inference rows are there. */
const pack: KnowledgePack = {
  id: 'transformers-js',
  name: 'transformers.js',
  languages: ['typescript'],
  description: 'transformers.js (`@huggingface/transformers`, `@xenova/transformers`): `pipeline(task, id, { revision })` and `X.from_pretrained` loads, pinned only by a commit `revision` (or local files when the file sets `env.allowRemoteModels = false`); calling the pipeline is inference. Tokenizers and processors are not models.',
  tables: {
    mlModules: TRANSFORMERS,
    producers: TRANSFORMERS.flatMap(m => [
      { match: `${m}.*Tokenizer*.from_pretrained`, type: 'hf.preprocessor' },
      { match: `${m}.*Processor.from_pretrained`, type: 'hf.preprocessor' },
      { match: `${m}.*FeatureExtractor.from_pretrained`, type: 'hf.preprocessor' },
      { match: `${m}.*Config.from_pretrained`, type: 'hf.preprocessor' },
      { match: `${m}.pipeline`, type: 'model.hfpipeline', load: { pin: 'hf' as const, modelArg: [1, 'model'], offlineWhenFalse: OFFLINE } },
      { match: `${m}.*.from_pretrained`, type: 'model.hf', load: { pin: 'hf' as const, modelArg: [0], offlineWhenFalse: OFFLINE } },
    ]),
  },
};
export default pack;
