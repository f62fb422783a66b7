import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'timesfm',
  name: 'TimesFM (Google)',
  languages: ['python'],
  description: 'Google\'s forecasting foundation model: `timesfm.TimesFm(hparams=…, checkpoint=TimesFmCheckpoint(huggingface_repo_id=…))` (2.x) or '
    + '`tfm.load_from_checkpoint(repo_id=…)` (1.x) loads the hub checkpoint (no revision: it can move); `tfm.forecast(inputs, freq=…)` and '
    + '`forecast_on_df` run it.',
  tables: {
    mlModules: ['timesfm'],
    producers: [
      // (1.x builds it empty and `load_from_checkpoint` loads it; 2.x names the checkpoint at construction)
      { match: 'timesfm.TimesFm', type: 'model.timesfm', load: { pin: 'hf', defaultWeights: true, modelArg: ['checkpoint.huggingface_repo_id', 'checkpoint.path', 'checkpoint'], supersededBy: ['load_from_checkpoint'] } },
      { match: 'model.timesfm#load_from_checkpoint', load: { pin: 'hf', defaultWeights: true, modelArg: ['repo_id', 'checkpoint_path', 0] } },
      ...['timesfm.TimesFM_2p5_200M_torch.from_pretrained', 'timesfm.TimesFM_2p5_200M_torch'].map(match => ({ match, type: 'model.timesfm', load: { pin: 'hf' as const, defaultWeights: true, modelArg: [0] } })),
    ],
    inference: ['forecast', 'forecast_on_df'].map(m => ({ match: `model.timesfm#${m}`, inputArgs: [0, 'inputs'] })),
  },
};
export default pack;
