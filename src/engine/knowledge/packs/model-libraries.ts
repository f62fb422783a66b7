import type { InferenceRow, KnowledgePack } from '../types';
import { MODEL_VERBS } from './helpers';

/**
 * Model libraries whose objects follow the usual shape — a class or loader makes the model, a verb runs it —
 * and that need no rows of their own: OCR, speech, detection, NLP taggers, reinforcement learning, AutoML,
 * forecasting, local LLM runtimes. A new library of that shape is one more name here.
 */
const PYTHON = [
  // vision: OCR, detection, faces, segmentation, restoration
  'easyocr', 'paddleocr', 'doctr', 'keras_ocr', 'detectron2', 'mmdet', 'mmseg', 'mmpose', 'mmocr', 'facenet_pytorch', 'mtcnn',
  'sahi', 'realesrgan', 'RealESRGAN', 'gfpgan', 'rembg', 'nudenet', 'open_clip', 'clip', 'cn_clip', 'paddle',
  // speech and audio
  'TTS', 'speechbrain', 'nemo', 'audiocraft', 'funasr', 'stable_whisper', 'vosk', 'piper', 'kokoro', 'demucs', 'deepspeech',
  // NLP
  'flair', 'stanza', 'classla', 'detoxify', 'tabpfn', 'gliner2', 'fasttext', 'gliner', 'keybert', 'bertopic', 'FlagEmbedding', 'rerankers', 'keras_nlp', 'keras_hub', 'keras_cv',
  // tabular, AutoML, forecasting, recommenders, RL
  'autogluon', 'pycaret', 'pmdarima', 'sktime', 'darts', 'neuralprophet', 'pytorch_forecasting', 'lightfm', 'surprise',
  'implicit', 'river', 'pyod', 'stable_baselines3', 'sb3_contrib', 'prophet', 'dlib', 'statsmodels', 'arch', 'tbats',
  // local LLM runtimes and fine-tuning wrappers
  'gpt4all', 'hf_hub_ctranslate2', 'ctransformers', 'mlx_lm', 'mlx_vlm', 'lmdeploy', 'sglang', 'tensorrt_llm', 'openvino_genai', 'onnxruntime_genai',
  'peft', 'unsloth', 'optimum',
];
// (ml.js: `KNN.load(json)`, `RandomForestClassifier.load(json)` restore a model trained elsewhere; their constructors train)
const ML_JS = ['ml-knn', 'ml-random-forest', 'ml-naivebayes', 'ml-cart', 'ml-logistic-regression', 'ml-svm', 'ml-regression', 'ml-pls', 'ml-kmeans'];
const JAVASCRIPT = ['natural', 'tesseract.js', ...ML_JS];


/** Methods that move or switch such a model and return it (`TTS(model_path=…).to("cuda")`). */
const FLUENT = ['to', 'cuda', 'cpu', 'eval', 'half', 'float'];

// and any verb a library names for what it predicts (`predict_entities` of GLiNER, `predict_sentiment`), also in camel
// case (`estimatePoses`, `detectForVideo`, `classifyImage`, `transcribeAudio`)
const CAMEL_VERBS = ['predict', 'estimate', 'detect', 'classify', 'recognize', 'segment', 'transcribe', 'generate', 'embed', 'synthesize', 'infer', 'caption', 'translate']
  .map(v => `${v}[A-Z]*`);
const verbRows = (type: string): InferenceRow[] => [...MODEL_VERBS, 'predict_*', 'batch_predict*', ...CAMEL_VERBS].map(v => ({ match: `${type}#${v}`, inputArgs: [0] }));

const pack: KnowledgePack = {
  id: 'model-libraries',
  name: 'Other model libraries (by shape)',
  languages: ['python', 'typescript'],
  description: 'Libraries whose classes and loaders make a model and whose verbs run it, without rows of their own: '
    + 'easyocr, PaddleOCR, detectron2, OpenMMLab, Coqui TTS, Vosk, SpeechBrain, NeMo, flair, stanza, AutoGluon, '
    + 'PyCaret, Stable-Baselines3, statsmodels results, darts, GPT4All, MLX-LM, PEFT, Optimum and more (JS: natural, tesseract.js). '
    + '`reader = easyocr.Reader([…])` then `reader.readtext(img)`, `PPO.load(path).predict(obs)`, `stanza.Pipeline("en")(text)`: '
    + 'the verb call is inference, and the call that made the object is a load only when such a verb is called on it (or on an object '
    + 'of the library made from it: `vosk.KaldiRecognizer(model, rate).AcceptWaveform(data)` uses `vosk.Model(path)`).',
  tables: {
    mlModules: [...PYTHON, ...JAVASCRIPT],
    modelLibraries: [...PYTHON, ...JAVASCRIPT],
    // online learners, anomaly detectors, recommenders and forecasters are built in code and trained there (or unpickled)
    // (nor do they have a zoo: what their loaders read is a file, `TFTModel.load("tft_3h")` as much as `PPO.load("ppo_cartpole")`)
    untrainedModelLibraries: ['river', 'pyod', 'surprise', 'lightfm', 'implicit', 'prophet', 'statsmodels', 'arch', 'tbats', 'pmdarima', 'sktime', 'RealESRGAN',
      'darts', 'autogluon', 'neuralprophet', 'pytorch_forecasting', 'stable_baselines3', 'sb3_contrib',
      // natural's classifiers and ml.js models are trained by the code that builds them, or restored by `load`
      'natural', ...ML_JS],
    producers: [
      ...['model.library', 'model.library-object'].flatMap(type => FLUENT.map(m => ({ match: `${type}#${m}`, passThrough: 'receiver' as const }))),
      // a stream the model opens for audio fed in chunks (DeepSpeech `model.createStream()`): its decode runs the model
      ...['model.library', 'model.library-object'].map(type => ({ match: `${type}#createStream`, type: 'model.library-object' })),
      // a predictor's parts named as predictors are predictors too (docTR's `ocr_predictor(…).det_predictor`, `.reco_predictor`)
      ...['model.library', 'model.library-object'].map(type => ({ match: `${type}#*_predictor`, on: 'access' as const, type: 'model.library' })),
      // weights put into a model built empty (`RealESRGAN(device, scale=4).load_weights("weights/x4.pth")`): the load
      ...['model.library', 'model.library-object'].map(type => ({ match: `${type}#load_weights`, load: { pin: 'local' as const, modelArg: [0, 'model_path'] } })),
    ],
    // natural's classifiers are restored by a loader that hands them to a callback (`(err, classifier) => …`)
    callbacks: [{ match: 'natural.*.load', params: ['', 'model.library'], fromCall: true }],
    inference: [
      // a model class or loader result: calling it runs it (`predictor(img)`, `nlp(text)`)
      { match: 'model.library#', inputArgs: [0] },
      // and so do a JavaScript model's generic runners (`model.runSync([input])` of a hook's model, `model.forward(image)`);
      // a Python model is called (`model(x)`), and its `forward`/`run` are as often its own definition's or a helper's
      ...['run', 'runSync', 'runAsync', 'forward', 'execute', 'executeAsync']
        .map(m => ({ match: `model.library#${m}`, inputArgs: [0], languages: ['typescript' as const, 'javascript' as const] })),
      ...verbRows('model.library'),
      ...verbRows('model.library-object'),
    ],
  },
};
export default pack;
