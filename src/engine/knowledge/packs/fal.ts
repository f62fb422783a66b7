import type { KnowledgePack } from '../types';

const JS = ['@fal-ai/client', '@fal-ai/serverless-client'];

const pack: KnowledgePack = {
  id: 'fal',
  name: 'fal.ai',
  languages: ['python', 'typescript'],
  description: 'Models hosted on fal.ai: JS `fal.subscribe("fal-ai/flux/dev", { input })`, `fal.run`, `fal.stream`, `fal.queue.submit` (`@fal-ai/client`, `@fal-ai/serverless-client`); Python `fal_client.subscribe(…, arguments=…)`, `run`, `submit` and their async forms. The endpoint id names the model; it has no version.',
  tables: {
    mlModules: [...JS, 'fal_client'],
    producers: [
      ...JS.map(m => ({ match: `${m}.fal`, on: 'value' as const, type: 'client.fal' })),
      ...JS.map(m => ({ match: `${m}.createFalClient`, type: 'client.fal' })),
      // `import * as fal from '@fal-ai/serverless-client'`: the module is the client
      ...JS.map(m => ({ match: m, on: 'value' as const, type: 'client.fal' })),
      { match: 'fal_client.SyncClient', type: 'client.fal' }, { match: 'fal_client.AsyncClient', type: 'client.fal' },
    ],
    inference: [
      ...['subscribe', 'run', 'stream', 'queue.submit'].map(m => ({ match: `client.fal#${m}`, kind: 'llm' as const, modelArg: [0], inputArgs: ['input'] })),
      ...['subscribe', 'run', 'submit', 'subscribe_async', 'run_async', 'submit_async', 'stream'].flatMap(m => [
        { match: `fal_client.${m}`, kind: 'llm' as const, modelArg: [0, 'application'], inputArgs: ['arguments'] },
        { match: `client.fal#${m}`, kind: 'llm' as const, modelArg: [0, 'application'], inputArgs: ['arguments'], languages: ['python' as const] },
      ]),
    ],
  },
};
export default pack;
