import type { KnowledgePack } from '../types';
import { LLM_INPUTS } from './helpers';

/** Alibaba Cloud Model Studio (DashScope): class-level `call`s name the model (`qwen-turbo`, `qwen-max`). */
const SERVICES = ['Generation', 'MultiModalConversation', 'TextEmbedding', 'MultiModalEmbedding', 'ImageSynthesis', 'Application',
  'audio.asr.Transcription', 'audio.tts.SpeechSynthesizer', 'audio.tts_v2.SpeechSynthesizer'];

const pack: KnowledgePack = {
  id: 'dashscope',
  name: 'DashScope (Qwen, Alibaba Cloud)',
  languages: ['python'],
  description: 'The DashScope SDK: `dashscope.Generation.call(model="qwen-turbo", messages=…)`, `MultiModalConversation.call`, `TextEmbedding.call`, `ImageSynthesis.call`, `Application.call`, speech recognition and synthesis; the `model` argument\'s pinning is checked.',
  tables: {
    mlModules: ['dashscope'],
    inference: SERVICES.flatMap(s => ['call', 'async_call'].map(m => ({ match: `dashscope.${s}.${m}`, kind: 'llm' as const, inputArgs: [...LLM_INPUTS, 'prompt', 'input', 'text'] }))),
  },
};
export default pack;
