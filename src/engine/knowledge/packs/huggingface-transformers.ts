import type { KnowledgePack } from '../types';

const HF_MODEL_ARG = [0, 'pretrained_model_name_or_path', 'model_name_or_path'];

/** `model.hf` and `model.hfpipeline` are also what transformers.js produces (the transformers-js pack). */
const pack: KnowledgePack = {
  id: 'huggingface-transformers',
  name: 'Hugging Face transformers, diffusers, PEFT, hub downloads',
  languages: ['python'],
  description: 'Hub models and pipelines (`pipeline`, `X.from_pretrained`; a model loaded from an `hf_hub_download`/`snapshot_download` path), pinned only by a commit `revision`; calling a pipeline or model and `generate` are inference. Tokenizers, processors, configs and diffusion schedulers are not models.',
  tables: {
    mlModules: ['transformers'],
    producers: [
      // tokenizers and processors are not models: these rows come before `transformers.*.from_pretrained`
      // (each also as imported from its architecture's module: `from transformers.models.llama import LlamaForCausalLM`)
      ...['transformers.', 'transformers.models.**'].flatMap(prefix => [
        { match: `${prefix}*Tokenizer*.from_pretrained`, type: 'hf.preprocessor' },
        { match: `${prefix}*Processor*.from_pretrained`, type: 'hf.preprocessor' }, // AutoProcessor, SamProcessor, WhisperProcessor, CLIPProcessor, …
        { match: `${prefix}*ImageProcessor.from_pretrained`, type: 'hf.preprocessor' },
        { match: `${prefix}*FeatureExtractor.from_pretrained`, type: 'hf.preprocessor' },
        { match: `${prefix}*Config.from_pretrained`, type: 'hf.preprocessor' },
      ]),
      { match: 'transformers.pipeline', type: 'model.hfpipeline', load: { pin: 'hf', modelArg: ['model', 1] } },
      { match: 'transformers.*.from_pretrained', type: 'model.hf', load: { pin: 'hf', modelArg: HF_MODEL_ARG } },
      { match: 'transformers.models.**.from_pretrained', type: 'model.hf', load: { pin: 'hf', modelArg: HF_MODEL_ARG } },
      { match: 'diffusers.*Scheduler*.from_pretrained', type: 'hf.preprocessor' },
      { match: 'diffusers.*.from_pretrained', type: 'model.hf', load: { pin: 'hf', modelArg: HF_MODEL_ARG } },
      { match: 'peft.*.from_pretrained', type: 'model.hf', load: { pin: 'hf', modelArg: [1, 'model_id'] } },
      // downloads: the load of the path they return is pinned as the download is (by its `revision`)
      { match: 'huggingface_hub.hf_hub_download', type: 'artifact.path', load: { pin: 'hf', modelArg: [0, 'repo_id'], download: true } },
      { match: 'huggingface_hub.snapshot_download', type: 'artifact.path', load: { pin: 'hf', modelArg: [0, 'repo_id'], download: true } },
      { match: 'model.hf#to', passThrough: 'receiver' }, { match: 'model.hf#eval', passThrough: 'receiver' }, { match: 'model.hf#cuda', passThrough: 'receiver' },
    ],
    inference: [
      { match: 'model.hfpipeline#' },
      { match: 'model.hf#', inputArgs: [0, 'input_ids', 'inputs', 'pixel_values', 'attention_mask'] },
      { match: 'model.hf#generate', inputArgs: [0, 'input_ids', 'inputs', 'attention_mask'] },
      // SpeechT5's text-to-speech (Python and transformers.js): `model.generate_speech(input_ids, speaker_embeddings, vocoder=…)`
      { match: 'model.hf#generate_speech', inputArgs: [0, 'input_ids'] },
    ],
  },
};
export default pack;
