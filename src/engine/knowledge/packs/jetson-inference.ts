import type { KnowledgePack } from '../types';

const NETWORKS = ['detectNet', 'imageNet', 'segNet', 'poseNet', 'depthNet', 'actionNet', 'backgroundNet'];

const pack: KnowledgePack = {
  id: 'jetson-inference',
  name: 'NVIDIA Jetson inference (jetson-inference)',
  languages: ['python'],
  description: 'The Jetson "Hello AI World" library: `jetson.inference.detectNet("ssd-mobilenet-v2", threshold=0.5)` (or `jetson_inference`, '
    + 'also `imageNet`, `segNet`, `poseNet`, `depthNet`, `actionNet`, `backgroundNet`) loads a network — a built-in name is downloaded and '
    + 'moves with the release, a `--model` path is a file; `net.Detect(img)`, `net.Classify(img)` and `net.Process(img)` run it '
    + '(`Overlay`/`Visualize` only draw).',
  tables: {
    mlModules: ['jetson', 'jetson_inference'],
    producers: ['jetson.inference', 'jetson_inference'].flatMap(m => NETWORKS.map(n => ({ match: `${m}.${n}`, type: 'model.jetson',
      load: { pin: 'library' as const, modelArg: [0, 'network', 'model'] } }))),
    inference: ['Detect', 'Classify', 'Process'].map(m => ({ match: `model.jetson#${m}`, inputArgs: [0] })),
  },
};
export default pack;
