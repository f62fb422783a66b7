import type { KnowledgePack } from '../types';

/**
 * The CompVis latent-diffusion code that the original Stable Diffusion scripts run (`ldm`): the model is built from its
 * config (`instantiate_from_config(config.model)`, the weights then given by `load_state_dict(torch.load(ckpt))`, which is
 * the load); its text encoder (`get_learned_conditioning`), the samplers over its UNet (`DDIMSampler(model).sample(…)`,
 * PLMS, DPM-Solver) and its VAE (`decode_first_stage`, `encode_first_stage`) are the model runs.
 */
const SAMPLERS = ['ddim.DDIMSampler', 'plms.PLMSSampler', 'dpm_solver.DPMSolverSampler', 'dpm_solver.sampler.DPMSolverSampler'];

const pack: KnowledgePack = {
  id: 'ldm',
  name: 'Latent Diffusion (CompVis ldm, original Stable Diffusion scripts)',
  languages: ['python'],
  description: 'CompVis `ldm`: a model from `instantiate_from_config(config.model)` (weights by `torch.load` + `load_state_dict`); '
    + '`get_learned_conditioning(prompts)`, `decode_first_stage`, `encode_first_stage`, and `DDIMSampler(model)` / `PLMSSampler` / `DPMSolverSampler` `.sample(…)` are inference.',
  tables: {
    mlModules: ['ldm'],
    producers: [
      { match: 'ldm.util.instantiate_from_config', type: 'model.ldm' },
      ...['to', 'cuda', 'eval', 'half', 'float'].map(m => ({ match: `model.ldm#${m}`, passThrough: 'receiver' as const })),
      ...SAMPLERS.map(s => ({ match: `ldm.models.diffusion.${s}`, type: 'model.ldm-sampler' })),
    ],
    inference: [
      ...['get_learned_conditioning', 'decode_first_stage', 'encode_first_stage'].map(m => ({ match: `model.ldm#${m}`, inputArgs: [0] })),
      { match: 'model.ldm-sampler#sample', inputArgs: ['conditioning', 'x_T', 'unconditional_conditioning'] },
      { match: 'model.ldm-sampler#stochastic_encode', inputArgs: [0] },
      { match: 'model.ldm-sampler#decode', inputArgs: [0, 1] },
    ],
  },
};
export default pack;
