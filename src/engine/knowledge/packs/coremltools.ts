import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'coremltools',
  name: 'Core ML (coremltools)',
  languages: ['python'],
  description: '`ct.models.MLModel("model.mlpackage")` loads a Core ML model (a spec built in memory by a conversion is not a file) and '
    + '`model.predict({"input": x})` runs it (on macOS).',
  tables: {
    mlModules: ['coremltools'],
    producers: [{ match: 'coremltools.models.MLModel', type: 'model.coreml', load: { pin: 'local', modelArg: [0, 'model'] } }],
    inference: [{ match: 'model.coreml#predict', inputArgs: [0, 'data'] }],
  },
};
export default pack;
