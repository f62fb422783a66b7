// A Fastify service made with its logger: the routes (another module) log through `request.log`, whose records carry the
// request's reqId, so /rank records its prediction's id at request level; /rank-batch logs through the app's logger.
// expect-service: ts-fastify-logger deployment-context=missing
// expect-service: ts-fastify-logger outcome=missing
// expect-service: ts-fastify-logger upstream-provenance=not-required
// expect-service: ts-fastify-logger segment-context=not-required
import Fastify from 'fastify';
import { routes } from './routes';

const app = Fastify({ logger: true }); // expect-service: ts-fastify-logger entry
await app.register(routes);
await app.listen({ port: 3000 });
