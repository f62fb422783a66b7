import type { KnowledgePack } from '../types';

/**
 * Firebase Genkit: `const ai = genkit({ plugins: [googleAI()] })`, usually in its own module (`src/ai/genkit.ts`)
 * that every flow imports. The model is named per call (`model: googleAI.model("gemini-1.5-flash")`, or a
 * model reference like `gemini15Flash`) or, without one, by the `genkit({ model })` default.
 */
const pack: KnowledgePack = {
  id: 'genkit',
  name: 'Firebase Genkit',
  languages: ['typescript'],
  description: 'Genkit\'s `ai.generate`, `ai.generateStream`, `ai.embed`, `ai.embedMany`, prompts made by `ai.definePrompt` (or `definePrompt(registry, …)` of `@genkit-ai/ai`) or looked up by `ai.prompt(name)` '
    + '(calling them, or their `.stream`), and the 0.x functions (`generate` of `@genkit-ai/ai`, dotprompt\'s `prompt.generate`); the model named in the call is checked for pinning.',
  tables: {
    mlModules: ['genkit', '@genkit-ai/ai', '@genkit-ai/core', '@genkit-ai/googleai', '@genkit-ai/vertexai', '@genkit-ai/dotprompt', 'genkitx-openai'],
    producers: [
      { match: 'genkit.genkit', type: 'client.genkit' },
      { match: 'genkit.beta.genkit', type: 'client.genkit' },
      { match: 'client.genkit#definePrompt', type: 'client.genkit-prompt' },
      { match: 'client.genkit#prompt', type: 'client.genkit-prompt' },
      // the instance is usually imported from the project's own module (`import { ai } from '@/ai/genkit'`)
      { match: '?#definePrompt', type: 'client.genkit-prompt' },
      { match: '@genkit-ai/dotprompt.definePrompt', type: 'client.genkit-prompt' },
      // the 1.x core library's functions, given the registry (`definePrompt(registry, { name, … })`)
      { match: '@genkit-ai/ai.definePrompt', type: 'client.genkit-prompt' },
      { match: '@genkit-ai/dotprompt.prompt', type: 'client.genkit-prompt' },
    ],
    inference: [
      ...['generate', 'generateStream', 'embed', 'embedMany'].map(m => ({ match: `client.genkit#${m}`, kind: 'llm' as const, modelArg: ['model', 'embedder'], inputArgs: [0, 'prompt', 'messages', 'content'] })),
      // on an instance from another module: the call must spell a prompt (Genkit's, also Ollama-style `generate({ model, prompt })`)
      ...['generate', 'generateStream'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, modelArg: ['model'], inputArgs: ['prompt', 'messages'], needsInput: 'spelt' as const })),
      { match: 'client.genkit-prompt#', kind: 'llm', modelArg: ['model'], inputArgs: [0] },
      { match: 'client.genkit-prompt#stream', kind: 'llm', modelArg: ['model'], inputArgs: [0] },
      { match: 'client.genkit-prompt#generate', kind: 'llm', modelArg: ['model'], inputArgs: ['input', 0] },
      ...['generate', 'generateStream', 'embed', 'embedMany'].map(f => ({ match: `@genkit-ai/ai.${f}`, kind: 'llm' as const, modelArg: ['model', 'embedder'], inputArgs: ['prompt', 'messages', 'content', 0] })),
    ],
  },
};
export default pack;
