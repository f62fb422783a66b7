import type { KnowledgePack } from '../types';

/**
 * fairseq (Meta's sequence models: translation, speech, language models). Serving code either restores an ensemble
 * of checkpoints and runs the task's beam search over it (`task.inference_step(generator, models, sample)`, as
 * fairseq's own `interactive.py` does), or uses a hub interface (`TransformerModel.from_pretrained(dir, checkpoint_file=…)`,
 * `torch.hub.load("pytorch/fairseq", …)`) whose `translate`/`sample` run it.
 */
const pack: KnowledgePack = {
  id: 'fairseq',
  name: 'fairseq',
  languages: ['python'],
  description: '`checkpoint_utils.load_model_ensemble(paths)` (and `load_model_ensemble_and_task`) restore checkpoints; `tasks.setup_task(cfg)` '
    + 'makes the task, whose `inference_step(generator, models, sample)` runs the models, as does the generator\'s `generate(models, sample)`. '
    + 'Hub interfaces: `TransformerModel.from_pretrained(dir, checkpoint_file=…)` (and the other model classes) load; `translate`, `sample`, '
    + '`generate`, `predict` and `fill_mask` run (`encode`/`decode` only apply the BPE).',
  tables: {
    mlModules: ['fairseq'],
    producers: [
      ...['fairseq.checkpoint_utils.load_model_ensemble', 'fairseq.checkpoint_utils.load_model_ensemble_and_task']
        .map(match => ({ match, type: 'model.fairseq-ensemble', load: { pin: 'local' as const, modelArg: [0, 'filenames'] } })),
      { match: 'fairseq.tasks.setup_task', type: 'fairseq.task' },
      { match: 'fairseq.task#build_generator', type: 'fairseq.generator' },
      { match: 'fairseq.models.**.from_pretrained', type: 'model.fairseq-hub', load: { pin: 'local' as const, modelArg: [0, 'model_name_or_path'] } },
    ],
    inference: [
      { match: 'fairseq.task#inference_step', inputArgs: [2, 'sample'] },
      { match: 'fairseq.generator#generate', inputArgs: [1, 'sample'] },
      ...['translate', 'sample', 'generate', 'predict', 'fill_mask'].map(m => ({ match: `model.fairseq-hub#${m}`, inputArgs: [0] })),
    ],
  },
};
export default pack;
