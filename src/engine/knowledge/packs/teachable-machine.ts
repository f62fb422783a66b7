import type { KnowledgePack } from '../types';

/** The libraries Teachable Machine exports for, imported or as the globals of their script tags. */
const LIBRARIES: { module: string; global: string; verbs: string[] }[] = [
  { module: '@teachablemachine/image', global: 'tmImage', verbs: ['predict', 'predictTopK'] },
  { module: '@teachablemachine/pose', global: 'tmPose', verbs: ['predict', 'predictTopK', 'estimatePose'] },
];

const pack: KnowledgePack = {
  id: 'teachable-machine',
  name: 'Teachable Machine',
  languages: ['typescript'],
  description: 'Models exported from Google\'s Teachable Machine: `tmImage.load(modelURL, metadataURL)` (and `loadFromFiles`, `tmPose.load`) '
    + 'load one (a URL without a version can change), `model.predict(canvas)`, `predictTopK`, and `estimatePose` of a pose model run it. '
    + 'Sound models go through `speechCommands` (the tfjs-models pack).',
  tables: {
    builtins: Object.fromEntries(LIBRARIES.map(l => [l.global, l.module])),
    mlModules: LIBRARIES.map(l => l.module),
    producers: LIBRARIES.flatMap(l => ['load', 'loadFromFiles'].map(f => ({ match: `${l.module}.${f}`, type: `model.${l.global}`, load: { pin: 'url' as const, modelArg: [0] } }))),
    inference: LIBRARIES.flatMap(l => l.verbs.map(v => ({ match: `model.${l.global}#${v}`, inputArgs: [0] }))),
  },
};
export default pack;
