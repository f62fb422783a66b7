import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'replicate',
  name: 'Replicate',
  languages: ['python', 'typescript'],
  description: 'Replicate in Python (`replicate.run(…)`, `replicate.Client().run`) and JS (`new Replicate().run`): `run`, `async_run`, `stream`, `async_stream`, `predictions.create` and `predictions.async_create`; the community `replicate-js` client (`models.get(name, version)` then `predict`).',
  tables: {
    mlModules: ['replicate', 'replicate-js'],
    producers: [
      { match: 'replicate', type: 'client.replicate' }, // JS: `new Replicate()` of the default import
      // replicate-js, the community client of 2022: `replicate.models.get(name, version)`, then `model.predict(input)`
      { match: 'replicate-js', type: 'client.replicate-js' }, { match: 'client.replicate-js#models.get', type: 'model.replicate-js' },
      { match: 'replicate.Client', type: 'client.replicate' }, { match: 'replicate.client.Client', type: 'client.replicate' },
    ],
    inference: [
      { match: 'model.replicate-js#predict', kind: 'llm' as const },
      // the model is `owner/name` (moves with the owner's latest version) or `owner/name:<version id>` (fixed)
      ...['run', 'stream'].map(m => ({ match: `client.replicate#${m}`, kind: 'llm' as const, modelArg: [0, 'ref'], inputArgs: ['input'] })),
      // (`predictions.async_create` is the asyncio form; a webhook then receives the output)
      ...['predictions.create', 'predictions.async_create'].map(m => ({ match: `client.replicate#${m}`, kind: 'llm' as const, modelArg: ['version', 'model'], inputArgs: ['input'] })),
      ...['async_run', 'async_stream'].map(m => ({ match: `client.replicate#${m}`, kind: 'llm' as const, modelArg: [0, 'ref'], inputArgs: ['input'] })),
      // Python's module-level calls use a default client
      ...['run', 'async_run', 'stream', 'async_stream'].map(m => ({ match: `replicate.${m}`, kind: 'llm' as const, modelArg: [0, 'ref'], inputArgs: ['input'] })),
      ...['predictions.create', 'predictions.async_create'].map(m => ({ match: `replicate.${m}`, kind: 'llm' as const, modelArg: ['version', 'model'], inputArgs: ['input'] })),
      // a client built in another module: a Replicate model reference and an `input` tell the call
      ...['run', 'stream'].map(m => ({ match: `?#${m}`, arg0Pattern: '^[a-z0-9][\\w.-]*/[\\w.-]+(:[0-9a-f]{64})?$', kind: 'llm' as const, modelArg: [0], inputArgs: ['input'], needsInput: true as const })),
    ],
  },
};
export default pack;
