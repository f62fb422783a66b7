import type { KnowledgePack } from '../types';

/**
 * controlnet_aux, the annotators that turn an image into a ControlNet condition (pose, depth, edges, normals). A detector
 * made by `from_pretrained("lllyasviel/Annotators")`, or wrapping a network loaded from a checkpoint (`OpenposeDetector(Body(path))`),
 * runs a model when called on an image; the rule-based ones (`CannyDetector()`, `ContentShuffleDetector()`) are plain image
 * processing and are not models. `Processor("depth_midas")` loads the annotator it names.
 */
const ROOTS = ['controlnet_aux', 'controlnet_aux.**'];

const pack: KnowledgePack = {
  id: 'controlnet-aux',
  name: 'controlnet_aux',
  languages: ['python'],
  description: 'ControlNet annotators: `OpenposeDetector.from_pretrained(…)`, `MidasDetector`, `HEDdetector`, `LineartDetector`, `ZoeDetector`, `DWposeDetector`, '
    + '… (`from_pretrained` loads from the hub), the OpenPose `Body(checkpoint)` / `Hand(checkpoint)` networks, and `Processor(name)`; calling a detector on an '
    + 'image is inference. `CannyDetector()` and other rule-based annotators are not models.',
  tables: {
    mlModules: ['controlnet_aux'],
    producers: [
      ...ROOTS.map(root => ({ match: `${root}.*.from_pretrained`, type: 'model.controlnet-aux', load: { pin: 'hf' as const, modelArg: [0, 'pretrained_model_or_path'] } })),
      ...['Body', 'Hand'].flatMap(c => [`controlnet_aux.open_pose.${c}`, `controlnet_aux.open_pose.**.${c}`])
        .map(match => ({ match, type: 'model.controlnet-aux', load: { pin: 'local' as const, modelArg: [0] } })),
      // a detector built around networks already loaded (`OpenposeDetector(body_model)`): the model, not a second load
      ...['controlnet_aux.OpenposeDetector', 'controlnet_aux.open_pose.OpenposeDetector'].map(match => ({ match, type: 'model.controlnet-aux' })),
      ...['controlnet_aux.processor.Processor', 'controlnet_aux.Processor'].map(match => ({ match, type: 'model.controlnet-aux', load: { pin: 'name' as const, modelArg: [0, 'processor_id'] } })),
    ],
    inference: [{ match: 'model.controlnet-aux#', inputArgs: [0, 'input_image', 'image'] }, { match: 'model.controlnet-aux#__call__', inputArgs: [0, 'input_image', 'image'] }],
  },
};
export default pack;
