import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cloudflare-ai',
  name: 'Cloudflare Workers AI',
  languages: ['typescript', 'python'],
  description: 'Workers AI through `@cloudflare/ai` (`new Ai(env.AI).run(model, inputs)`), the Cloudflare REST SDKs (Python `Cloudflare().ai.run(model_name, account_id=…)` and its `with_streaming_response`/`with_raw_response` forms; JS `new Cloudflare().ai.run(model, { account_id, … })`) and the bare binding: typed by the runtime\'s `Ai` type (`interface Env { AI: Ai }`), called `AI` on an untyped `env`/`c.env` (`env.AI.run(MODEL, inputs)`), or known by its `@cf/`/`@hf/` model names whatever the binding is called.',
  tables: {
    mlModules: ['@cloudflare/ai'],
    producers: [
      { match: '@cloudflare/ai.Ai', type: 'client.cloudflare-ai' },
      // the REST SDKs: `client.ai` is the Workers AI resource
      ...['cloudflare.Cloudflare', 'cloudflare.AsyncCloudflare', 'cloudflare'].map(match => ({ match, type: 'client.cloudflare' })),
    ],
    // `Ai` is the binding's type in @cloudflare/workers-types, a global of the Workers runtime
    builtins: { Ai: '@cloudflare/ai.Ai' },
    inference: [
      { match: 'client.cloudflare-ai#run', kind: 'llm', modelArg: [0], inputArgs: [1] },
      ...['ai.run', 'ai.with_streaming_response.run', 'ai.with_raw_response.run', 'ai.withRawResponse.run']
        .map(m => ({ match: `client.cloudflare#${m}`, kind: 'llm' as const, modelArg: [0, 'model_name'], inputArgs: ['messages', 'prompt', 'text', 'image', 'audio', 1] })),
      // the bare binding (`env.AI.run`, Hono's `c.env.AI.run`), whatever the Worker's `Env` calls it: its model names start @cf/ or @hf/
      { match: '?#run', arg0Pattern: '^@(cf|hf)/', kind: 'llm', modelArg: [0], inputArgs: [1], languages: ['typescript', 'javascript'] },
      // the binding by its documented name on an untyped `env` (`env.AI.run(model, …)`, Hono's `c.env.AI.run`), whatever the model
      ...['?#AI.run', '?#env.AI.run'].map(match => ({ match, kind: 'llm' as const, modelArg: [0], inputArgs: [1], languages: ['typescript' as const, 'javascript' as const] })),
    ],
  },
};
export default pack;
