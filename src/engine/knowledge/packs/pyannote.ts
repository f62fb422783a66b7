import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'pyannote',
  name: 'pyannote.audio',
  languages: ['python'],
  description: 'Speaker diarization and audio models from the hub: `Pipeline.from_pretrained(…)` and `Model.from_pretrained(…)` load (pinned by a commit `revision`); calling the pipeline, or `Inference(model)`, is inference.',
  tables: {
    mlModules: ['pyannote'],
    producers: [
      { match: 'pyannote.audio.Pipeline.from_pretrained', type: 'model.pyannote', load: { pin: 'hf', modelArg: [0, 'checkpoint_path', 'checkpoint'] } },
      { match: 'pyannote.audio.Model.from_pretrained', type: 'model.torch', load: { pin: 'hf', modelArg: [0, 'checkpoint'] } },
      { match: 'pyannote.audio.Inference', type: 'model.pyannote' },
      { match: 'model.pyannote#to', passThrough: 'receiver' },
    ],
    inference: [{ match: 'model.pyannote#', inputArgs: [0, 'file'] }, { match: 'model.pyannote#crop', inputArgs: [0] }],
  },
};
export default pack;
