import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'async-local-storage',
  name: 'Node AsyncLocalStorage (request context)',
  languages: ['typescript'],
  description: 'Node\'s `AsyncLocalStorage` as a request context: `als.run({ requestId }, next)` in a middleware makes the store what `als.getStore()` returns for the rest of that request, in any module. A record whose fields read the store (`logger.info({ ...als.getStore(), answer })`), or any record of a logger made with a `mixin` that returns it (`pino({ mixin: () => als.getStore() })`, in whichever module), carries what was bound, so a `requestId` bound there (not a constant) is the prediction\'s id, at request level. A winston format that reads the store is not recognised yet.',
  tables: {
    producers: [{ match: 'async_hooks.AsyncLocalStorage', type: 'context.async-local-storage' }],
    instrumentors: ['run', 'enterWith'].map(m => ({
      match: `context.async-local-storage#${m}`, name: 'AsyncLocalStorage', libraries: [], covers: ['prediction-id' as const, 'model-version' as const],
      contextFor: 'context.async-local-storage', readBy: 'context.async-local-storage#getStore',
    })),
  },
};
export default pack;
