import type { KnowledgePack } from '../types';
import { ARRAY_RESULT } from './helpers';

/** `model.keras` is also the type of TensorFlow.js models (the tfjs pack). */
const pack: KnowledgePack = {
  id: 'tensorflow-keras',
  name: 'TensorFlow and Keras',
  languages: ['python'],
  description: 'Keras models (`load_model`, weights read by `load_weights`, `predict`, calling the model) and TensorFlow SavedModels with their serving signatures, and TF1: `contrib.predictor` predictors, and a `Session` into which `saver.restore(sess, ckpt)` or `tf.saved_model.loader.load(sess, tags, dir)` loads a model, run by `sess.run(fetches, feed_dict)`.',
  tables: {
    mlModules: ['tensorflow', 'keras'],
    producers: [
      { match: 'keras.models.load_model', type: 'model.keras', load: { pin: 'local' } },
      { match: 'keras.saving.load_model', type: 'model.keras', load: { pin: 'local' } },
      { match: 'tensorflow.keras.models.load_model', type: 'model.keras', load: { pin: 'local' } },
      { match: 'tensorflow.saved_model.load', type: 'model.tfsaved', load: { pin: 'local' } },
      // TF1 `tf.contrib.predictor.from_saved_model(dir)` (and its `tf_predictor` successor): a callable predictor
      ...['tensorflow.contrib.predictor.from_saved_model', 'tensorflow.contrib.predictor.from_estimator', 'tf_predictor.from_saved_model']
        .map(match => ({ match, type: 'model.tfsaved', load: { pin: 'local' as const } })),
      // TF1 graphs: a session becomes the model when a checkpoint or SavedModel is loaded into it
      ...['tensorflow.train.Saver', 'tensorflow.compat.v1.train.Saver', 'tensorflow.train.import_meta_graph', 'tensorflow.compat.v1.train.import_meta_graph']
        .map(match => ({ match, type: 'tf1.saver' })),
      { match: 'tf1.saver#restore', type: 'model.tf1-session', loadsInto: 0, load: { pin: 'local' as const, modelArg: [1, 'save_path'] } },
      ...['tensorflow.saved_model.loader.load', 'tensorflow.compat.v1.saved_model.loader.load', 'tensorflow.compat.v1.saved_model.load']
        .map(match => ({ match, type: 'model.tf1-session', loadsInto: 0, load: { pin: 'local' as const, modelArg: [2, 'export_dir'] } })),
      // a frozen graph parsed from its file and imported into the default graph (`tf.import_graph_def(graph_def, name="")`)
      ...['tensorflow.import_graph_def', 'tensorflow.compat.v1.import_graph_def', 'tensorflow.graph_util.import_graph_def']
        .map(match => ({ match, load: { pin: 'local' as const, modelArg: [0, 'graph_def'] } })),
      { match: 'model.keras#compile', passThrough: 'receiver' },
      // trained weights read into a model built in code (`model = build_lstm(); model.load_weights("best.hdf5")`): where the
      // trained model enters the process; on a model of unseen origin (a parameter) too, in a file that uses an ML library
      { match: 'model.keras#load_weights', load: { pin: 'local' as const, modelArg: [0, 'filepath'] } },
      { match: '?#load_weights', load: { pin: 'local' as const, modelArg: [0, 'filepath'], needsModelEvidence: true } },
      { match: 'model.tfsaved#signatures.[]', on: 'access', type: 'model.tfsig' },
      // pre-trained architectures: `weights="imagenet"` downloads the release's weights, a path loads a file, `None` builds an untrained model
      ...['keras.applications.**', 'tensorflow.keras.applications.**'].map(match => ({ match, type: 'model.keras', load: { pin: 'weights' as const, onlyWith: ['weights'] } })),
    ],
    // model definitions (subclassed models and layers): their own calls are layers, not predictions
    classBases: ['keras.Model', 'keras.layers.Layer', 'tensorflow.keras.Model', 'tensorflow.keras.layers.Layer', 'tensorflow.Module', 'tf_keras.Model',
      // TensorFlow Recommenders' models are Keras models
      'tensorflow_recommenders.models.Model', 'tensorflow_recommenders.Model']
      .map(match => ({ match, type: 'model.keras' })),
    // a loaded model's own layers or methods given data run (part of) it: `model.embedding(x)`, `model.encoder(ids)` of a
    // model restored by `load_model` (inside a subclass's own definition they are its layers, not predictions); Keras's
    // and TensorFlow.js's model API trains, saves, inspects or frees it
    customModelMethods: [{ type: 'model.keras', except: ['compile', 'fit', 'fit_generator', 'evaluate', 'evaluate_generator', 'train_on_batch', 'test_on_batch',
      'train_step', 'test_step', 'compute_loss', 'compute_metrics', 'make_train_function', 'make_test_function', 'save', 'save_weights', 'load_weights',
      'summary', 'to_json', 'to_yaml', 'count_params', 'build', 'reset_states', 'reset_metrics', 'export', 'quantize', 'add_loss', 'add_metric',
      'add_weight', 'from_config', 'fitDataset', 'evaluateDataset', 'trainOnBatch', 'dispose', 'then', 'catch', 'finally'] }],
    inference: [
      { match: 'model.keras#predict', result: ARRAY_RESULT }, { match: 'model.keras#predict_on_batch', result: ARRAY_RESULT }, { match: 'model.keras#' },
      { match: 'model.tfsaved#' }, { match: 'model.tfsaved#serve' }, { match: 'model.tfsig#' },
      { match: 'model.tf1-session#run', inputArgs: ['feed_dict', 1] },
      // a TF1 session handed in (a parameter, another module's global) run on a feed: `feed_dict=` is Session.run's alone
      { match: '?#run', inputArgs: ['feed_dict'], needsInput: 'spelt', languages: ['python'] },
    ],
  },
};
export default pack;
