import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'revai',
  name: 'Rev.ai',
  languages: ['typescript', 'python'],
  description: 'Rev.ai\'s transcription: JS `new RevAiApiClient({ token })` (`revai-node-sdk`) `submitJobUrl`, `submitJobLocalFile`, `submitJobAudioData`; '
    + 'Python `apiclient.RevAiAPIClient(token)` `submit_job_url`, `submit_job_local_file`. Reading a finished transcript or listing jobs runs no model.',
  tables: {
    mlModules: ['revai-node-sdk', 'rev_ai'],
    producers: ['revai-node-sdk.RevAiApiClient', 'rev_ai.apiclient.RevAiAPIClient'].map(match => ({ match, type: 'client.revai' })),
    inference: [
      ...['submitJobUrl', 'submitJobLocalFile', 'submitJobAudioData', 'submit_job_url', 'submit_job_local_file'].map(m => ({ match: `client.revai#${m}`, inputArgs: [0] })),
      // the API's own method names, on a client made by a helper or handed in
      ...['submitJobUrl', 'submitJobLocalFile', 'submitJobAudioData'].map(m => ({ match: `?#${m}`, inputArgs: [0], needsInput: true as const })),
    ],
  },
};
export default pack;
