import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'ray-serve',
  name: 'Ray Serve',
  languages: ['python'],
  description: 'Ray Serve deployments: a `@serve.deployment` class loads in `__init__` (or `reconfigure`) into attributes that `__call__` and its routes serve.',
  tables: {
    mlModules: ['ray'],
    contracts: [{ framework: 'Ray Serve deployment', classDecorators: ['ray.serve.deployment', 'ray.serve.api.deployment'], loadHooks: ['__init__', 'reconfigure'], serveHooks: ['__call__'] }],
  },
};
export default pack;
