import type { KnowledgePack } from '../types';

/**
 * Prophet's own serialisation: a model fitted once is written with `model_to_json` and restored with
 * `model_from_json(text)` (or `model_from_dict`) by the service that forecasts with it. `Prophet()` itself is an untrained
 * model (the model-libraries pack reads it as one that is fitted where it is built).
 */
const pack: KnowledgePack = {
  id: 'prophet',
  name: 'Prophet',
  languages: ['python'],
  description: '`prophet.serialize.model_from_json(f.read())` and `model_from_dict(d)` restore a fitted Prophet model (the file it was read from pins it); '
    + '`predict(future)` on it forecasts (`make_future_dataframe` only builds the dates).',
  tables: {
    mlModules: ['prophet', 'fbprophet'],
    producers: ['prophet.serialize.model_from_json', 'prophet.serialize.model_from_dict', 'fbprophet.serialize.model_from_json']
      .map(match => ({ match, type: 'model.prophet', load: { pin: 'local' as const, modelArg: [0, 'model_json'] } })),
    inference: ['predict', 'predictive_samples'].map(m => ({ match: `model.prophet#${m}`, inputArgs: [0, 'df'] })),
  },
};
export default pack;
