import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'flask',
  name: 'Flask, Quart and Bottle requests',
  languages: ['python'],
  description: 'The request proxies these frameworks import (`from flask import request`): `request.json`, `request.files`, `request.args` are the caller\'s input, so a record of them records a prediction\'s inputs. The app object (`Flask(__name__)`) is a service\'s entry point.',
  tables: {
    requestImports: ['flask.request', 'quart.request', 'bottle.request'],
    serviceEntries: [{ match: 'flask.Flask', kind: 'Flask app' }, { match: 'quart.Quart', kind: 'Quart app' }, { match: 'bottle.Bottle', kind: 'Bottle app' }],
  },
};
export default pack;
