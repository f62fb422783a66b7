import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'azureml',
  name: 'Azure Machine Learning',
  languages: ['python'],
  description: 'Azure ML scoring scripts (`score.py`): `init()` loads the model into a `global`, `run(raw_data)` serves it, whatever loader `init` uses. '
    + '`Model.get_model_path(name, version=…)` only fetches the registered files; the load of that path is pinned by its `version` (without one, the latest registration is loaded).',
  tables: {
    mlModules: ['azureml', 'azure.ai.ml'],
    producers: ['azureml.core.model.Model.get_model_path', 'azureml.core.Model.get_model_path']
      .map(match => ({ match, load: { pin: 'registry' as const, download: true as const, modelArg: [0, 'model_name'] } })),
    contracts: [{ framework: 'Azure ML scoring script', moduleFunctions: ['init', 'run'], loadHooks: ['init'], serveHooks: ['run'] }],
  },
};
export default pack;
