import type { KnowledgePack } from '../types';

/** H2O models are scored on H2OFrames (`model.predict(frame)` returns a frame, not an array: no array summary). */
const pack: KnowledgePack = {
  id: 'h2o',
  name: 'H2O',
  languages: ['python'],
  description: 'H2O models restored with `h2o.import_mojo`, `h2o.upload_mojo`, `h2o.load_model` or `h2o.upload_model` and scored with `predict`; '
    + 'MOJOs scored without a cluster by `h2o.mojo_predict_pandas` / `mojo_predict_csv`.',
  tables: {
    mlModules: ['h2o'],
    producers: ['import_mojo', 'upload_mojo', 'load_model', 'upload_model'].map(f => ({ match: `h2o.${f}`, type: 'model.h2o', load: { pin: 'local' as const } })),
    inference: [
      ...['predict', 'predict_leaf_node_assignment', 'predict_contributions'].map(m => ({ match: `model.h2o#${m}`, inputArgs: [0, 'test_data'] })),
      ...['mojo_predict_pandas', 'mojo_predict_csv'].map(f => ({ match: `h2o.${f}`, inputArgs: [0, 'dataframe', 'input_csv_path'] })),
    ],
  },
};
export default pack;
