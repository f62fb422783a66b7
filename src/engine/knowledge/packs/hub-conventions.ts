import type { KnowledgePack } from '../types';

const HF_MODEL_ARG = [0, 'pretrained_model_name_or_path', 'model_name_or_path', 'model_id', 'repo_id'];

/**
 * The `from_pretrained` convention is shared far beyond transformers (diffusers, PEFT, adapters, NeMo, TTS and
 * music models, in-house classes): a class method that fetches named weights. These rows come after every
 * library's own rows, so a library that knows better (transformers.js, sentence-transformers) wins.
 */
const pack: KnowledgePack = {
  id: 'hub-conventions',
  name: 'Libraries following the Hugging Face `from_pretrained` convention',
  languages: ['python', 'typescript'],
  description: 'Any `X.from_pretrained(…)` of a class not known otherwise is a model load, pinned only by a commit `revision`, and calling the result, its `generate` or a method named for its task (`transcribe`, `synthesize`, `predict`, `detect`, …) is inference; tokenizers, processors, feature extractors, configs and schedulers are not models.',
  tables: {
    producers: [
      ...['Tokenizer', 'Processor', 'FeatureExtractor', 'Extractor', 'Config', 'Scheduler'].map(kind => ({ match: `**.*${kind}*.from_pretrained`, type: 'hf.preprocessor' })),
      { match: '**.from_pretrained', type: 'model.hf', load: { pin: 'hf', modelArg: HF_MODEL_ARG } },
    ],
    // such classes name their entry points after the task (NeMo `transcribe`, TTS `synthesize`)
    // (and `predict_entities` of GLiNER, `predict_*` of others: a verb named for what it predicts; GLiNER2's `extract`,
    // `extract_entities`, `classify_text`, `batch_extract_entities`: what it extracts or classifies)
    inference: ['transcribe', 'synthesize', 'tts', 'infer', 'inference', 'predict', 'predict_*', 'batch_predict*', 'detect', 'classify', 'encode', 'embed', 'translate',
      'separate', 'enhance', 'chat', 'extract', 'extract_*', 'batch_extract*', 'classify_*'].map(verb => ({ match: `model.hf#${verb}` })),
  },
};
export default pack;
