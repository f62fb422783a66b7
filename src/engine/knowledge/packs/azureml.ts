import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'azureml',
  name: 'Azure Machine Learning',
  languages: ['python'],
  description: 'Azure ML scoring scripts (`score.py`): `init()` loads the model into a `global`, `run(raw_data)` serves it, whatever loader `init` uses. '
    + '`Model.get_model_path(name, version=…)` only fetches the registered files; the load of that path is pinned by its `version` (without one, the latest registration is loaded). `MLClient(…).online_endpoints.invoke(…)` / `batch_endpoints.invoke(…)` and a v1 `Webservice(…).run(data)` call a deployed model.',
  tables: {
    mlModules: ['azureml', 'azure.ai.ml'],
    producers: [
      ...['azureml.core.model.Model.get_model_path', 'azureml.core.Model.get_model_path']
        .map(match => ({ match, load: { pin: 'registry' as const, download: true as const, modelArg: [0, 'model_name'] } })),
      { match: 'azure.ai.ml.MLClient', type: 'client.azureml' },
      { match: 'azure.ai.ml.MLClient.from_config', type: 'client.azureml' },
      // the v1 SDK's deployed web service (`Webservice(ws, name).run(input_data)`)
      ...['azureml.core.Webservice', 'azureml.core.webservice.Webservice', 'azureml.core.webservice.AciWebservice', 'azureml.core.webservice.AksWebservice']
        .map(match => ({ match, type: 'client.azureml-webservice' })),
    ],
    // an endpoint called from code (a batch job, a client, a test of the deployment): the endpoint's model answers
    inference: [
      ...['online_endpoints.invoke', 'batch_endpoints.invoke'].map(m => ({ match: `client.azureml#${m}`, inputArgs: ['request_file', 'input', 'inputs'] })),
      { match: 'client.azureml-webservice#run', inputArgs: [0, 'input_data'] },
    ],
    contracts: [{ framework: 'Azure ML scoring script', moduleFunctions: ['init', 'run'], loadHooks: ['init'], serveHooks: ['run'] }],
  },
};
export default pack;
