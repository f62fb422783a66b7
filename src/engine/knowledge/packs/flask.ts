import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'flask',
  name: 'Flask, Quart and Bottle requests',
  languages: ['python'],
  description: 'The request proxies these frameworks import (`from flask import request`): `request.json`, `request.files`, `request.args` are the caller\'s input, so a record of them records a prediction\'s inputs. The app object (`Flask(__name__)`) is a service\'s entry point. A `before_request` hook that stores an id on `g` (`g.request_id = str(uuid4())`) gives the handlers a request-level prediction id (sent back when an `after_request` hook sets the `X-Request-ID` header); hooks that read a clock and log time each request, not the model call.',
  tables: {
    // `g` holds what the request's hooks stored for its handler (`g.request_id`)
    requestImports: ['flask.request', 'quart.request', 'bottle.request', 'flask.g', 'quart.g'],
    requestHooks: ['before_request', 'after_request'].flatMap(hook => [
      { framework: 'Flask', languages: ['python' as const], decorator: hook }, { framework: 'Flask', languages: ['python' as const], method: hook },
    ]),
    serviceEntries: [{ match: 'flask.Flask', kind: 'Flask app' }, { match: 'quart.Quart', kind: 'Quart app' }, { match: 'bottle.Bottle', kind: 'Bottle app' }],
  },
};
export default pack;
