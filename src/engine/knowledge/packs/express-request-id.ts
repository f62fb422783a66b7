import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'express-request-id',
  name: 'express-request-id',
  languages: ['typescript'],
  description: '`app.use(requestID())` gives each request an id, `req.id` (the caller\'s `X-Request-Id` header, else a UUID v4), and sends it back in the `X-Request-Id` response header unless `setHeader: false`: a handler that records `req.id` next to a prediction records its prediction id, at request level, and the caller can join outcomes to it.',
  tables: {
    instrumentors: ['express-request-id', 'express-request-id.default', '@baseland-io/express-request-id'].map(match => ({
      match, name: 'express-request-id', libraries: [], covers: ['prediction-id' as const], requestId: { readAs: ['id'], echoed: true, echoOption: 'setHeader' },
    })),
  },
};
export default pack;
