import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'riva',
  name: 'NVIDIA Riva',
  languages: ['python'],
  description: 'NVIDIA Riva\'s speech and NLP services (`riva.client`): `ASRService(auth).offline_recognize(audio, config)` / '
    + '`streaming_response_generator(…)`, `SpeechSynthesisService(auth).synthesize(text, voice)`, `NLPService(auth)` task calls, `NeuralMachineTranslationClient.translate`.',
  tables: {
    mlModules: ['riva'],
    producers: ['ASRService', 'SpeechSynthesisService', 'NLPService', 'NeuralMachineTranslationClient'].map(c => ({ match: `riva.client.${c}`, type: 'client.riva' })),
    inference: ['offline_recognize', 'streaming_response_generator', 'synthesize', 'synthesize_online', 'translate', 'classify_text', 'classify_tokens',
      'transform_text', 'analyze_entities', 'analyze_intent', 'punctuate_text', 'natural_query'].map(m => ({ match: `client.riva#${m}`, inputArgs: [0] })),
  },
};
export default pack;
