import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'speechmatics',
  name: 'Speechmatics',
  languages: ['python', 'typescript'],
  description: 'Speechmatics\' speech models: JS `@speechmatics/batch-client` (`new BatchClient({ apiKey })`: `transcribe(file, config)`, '
    + '`createTranscriptionJob(…)`), the older `speechmatics` package (`new Speechmatics(key).batch.transcribe(…)`), Python '
    + '`speechmatics.batch_client.BatchClient(…).submit_job(audio, config)`.',
  tables: {
    mlModules: ['@speechmatics/batch-client', 'speechmatics'],
    producers: ['@speechmatics/batch-client.BatchClient', 'speechmatics.Speechmatics', 'speechmatics.batch_client.BatchClient']
      .map(match => ({ match, type: 'client.speechmatics' })),
    inference: ['transcribe', 'createTranscriptionJob', 'batch.transcribe', 'batch.createTranscriptionJob', 'submit_job']
      .map(m => ({ match: `client.speechmatics#${m}`, inputArgs: [0, 'audio'] })),
  },
};
export default pack;
