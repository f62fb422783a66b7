import type { KnowledgePack, InferenceRow, ProducerRow } from '../types';

/** Azure AI services clients (module.class) and the methods that run a model on the input. */
const PY: { classes: string[]; methods: string[] }[] = [
  { classes: ['azure.cognitiveservices.speech.SpeechRecognizer', 'azure.cognitiveservices.speech.translation.TranslationRecognizer',
    'azure.cognitiveservices.speech.transcription.ConversationTranscriber'],
    methods: ['recognize_once', 'recognize_once_async', 'start_continuous_recognition', 'start_continuous_recognition_async', 'start_transcribing_async'] },
  { classes: ['azure.cognitiveservices.speech.SpeechSynthesizer'], methods: ['speak_text', 'speak_text_async', 'speak_ssml', 'speak_ssml_async'] },
  { classes: ['azure.ai.textanalytics.TextAnalyticsClient'],
    methods: ['analyze_sentiment', 'recognize_entities', 'recognize_pii_entities', 'recognize_linked_entities', 'extract_key_phrases', 'detect_language',
      'begin_analyze_actions', 'begin_analyze_healthcare_entities', 'begin_abstract_summary', 'begin_extract_summary', 'begin_recognize_custom_entities',
      'begin_single_label_classify', 'begin_multi_label_classify'] },
  // the legacy SDK of the same service (`azure-cognitiveservices-language-textanalytics`)
  { classes: ['azure.cognitiveservices.language.textanalytics.TextAnalyticsClient'], methods: ['sentiment', 'entities', 'key_phrases', 'detect_language'] },
  { classes: ['azure.ai.language.questionanswering.QuestionAnsweringClient'], methods: ['get_answers', 'get_answers_from_text'] },
  { classes: ['azure.ai.language.conversations.ConversationAnalysisClient'], methods: ['analyze_conversation', 'begin_conversation_analysis'] },
  { classes: ['azure.ai.formrecognizer.DocumentAnalysisClient', 'azure.ai.documentintelligence.DocumentIntelligenceClient', 'azure.ai.formrecognizer.FormRecognizerClient'],
    methods: ['begin_analyze_document', 'begin_analyze_document_from_url', 'begin_recognize_content', 'begin_recognize_receipts', 'begin_recognize_invoices'] },
  { classes: ['azure.ai.vision.imageanalysis.ImageAnalysisClient'], methods: ['analyze', 'analyze_from_url'] },
  { classes: ['azure.cognitiveservices.vision.computervision.ComputerVisionClient'],
    methods: ['analyze_image', 'analyze_image_in_stream', 'describe_image', 'describe_image_in_stream', 'tag_image', 'detect_objects', 'read', 'read_in_stream', 'recognize_printed_text'] },
  { classes: ['azure.ai.contentsafety.ContentSafetyClient'], methods: ['analyze_text', 'analyze_image'] },
  { classes: ['azure.ai.translation.text.TextTranslationClient'], methods: ['translate', 'transliterate'] },
  // Azure AI model inference (models deployed in Azure AI Foundry)
  { classes: ['azure.ai.inference.ChatCompletionsClient', 'azure.ai.inference.aio.ChatCompletionsClient'], methods: ['complete'] },
  { classes: ['azure.ai.inference.EmbeddingsClient', 'azure.ai.inference.aio.EmbeddingsClient', 'azure.ai.inference.ImageEmbeddingsClient'], methods: ['embed'] },
];

