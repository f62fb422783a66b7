import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'azureml',
  name: 'Azure Machine Learning',
  languages: ['python'],
  description: 'Azure ML scoring scripts (`score.py`): `init()` loads the model into a `global`, `run(raw_data)` serves it, whatever loader `init` uses.',
  tables: {
    mlModules: ['azureml', 'azure.ai.ml'],
    contracts: [{ framework: 'Azure ML scoring script', moduleFunctions: ['init', 'run'], loadHooks: ['init'], serveHooks: ['run'] }],
  },
};
export default pack;
