import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cloudflare-ai',
  name: 'Cloudflare Workers AI',
  languages: ['typescript'],
  description: 'Workers AI through `@cloudflare/ai` (`new Ai(env.AI).run(model, inputs)`). The bare `env.AI` binding is typed only by the Worker\'s `Env` interface and is not recognised yet.',
  tables: {
    mlModules: ['@cloudflare/ai'],
    producers: [{ match: '@cloudflare/ai.Ai', type: 'client.cloudflare-ai' }],
    inference: [{ match: 'client.cloudflare-ai#run', kind: 'llm', inputArgs: [1] }],
  },
};
export default pack;
