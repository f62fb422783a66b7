import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'express',
  name: 'Express',
  languages: ['typescript'],
  description: 'The Express app (`express()`) is a service\'s entry point: its service facets (deployment context, outcomes) are reported there. Routes (`app.post("/predict", …)`) are read by the engine\'s route mechanism, not by rows. A middleware (`app.use(fn)`) that stores an id on the request (`req.id = randomUUID()`, `res.locals.requestId`) gives the handlers a request-level prediction id; one that reads a clock and logs times each request, not the model call.',
  tables: {
    serviceEntries: [{ match: 'express', kind: 'Express app' }, { match: 'express.default', kind: 'Express app' }],
    // `app.use(fn)`, `router.use("/api", fn)`: fn runs before the handlers of every request it matches
    requestHooks: [{ framework: 'Express', languages: ['typescript' as const, 'javascript' as const], method: 'use', needsNext: true }],
  },
};
export default pack;
