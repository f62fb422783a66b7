import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'deepgram',
  name: 'Deepgram',
  languages: ['python', 'typescript'],
  description: 'Deepgram speech models: Python `DeepgramClient().listen.rest.v("1").transcribe_file/transcribe_url` (also `prerecorded`, async) and `speak.rest.v("1").save/stream`; JS `createClient(key).listen.prerecorded.transcribeFile/transcribeUrl` and `speak.request`; in the v1/v2 SDKs `new Deepgram(key).transcription.preRecorded(source, options)` (Python `transcription.prerecorded`, `sync_prerecorded`) and `transcription.live`. The model is the `model` option.',
  tables: {
    mlModules: ['deepgram', '@deepgram/sdk'],
    producers: [
      { match: 'deepgram.DeepgramClient', type: 'client.deepgram' }, { match: 'deepgram.Deepgram', type: 'client.deepgram' },
      // the v1/v2 SDKs: `new Deepgram(key).transcription.preRecorded(source, options)` (Python `transcription.prerecorded`)
      { match: '@deepgram/sdk.Deepgram', type: 'client.deepgram' },
      { match: '@deepgram/sdk.createClient', type: 'client.deepgram' }, { match: '@deepgram/sdk.DeepgramClient', type: 'client.deepgram' },
      // the versioned routes: `listen.rest.v("1")`, `listen.asyncrest.v("1")`, `speak.rest.v("1")`
      ...['listen', 'speak'].map(area => ({ match: `client.deepgram#${area}.*.v`, type: `client.deepgram-${area}` })),
    ],
    inference: [
      ...['transcribe_file', 'transcribe_url', 'transcribe_file_callback', 'transcribe_url_callback'].map(m => ({ match: `client.deepgram-listen#${m}`, inputArgs: [0, 'source'] })),
      ...['save', 'stream', 'stream_memory', 'stream_raw'].map(m => ({ match: `client.deepgram-speak#${m}`, inputArgs: [0, 1, 'source'] })),
      ...['listen.prerecorded.transcribeFile', 'listen.prerecorded.transcribeUrl', 'speak.request', 'read.analyzeText', 'read.analyzeUrl',
        // live transcription (a socket the audio is streamed on) and the v4+ SDK's versioned routes
        'listen.live', 'listen.v1.connect', 'transcription.preRecorded', 'transcription.live', 'transcription.prerecorded', 'transcription.sync_prerecorded', 'listen.v1.media.transcribeFile', 'listen.v1.media.transcribeUrl', 'speak.v1.audio.generate', 'speak.v1.connect']
        .map(m => ({ match: `client.deepgram#${m}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
