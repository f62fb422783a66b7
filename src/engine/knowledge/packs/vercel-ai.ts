import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  languages: ['typescript'],
  description: 'The AI SDK\'s `generateText`, `streamText`, `generateObject`, `streamObject`, `embed`, `embedMany` and the experimental image, transcription and speech calls; the model named in the provider call (`openai("gpt-4o")`) is checked for pinning.',
  tables: {
    mlModules: ['ai', '@ai-sdk/openai', '@ai-sdk/anthropic', '@ai-sdk/google', '@ai-sdk/mistral'],
    // `generateText({ model: openai('gpt-4o'), prompt })`
    inference: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany',
      'experimental_generateImage', 'experimental_transcribe', 'experimental_generateSpeech'].map(f => llm(`ai.${f}`)),
  },
};
export default pack;
