import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'nnunet',
  name: 'nnU-Net (v2)',
  languages: ['python'],
  description: 'Medical image segmentation with nnU-Net v2: `nnUNetPredictor(…)` makes an empty predictor, '
    + '`initialize_from_trained_model_folder(folder, use_folds, checkpoint_name)` loads the trained folds, and `predict_single_npy_array`, '
    + '`predict_from_files`, `predict_from_data_iterator`, `predict_logits_from_preprocessed_data` and `predict_sliding_window_return_logits` run them.',
  tables: {
    mlModules: ['nnunetv2'],
    producers: [
      ...['nnunetv2.inference.predict_from_raw_data.nnUNetPredictor', 'nnunetv2.inference.nnUNetPredictor'].map(match => ({ match, type: 'model.nnunet' })),
      { match: 'model.nnunet#initialize_from_trained_model_folder', load: { pin: 'local', modelArg: [0, 'model_training_output_dir'] } },
    ],
    inference: ['predict_single_npy_array', 'predict_from_files', 'predict_from_list_of_npy_arrays', 'predict_from_data_iterator',
      'predict_logits_from_preprocessed_data', 'predict_sliding_window_return_logits'].map(m => ({ match: `model.nnunet#${m}`, inputArgs: [0] })),
  },
};
export default pack;