const JS: { classes: string[]; methods: string[] }[] = [
  { classes: ['microsoft-cognitiveservices-speech-sdk.SpeechRecognizer', 'microsoft-cognitiveservices-speech-sdk.TranslationRecognizer'],
    methods: ['recognizeOnceAsync', 'startContinuousRecognitionAsync'] },
  { classes: ['microsoft-cognitiveservices-speech-sdk.SpeechSynthesizer'], methods: ['speakTextAsync', 'speakSsmlAsync'] },
  { classes: ['@azure/ai-text-analytics.TextAnalysisClient', '@azure/ai-language-text.TextAnalysisClient', '@azure/ai-text-analytics.TextAnalyticsClient'],
    methods: ['analyze', 'beginAnalyzeBatch', 'analyzeSentiment', 'recognizeEntities', 'extractKeyPhrases', 'detectLanguage', 'recognizePiiEntities'] },
  { classes: ['@azure/ai-form-recognizer.DocumentAnalysisClient'], methods: ['beginAnalyzeDocument', 'beginAnalyzeDocumentFromUrl'] },
  { classes: ['@azure/ai-content-safety.ContentSafetyClient'], methods: ['analyzeText', 'analyzeImage'] },
  { classes: ['@azure/cognitiveservices-computervision.ComputerVisionClient'],
    methods: ['analyzeImage', 'analyzeImageInStream', 'describeImage', 'describeImageInStream', 'tagImage', 'tagImageInStream', 'detectObjects',
      'detectObjectsInStream', 'read', 'readInStream', 'recognizePrintedText', 'recognizePrintedTextInStream', 'analyzeImageByDomain'] },
];

const typeOf = (cls: string) => `client.azure-${cls.slice(cls.lastIndexOf('.') + 1)}`;

const pack: KnowledgePack = {
  id: 'azure-ai-services',
  name: 'Azure AI services (Speech, Language, Document Intelligence, Vision, Content Safety, Translator, AI model inference)',
  languages: ['python', 'typescript'],
  description: 'Azure\'s hosted models through their SDKs: Speech (`SpeechRecognizer.recognize_once`, `SpeechSynthesizer.speak_text_async`, and the JS speech SDK), Language (`TextAnalyticsClient.analyze_sentiment`, question answering, conversations), Document Intelligence (`begin_analyze_document`), Vision (`ImageAnalysisClient.analyze`, Computer Vision), Content Safety, Translator, and `azure.ai.inference` (`ChatCompletionsClient.complete`, `EmbeddingsClient.embed`; JS REST `ModelClient(…).path("/chat/completions").post({ body })`). Azure OpenAI is in the openai pack.',
  tables: {
    mlModules: ['azure.cognitiveservices.speech', 'azure.cognitiveservices.language', 'azure.ai.textanalytics', 'azure.ai.formrecognizer', 'azure.ai.documentintelligence', 'azure.ai.vision',
      'azure.ai.contentsafety', 'azure.ai.inference', 'microsoft-cognitiveservices-speech-sdk', '@azure/ai-text-analytics', '@azure/ai-language-text',
      '@azure/ai-form-recognizer', '@azure/ai-content-safety', '@azure/cognitiveservices-computervision'],
    producers: [...[...PY, ...JS].flatMap(g => g.classes.map((c): ProducerRow => ({ match: c, type: typeOf(c) }))),
      // the REST client of Azure AI model inference (`ModelClient(endpoint, credential)`): a route, then a verb on it
      ...['@azure-rest/ai-inference', '@azure-rest/ai-inference.default'].map((match): ProducerRow => ({ match, type: 'client.azure-rest-inference' })),
      { match: 'client.azure-rest-inference#path', type: 'client.azure-rest-inference-route' }],
    inference: [
      ...PY.flatMap(g => g.classes.flatMap(c => g.methods.map((m): InferenceRow => (typeOf(c).endsWith('ChatCompletionsClient')
        ? { match: `${typeOf(c)}#${m}`, kind: 'llm', inputArgs: ['messages'] } : { match: `${typeOf(c)}#${m}` })))),
      ...JS.flatMap(g => g.classes.flatMap(c => g.methods.map((m): InferenceRow => ({ match: `${typeOf(c)}#${m}` })))),
      // `client.path("/chat/completions").post({ body })`: every POST route of that API runs a model (`/info` is a GET)
      { match: 'client.azure-rest-inference-route#post', kind: 'llm', inputArgs: ['body', 0] },
    ],
  },
};
export default pack;
