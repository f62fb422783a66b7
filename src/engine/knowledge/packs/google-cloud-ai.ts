import type { KnowledgePack, InferenceRow, ProducerRow } from '../types';

/** Client classes of Google Cloud's pre-trained model APIs (Python module → classes), and what runs a model. */
const PY: { modules: string[]; classes: string[]; methods: string[] }[] = [
  { modules: ['google.cloud.vision', 'google.cloud.vision_v1'], classes: ['ImageAnnotatorClient'],
    methods: ['annotate_image', 'batch_annotate_images', 'async_batch_annotate_images', 'label_detection', 'text_detection', 'document_text_detection', 'face_detection',
      'object_localization', 'safe_search_detection', 'logo_detection', 'landmark_detection', 'image_properties', 'web_detection', 'crop_hints'] },
  { modules: ['google.cloud.speech', 'google.cloud.speech_v1', 'google.cloud.speech_v2', 'google.cloud.speech_v1p1beta1'], classes: ['SpeechClient'],
    methods: ['recognize', 'long_running_recognize', 'streaming_recognize', 'batch_recognize'] },
  { modules: ['google.cloud.texttospeech', 'google.cloud.texttospeech_v1'], classes: ['TextToSpeechClient'], methods: ['synthesize_speech'] },
  { modules: ['google.cloud.translate_v2'], classes: ['Client'], methods: ['translate', 'detect_language'] },
  { modules: ['google.cloud.translate', 'google.cloud.translate_v3', 'google.cloud.translate_v3beta1'], classes: ['TranslationServiceClient'],
    methods: ['translate_text', 'detect_language', 'translate_document', 'batch_translate_text'] },
  { modules: ['google.cloud.language', 'google.cloud.language_v1', 'google.cloud.language_v2'], classes: ['LanguageServiceClient'],
    methods: ['analyze_sentiment', 'analyze_entities', 'analyze_entity_sentiment', 'analyze_syntax', 'classify_text', 'annotate_text', 'moderate_text'] },
  { modules: ['google.cloud.documentai', 'google.cloud.documentai_v1'], classes: ['DocumentProcessorServiceClient'], methods: ['process_document', 'batch_process_documents'] },
  { modules: ['google.cloud.videointelligence', 'google.cloud.videointelligence_v1'], classes: ['VideoIntelligenceServiceClient'], methods: ['annotate_video'] },
  { modules: ['google.cloud.dialogflow', 'google.cloud.dialogflow_v2', 'google.cloud.dialogflowcx_v3'], classes: ['SessionsClient'], methods: ['detect_intent', 'streaming_detect_intent'] },
];

/** The Node clients (`@google-cloud/vision` → `ImageAnnotatorClient`, …) and their camelCase methods. */
const JS: { module: string; classes: string[]; methods: string[] }[] = [
  { module: '@google-cloud/vision', classes: ['ImageAnnotatorClient', 'v1.ImageAnnotatorClient'],
    methods: ['annotateImage', 'batchAnnotateImages', 'batchAnnotateFiles', 'asyncBatchAnnotateImages', 'asyncBatchAnnotateFiles', 'labelDetection', 'textDetection', 'documentTextDetection', 'faceDetection', 'objectLocalization',
      'safeSearchDetection', 'logoDetection', 'landmarkDetection', 'imageProperties', 'webDetection', 'cropHints'] },
  { module: '@google-cloud/speech', classes: ['SpeechClient', 'v1.SpeechClient', 'v2.SpeechClient'], methods: ['recognize', 'longRunningRecognize', 'streamingRecognize'] },
  { module: '@google-cloud/text-to-speech', classes: ['TextToSpeechClient', 'v1.TextToSpeechClient'], methods: ['synthesizeSpeech'] },
  { module: '@google-cloud/translate', classes: ['v2.Translate', 'Translate', 'TranslationServiceClient', 'v3.TranslationServiceClient'], methods: ['translate', 'translateText', 'detect'] },
  { module: '@google-cloud/language', classes: ['LanguageServiceClient', 'v1.LanguageServiceClient', 'v2.LanguageServiceClient'],
    methods: ['analyzeSentiment', 'analyzeEntities', 'analyzeEntitySentiment', 'analyzeSyntax', 'classifyText', 'annotateText', 'moderateText'] },
  { module: '@google-cloud/documentai', classes: ['DocumentProcessorServiceClient', 'v1.DocumentProcessorServiceClient'], methods: ['processDocument'] },
  { module: '@google-cloud/dialogflow', classes: ['SessionsClient'], methods: ['detectIntent'] },
];

const typeOf = (c: string) => `client.gcloud-${c.replace(/^v\d\w*\./, '')}`;

const pack: KnowledgePack = {
  id: 'google-cloud-ai',
  name: 'Google Cloud AI APIs (Vision, Speech, Text-to-Speech, Translation, Natural Language, Document AI, Dialogflow)',
  languages: ['python', 'typescript'],
  description: 'Google Cloud\'s hosted pre-trained models through their client libraries, in Python (`vision.ImageAnnotatorClient().label_detection(…)`, `speech.SpeechClient().recognize(…)`, `language_v1.LanguageServiceClient().analyze_sentiment(…)`, `translate.TranslationServiceClient().translate_text(…)`, …) and Node (`@google-cloud/vision` `labelDetection`, `@google-cloud/speech` `recognize`, …). Their REST endpoints are in the model-server-http pack; Vertex AI is its own pack.',
  tables: {
    mlModules: ['google.cloud.vision', 'google.cloud.speech', 'google.cloud.texttospeech', 'google.cloud.translate', 'google.cloud.language', 'google.cloud.documentai',
      ...JS.map(j => j.module)],
    producers: [
      ...PY.flatMap(p => p.modules.flatMap(m => p.classes.map((c): ProducerRow => ({ match: `${m}.${c}`, type: typeOf(c === 'Client' ? 'Translate' : c) })))),
      ...JS.flatMap(j => j.classes.map((c): ProducerRow => ({ match: `${j.module}.${c}`, type: typeOf(c) }))),
    ],
    inference: [
      ...PY.flatMap(p => p.classes.flatMap(c => p.methods.map((m): InferenceRow => ({ match: `${typeOf(c === 'Client' ? 'Translate' : c)}#${m}`, languages: ['python'] })))),
      ...JS.flatMap(j => j.classes.flatMap(c => j.methods.map((m): InferenceRow => ({ match: `${typeOf(c)}#${m}`, languages: ['typescript', 'javascript'] })))),
    ],
  },
};
export default pack;
