import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'hume',
  name: 'Hume AI',
  languages: ['typescript', 'python'],
  description: 'Hume\'s expressive speech models: JS `new HumeClient({ apiKey })` (`hume`) and Python `HumeClient` / `AsyncHumeClient`: `tts.synthesizeJson`, '
    + '`synthesizeFile`, `synthesizeJsonStreaming` (Python `synthesize_json`, …), expression measurement jobs and the EVI chat socket.',
  tables: {
    mlModules: ['hume'],
    producers: ['hume.HumeClient', 'hume.AsyncHumeClient', 'hume.client.HumeClient', 'hume.client.AsyncHumeClient'].map(match => ({ match, type: 'client.hume' })),
    inference: ['tts.synthesizeJson', 'tts.synthesizeFile', 'tts.synthesizeJsonStreaming', 'tts.synthesizeFileStreaming', 'tts.synthesize_json', 'tts.synthesize_file',
      'tts.synthesize_json_streaming', 'tts.synthesize_file_streaming', 'expressionMeasurement.batch.startInferenceJob',
      'expression_measurement.batch.start_inference_job', 'empathicVoice.chat.connect', 'empathic_voice.chat.connect']
      .map(m => ({ match: `client.hume#${m}`, inputArgs: [0, 'utterances'] })),
  },
};
export default pack;
