import type { KnowledgePack } from '../types';
import { llm, OPTION_INPUTS } from './helpers';

const pack: KnowledgePack = {
  id: 'mistral',
  name: 'Mistral AI',
  languages: ['python', 'typescript'],
  description: 'The Mistral client in Python (`mistralai.Mistral`, also the 0.x `MistralClient`) and JS (also the 0.x default export `MistralClient` with `chat`, `chatStream`, `embeddings`): `chat.complete`, `chat.stream`, `embeddings.create`, `fim.complete`, the other hosted models of the client (`ocr.process`, `agents.complete`, `classifiers.moderate`, `audio.transcriptions.complete`) and their `_async` forms.',
  tables: {
    // dated versions of the aliases, newest first (MLO003's fix offers them)
    modelSnapshots: { 'mistral-large-latest': ['mistral-large-2411', 'mistral-large-2407'], 'mistral-small-latest': ['mistral-small-2501'] },
    mlModules: ['mistralai', '@mistralai/mistralai'],
    producers: [
      { match: 'mistralai.Mistral', type: 'client.mistral' },
      { match: '@mistralai/mistralai.Mistral', type: 'client.mistral' },
      // the 0.x JS SDK's default export: `new MistralClient(apiKey).chat({ model, messages })`, `chatStream`, `embeddings`
      ...['@mistralai/mistralai', '@mistralai/mistralai.default'].map(match => ({ match, type: 'client.mistral' })),
      // the 0.x Python SDK: `MistralClient().chat(model=…, messages=…)`
      { match: 'mistralai.client.MistralClient', type: 'client.mistral' },
      { match: 'mistralai.async_client.MistralAsyncClient', type: 'client.mistral' },
    ],
    inference: [
      ...['chat.complete', 'chat.stream', 'embeddings.create', 'fim.complete', 'chat.complete_async', 'chat.stream_async', 'embeddings.create_async',
      'fim.complete_async', 'chat', 'chat_stream', 'embeddings', 'chatStream', 'completion', 'completionStream'].map(m => llm(`client.mistral#${m}`)),
      // the other hosted models of the same client: OCR, agents, moderation, classifiers, transcription
      ...['ocr.process', 'ocr.process_async', 'agents.complete', 'agents.stream', 'agents.complete_async', 'agents.stream_async', 'classifiers.moderate',
        'classifiers.moderate_chat', 'classifiers.moderate_async', 'classifiers.moderate_chat_async', 'classifiers.classify', 'classifiers.classify_async',
        'audio.transcriptions.complete', 'audio.transcriptions.complete_async', 'audio.transcriptions.stream'].map(m => llm(`client.mistral#${m}`, [...OPTION_INPUTS, 'document', 'file'])),
      // the API shape on a client built in another module
      ...['chat.complete', 'chat.stream', 'chat.complete_async', 'chat.stream_async'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: ['messages'], needsInput: true as const })),
    ],
  },
};
export default pack;
