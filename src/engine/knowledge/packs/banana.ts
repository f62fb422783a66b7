import type { KnowledgePack } from '../types';

/** Banana (banana.dev) serverless GPUs: the model runs on Banana's side, called with the model's key. */
const pack: KnowledgePack = {
  id: 'banana',
  name: 'Banana (banana.dev)',
  languages: ['python', 'typescript'],
  description: 'Python `banana_dev.run(api_key, model_key, payload)` (and `start` / `check`), the newer `Client(api_key=…, url=…).call(route, json)`, '
    + 'and JS `@banana-dev/banana-dev` `banana.run(apiKey, modelKey, payload)` run a model deployed on Banana.',
  tables: {
    mlModules: ['banana_dev', '@banana-dev/banana-dev'],
    producers: [{ match: 'banana_dev.Client', type: 'client.banana' }],
    inference: [
      ...['banana_dev.run', 'banana_dev.start', '@banana-dev/banana-dev.run', '@banana-dev/banana-dev.default.run', '@banana-dev/banana-dev.start']
        .map(match => ({ match, inputArgs: [2, 'model_inputs', 'modelInputs'] })),
      { match: 'client.banana#call', inputArgs: [1, 'json'] },
    ],
  },
};
export default pack;
