import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'llama-rn',
  name: 'llama.rn (llama.cpp in React Native)',
  languages: ['typescript'],
  description: '`initLlama({ model: "file://…gguf" })` loads a GGUF model on the device and gives a context; `context.completion({ prompt | messages })` '
    + 'and `context.embedding(text)` run it (`initWhisper` / `transcribe` of whisper.rn the same for speech).',
  tables: {
    mlModules: ['llama.rn', 'whisper.rn'],
    producers: [
      { match: 'llama.rn.initLlama', type: 'model.llama-rn', load: { pin: 'local', modelArg: ['0.model', 0] } },
      { match: 'whisper.rn.initWhisper', type: 'model.llama-rn', load: { pin: 'local', modelArg: ['0.filePath', 0] } },
    ],
    inference: ['completion', 'embedding', 'transcribe', 'transcribeRealtime', 'rerank'].map(m => ({ match: `model.llama-rn#${m}`, inputArgs: [0] })),
  },
};
export default pack;
