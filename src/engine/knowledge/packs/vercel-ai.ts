import type { KnowledgePack } from '../types';
import { llm } from './helpers';

/** Where the AI SDK's UI hooks come from: its React, Vue and Svelte packages, and `ai/react` of the older SDK. */
const HOOK_MODULES = ['@ai-sdk/react', 'ai/react', '@ai-sdk/vue', '@ai-sdk/svelte'];

const pack: KnowledgePack = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  languages: ['typescript'],
  description: 'The AI SDK\'s `generateText`, `streamText`, `generateObject`, `streamObject`, `embed`, `embedMany` and the experimental image, transcription and speech calls; the model named in the provider call (`openai("gpt-4o")`) is checked for pinning. In the browser, the UI hooks\' calls that ask the app\'s chat route for an answer: `useChat()`\'s `sendMessage`, `append`, `handleSubmit`, `reload`, `regenerate`, `useCompletion()`\'s `complete` and `handleSubmit`, `useObject()`\'s `submit` (`@ai-sdk/react`, `ai/react`, `@ai-sdk/vue`, `@ai-sdk/svelte`).',
  tables: {
    mlModules: ['ai', '@ai-sdk/openai', '@ai-sdk/anthropic', '@ai-sdk/google', '@ai-sdk/mistral', '@ai-sdk/react'],
    // the UI hooks: their functions send the conversation to the app's route, which runs the model
    producers: HOOK_MODULES.flatMap(m => [
      { match: `${m}.useChat`, type: 'client.ai-sdk-ui-chat' }, { match: `${m}.useCompletion`, type: 'client.ai-sdk-ui-completion' },
      { match: `${m}.experimental_useObject`, type: 'client.ai-sdk-ui-object' }, { match: `${m}.useObject`, type: 'client.ai-sdk-ui-object' },
    ]),
    // `generateText({ model: openai('gpt-4o'), prompt })`
    inference: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany',
      'experimental_generateImage', 'experimental_transcribe', 'experimental_generateSpeech'].map(f => llm(`ai.${f}`))
      .concat(['sendMessage', 'append', 'handleSubmit', 'reload', 'regenerate'].map(m => ({ match: `client.ai-sdk-ui-chat#${m}`, kind: 'llm' as const, inputArgs: [0, 'text'] })))
      .concat(['complete', 'handleSubmit'].map(m => ({ match: `client.ai-sdk-ui-completion#${m}`, kind: 'llm' as const, inputArgs: [0] })))
      .concat([{ match: 'client.ai-sdk-ui-object#submit', kind: 'llm' as const, inputArgs: [0] }]),
  },
};
export default pack;
