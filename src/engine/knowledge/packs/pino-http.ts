import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pino-http',
  name: 'pino-http request logging',
  languages: ['typescript'],
  description: '`app.use(pinoHttp())` (or express-pino-logger) gives every request a logger, `req.log`, whose records carry the request\'s id (`req.id`, from `genReqId` or an incremented counter by default): a handler\'s `req.log.info(…)` next to a prediction records its prediction id, at request level, in whichever module the middleware is installed.',
  tables: {
    instrumentors: ['pino-http', 'pino-http.pinoHttp', 'express-pino-logger', 'hono-pino.pinoLogger'].map(match => ({
      match, name: 'pino-http', libraries: [], covers: ['prediction-id' as const], contextFor: 'request.log', binds: ['reqId'],
    })),
  },
};
export default pack;
