import type { KnowledgePack } from '../types';

/**
 * IP-Adapter (`ip_adapter`), image prompts for a diffusers pipeline: building an adapter loads its checkpoint (and, for
 * most, a CLIP image encoder) into the pipeline it is given; `generate(pil_image=…, prompt=…)` runs the pipeline with it.
 * The FaceID adapters take face embeddings instead of an image encoder, so their checkpoint is the second argument.
 */
const WITH_ENCODER = ['IPAdapter', 'IPAdapterPlus', 'IPAdapterXL', 'IPAdapterPlusXL', 'IPAdapterFull'];
const FACE_ID = ['IPAdapterFaceID', 'IPAdapterFaceIDPlus', 'IPAdapterFaceIDXL', 'IPAdapterFaceIDPlusXL'];
const at = (classes: string[], modelArg: (number | string)[]) => classes.flatMap(c => [`ip_adapter.${c}`, `ip_adapter.**.${c}`])
  .map(match => ({ match, type: 'model.ip-adapter', load: { pin: 'local' as const, modelArg } }));

const pack: KnowledgePack = {
  id: 'ip-adapter',
  name: 'IP-Adapter',
  languages: ['python'],
  description: 'IP-Adapter over a diffusers pipeline: `IPAdapter(pipe, image_encoder_path, ip_ckpt, device)` (and Plus, XL, Full) and `IPAdapterFaceID(pipe, ip_ckpt, device)` load the adapter checkpoint; `generate(…)` is inference.',
  tables: {
    mlModules: ['ip_adapter'],
    producers: [...at(WITH_ENCODER, ['ip_ckpt', 2]), ...at(FACE_ID, ['ip_ckpt', 1])],
    inference: [{ match: 'model.ip-adapter#generate', inputArgs: ['pil_image', 'prompt', 'faceid_embeds', 'clip_image', 'clip_image_embeds', 0] }],
  },
};
export default pack;
