import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'assemblyai',
  name: 'AssemblyAI',
  languages: ['python', 'typescript'],
  description: 'AssemblyAI speech models: Python `aai.Transcriber().transcribe(audio)` (also `submit`, `transcribe_async`) and LeMUR (`transcript.lemur.task`, `aai.Lemur().task`); JS `new AssemblyAI({ apiKey }).transcripts.transcribe/submit` and `lemur.task`.',
  tables: {
    mlModules: ['assemblyai'],
    producers: [
      { match: 'assemblyai.Transcriber', type: 'client.assemblyai-transcriber' },
      { match: 'assemblyai.Lemur', type: 'client.assemblyai-lemur' },
      { match: 'assemblyai.AssemblyAI', type: 'client.assemblyai' },
    ],
    inference: [
      ...['transcribe', 'submit', 'transcribe_async', 'transcribe_group', 'transcribe_group_async'].map(m => ({ match: `client.assemblyai-transcriber#${m}`, inputArgs: [0, 'data'] })),
      ...['task', 'summarize', 'question', 'action_items'].map(m => ({ match: `client.assemblyai-lemur#${m}`, kind: 'llm' as const, modelArg: ['final_model'], inputArgs: [0, 'prompt', 'questions'] })),
      ...['transcripts.transcribe', 'transcripts.submit', 'lemur.task', 'lemur.summary', 'lemur.questionAnswer']
        .map(m => ({ match: `client.assemblyai#${m}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
