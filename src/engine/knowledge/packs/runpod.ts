import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'runpod',
  name: 'RunPod Serverless endpoints',
  languages: ['python', 'typescript'],
  description: 'Calls to a model deployed on a RunPod Serverless endpoint: Python `runpod.Endpoint(id)` (and `AsyncioEndpoint`) `run_sync(input)` '
    + 'and `run(input)` (a job whose `output()` is the prediction); JS `runpodSdk(key).endpoint(id)` `runSync`/`run`. The endpoint id names '
    + 'the deployment, not a model version.',
  tables: {
    mlModules: ['runpod', 'runpod-sdk'],
    producers: [
      ...['runpod.Endpoint', 'runpod.AsyncioEndpoint', 'runpod.endpoint.Endpoint', 'runpod.endpoint.AsyncioEndpoint'].map(match => ({ match, type: 'client.runpod-endpoint' })),
      { match: 'runpod-sdk', type: 'client.runpod' },
      { match: 'client.runpod#endpoint', type: 'client.runpod-endpoint' },
    ],
    inference: ['run_sync', 'run', 'runSync'].map(m => ({ match: `client.runpod-endpoint#${m}`, inputArgs: [0, 'request_input'] })),
  },
};
export default pack;
