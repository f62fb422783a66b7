import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'supabase-ai',
  name: 'Supabase Edge Runtime AI',
  languages: ['typescript'],
  description: 'The `Supabase.ai` global of Supabase Edge Functions: `new Supabase.ai.Session("gte-small")` loads a model in the function (named, not versioned: it moves with the runtime), `session.run(input, options)` runs it.',
  tables: {
    builtins: { Supabase: 'supabase-edge-runtime' },
    producers: [{ match: 'supabase-edge-runtime.ai.Session', type: 'model.supabase-ai', load: { pin: 'name', modelArg: [0] } }],
    inference: [{ match: 'model.supabase-ai#run', inputArgs: [0] }],
  },
};
export default pack;
