import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'cog',
  name: 'Cog (Replicate)',
  languages: ['python'],
  description: 'Cog predictors (`predict.py`): a subclass of `cog.BasePredictor` loads in `setup()` into attributes that `predict()` serves.',
  tables: {
    mlModules: ['cog'],
    contracts: [{ framework: 'Cog predictor', classBases: ['cog.BasePredictor', 'cog.predictor.BasePredictor'], loadHooks: ['setup', '__init__'], serveHooks: ['predict'] }],
  },
};
export default pack;
