import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cloudflare-ai',
  name: 'Cloudflare Workers AI',
  languages: ['typescript'],
  description: 'Workers AI through `@cloudflare/ai` (`new Ai(env.AI).run(model, inputs)`) and the bare binding (`env.AI.run("@cf/…", inputs)`, whatever the binding is called), known by its `@cf/`/`@hf/` model names.',
  tables: {
    mlModules: ['@cloudflare/ai'],
    producers: [{ match: '@cloudflare/ai.Ai', type: 'client.cloudflare-ai' }],
    inference: [
      { match: 'client.cloudflare-ai#run', kind: 'llm', modelArg: [0], inputArgs: [1] },
      // the bare binding (`env.AI.run`, Hono's `c.env.AI.run`), whatever the Worker's `Env` calls it: its model names start @cf/ or @hf/
      { match: '?#run', arg0Pattern: '^@(cf|hf)/', kind: 'llm', modelArg: [0], inputArgs: [1], languages: ['typescript', 'javascript'] },
    ],
  },
};
export default pack;
