import type { KnowledgePack } from '../types';

/**
 * PaddlePaddle serving: Paddle Inference makes a predictor from a `Config` naming the exported model files
 * (`create_predictor(config)`), fed through its input handles and run by `predictor.run()`; the high-level API wraps a
 * network in `paddle.Model`, whose `load(path)` reads trained weights and `predict` runs it. Other `paddle.*` loaders
 * (`paddle.jit.load`) follow the shape of the other model libraries.
 */
const pack: KnowledgePack = {
  id: 'paddle',
  name: 'PaddlePaddle (Paddle Inference, paddle.Model)',
  languages: ['python'],
  description: '`predictor = paddle.inference.create_predictor(config)` loads the model files its `Config` names; `predictor.run()` runs it on what '
    + 'the input handles were given. `model = paddle.Model(net)`; `model.load(path)` loads trained weights, `model.predict(data)` / '
    + '`predict_batch` runs it (`evaluate` and `fit` do not serve).',
  tables: {
    mlModules: ['paddle'],
    producers: [
      ...['paddle.inference.create_predictor', 'paddle.fluid.core.create_paddle_predictor']
        .map(match => ({ match, type: 'model.paddle-predictor', load: { pin: 'local' as const, modelArg: [0, 'config'] } })),
      // the configuration names the model files; it is not a model itself (the predictor made from it is)
      ...['paddle.inference.Config', 'paddle.inference.AnalysisConfig', 'paddle.fluid.core.AnalysisConfig'].map(match => ({ match, type: 'paddle.config', names: [0, 'model_file', 'model_dir'] })),
      { match: 'paddle.Model', type: 'model.paddle-hapi' },
      { match: 'model.paddle-hapi#load', load: { pin: 'local' as const, modelArg: [0, 'path'] } },
    ],
    inference: [
      { match: 'model.paddle-predictor#run' },
      ...['predict', 'predict_batch'].map(m => ({ match: `model.paddle-hapi#${m}`, inputArgs: [0, 'test_data'] })),
    ],
  },
};
export default pack;
