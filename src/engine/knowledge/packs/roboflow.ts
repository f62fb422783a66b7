import type { KnowledgePack } from '../types';

/**
 * Roboflow's three ways to a model. The `inference` package runs it in the process (`get_model("project/3")`, and the
 * foundation models of `inference.models`: `YOLOWorld(model_id="yolo_world/l")`, `SegmentAnything`, `Clip`, …), or over a
 * video stream (`InferencePipeline.init(model_id=…, on_prediction=…)` then `start()`); `inference_sdk`'s
 * `InferenceHTTPClient` asks a Roboflow server; the `roboflow` SDK reaches a hosted version
 * (`Roboflow().workspace().project("x").version(3).model.predict(img)`). A model id that ends in its version number names
 * fixed weights; an alias does not.
 */
const LOAD = { pin: 'id-version' as const, modelArg: ['model_id', 0] };

/**
 * The model classes `inference.models` exports. Named one by one: projects often have an `inference` package of their own
 * (`from inference.models import Generator`), which must not read as Roboflow's.
 */
const MODEL_CLASSES = ['YOLOWorld', 'SegmentAnything', 'SegmentAnything2', 'Clip', 'Gaze', 'DocTR', 'OwlV2', 'Florence2', 'PaliGemma', 'CogVLM',
  'Moondream2', 'SmolVLM', 'Qwen25VL', 'TrOCR', 'DepthAnythingV2', 'GroundingDINO', 'YOLO*', 'RFDETR*', 'RoboflowInferenceModel'];

const pack: KnowledgePack = {
  id: 'roboflow',
  name: 'Roboflow (inference, inference_sdk, roboflow)',
  languages: ['python'],
  description: 'Roboflow models: `inference.get_model(model_id)` and the `inference.models` classes (YOLO-World, SAM, CLIP, Florence-2, …) load a model '
    + 'run with `infer(image)` (`project/3` is a numbered version, an alias is not); `InferencePipeline.init(model_id=…)` loads one that `start()` runs '
    + 'over a video; `InferenceHTTPClient(api_url=…).infer(image, model_id=…)` and `run_workflow` ask a Roboflow server; the `roboflow` SDK\'s '
    + '`project.version(n).model.predict(image)` asks the hosted model.',
  tables: {
    // (not `inference` as a whole: the name of many projects' own module)
    mlModules: ['inference.get_model', 'inference.get_roboflow_model', 'inference.InferencePipeline', 'inference_sdk', 'roboflow',
      ...MODEL_CLASSES.filter(c => !c.includes('*')).map(c => `inference.models.${c}`)],
    producers: [
      ...['inference.get_model', 'inference.get_roboflow_model', 'inference.models.utils.get_model', 'inference.models.utils.get_roboflow_model',
        ...MODEL_CLASSES.flatMap(c => [`inference.models.${c}`, `inference.models.**.${c}`])].map(match => ({ match, type: 'model.roboflow', load: LOAD })),
      ...['inference.InferencePipeline.init', 'inference.core.interfaces.stream.inference_pipeline.InferencePipeline.init']
        .map(match => ({ match, type: 'model.roboflow-pipeline', load: LOAD })),
      ...['inference_sdk.InferenceHTTPClient', 'inference_sdk.http.client.InferenceHTTPClient'].map(match => ({ match, type: 'client.roboflow-http' })),
      { match: 'client.roboflow-http#configure', passThrough: 'receiver' as const },
      { match: 'client.roboflow-http#select_model', passThrough: 'receiver' as const },
      // the hosted SDK: workspace → project → version → its model
      { match: 'roboflow.Roboflow', type: 'client.roboflow' },
      { match: 'client.roboflow#workspace', type: 'client.roboflow' },
      { match: 'client.roboflow#project', type: 'client.roboflow' },
      { match: 'client.roboflow#version', type: 'client.roboflow-version' },
      { match: 'client.roboflow-version#model', on: 'access' as const, type: 'model.roboflow-hosted' },
    ],
    inference: [
      ...['infer', 'infer_from_request', 'predict', 'embed_image', 'embed_text', 'compare'].map(m => ({ match: `model.roboflow#${m}`, inputArgs: [0, 'image', 'text'] })),
      { match: 'model.roboflow-pipeline#start', inputArgs: [] },
      ...['infer', 'infer_async', 'infer_on_stream', 'run_workflow', 'clip_compare', 'clip_embed_image', 'clip_embed_text', 'ocr_image', 'detect_gazes',
        'prompt_cogvlm'].map(m => ({ match: `client.roboflow-http#${m}`, inputArgs: [0, 'inference_input', 'images', 'subject', 'text'] })),
      { match: 'model.roboflow-hosted#predict', inputArgs: [0, 'image_path'] },
    ],
  },
};
export default pack;
