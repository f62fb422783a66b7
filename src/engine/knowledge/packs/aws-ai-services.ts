import type { KnowledgePack, InferenceRow, ProducerRow } from '../types';

/**
 * AWS's pre-trained model services and the methods that run a model on the input (not the job, collection
 * and configuration management calls around them).
 */
const SERVICES: Record<string, string[]> = {
  rekognition: ['detect_labels', 'detect_faces', 'detect_text', 'detect_moderation_labels', 'detect_custom_labels', 'detect_protective_equipment',
    'recognize_celebrities', 'compare_faces', 'search_faces_by_image'],
  comprehend: ['detect_sentiment', 'detect_entities', 'detect_key_phrases', 'detect_dominant_language', 'detect_pii_entities', 'detect_syntax',
    'detect_targeted_sentiment', 'detect_toxic_content', 'classify_document', 'batch_detect_sentiment', 'batch_detect_entities',
    'batch_detect_key_phrases', 'batch_detect_dominant_language'],
  comprehendmedical: ['detect_entities_v2', 'detect_phi', 'infer_icd10_cm', 'infer_rx_norm', 'infer_snomedct'],
  textract: ['analyze_document', 'detect_document_text', 'analyze_expense', 'analyze_id', 'start_document_analysis', 'start_document_text_detection'],
  transcribe: ['start_transcription_job', 'start_medical_transcription_job'],
  polly: ['synthesize_speech', 'start_speech_synthesis_task'],
  translate: ['translate_text', 'translate_document'],
  'lexv2-runtime': ['recognize_text', 'recognize_utterance'],
  'lex-runtime': ['post_text', 'post_content'],
  'personalize-runtime': ['get_recommendations', 'get_personalized_ranking'],
};

/** The same operations as JS SDK v3 commands (`client.send(new DetectLabelsCommand(…))`), whatever the client. */
const COMMANDS = '^(Detect(Labels|Faces|Text|ModerationLabels|CustomLabels|ProtectiveEquipment|Sentiment|Entities|KeyPhrases|DominantLanguage|PiiEntities|Syntax|TargetedSentiment|ToxicContent|DocumentText|EntitiesV2|PHI)'
  + '|RecognizeCelebrities|CompareFaces|SearchFacesByImage|ClassifyDocument|BatchDetect\\w+|Infer(ICD10CM|RxNorm|SNOMEDCT)|Analyze(Document|Expense|ID)|StartDocument(Analysis|TextDetection)'
  + '|Start(Medical)?TranscriptionJob|SynthesizeSpeech|StartSpeechSynthesisTask|TranslateText|TranslateDocument|RecognizeText|RecognizeUtterance|PostText|PostContent'
  + '|GetRecommendations|GetPersonalizedRanking)Command$';

const JS_CLIENTS = ['rekognition.RekognitionClient', 'comprehend.ComprehendClient', 'comprehendmedical.ComprehendMedicalClient', 'textract.TextractClient',
  'transcribe.TranscribeClient', 'polly.PollyClient', 'translate.TranslateClient', 'lex-runtime-v2.LexRuntimeV2Client', 'personalize-runtime.PersonalizeRuntimeClient'];

const pack: KnowledgePack = {
  id: 'aws-ai-services',
  name: 'AWS AI services (Rekognition, Comprehend, Textract, Transcribe, Polly, Translate, Lex, Personalize)',
  languages: ['python', 'typescript'],
  description: 'AWS\'s hosted pre-trained models through boto3 clients (`boto3.client("rekognition").detect_labels(…)`, Comprehend `detect_sentiment`, Textract `analyze_document`, Polly `synthesize_speech`, Translate `translate_text`, Lex `recognize_text`, Personalize `get_recommendations`, …) and the JS SDK v3 commands that run them (`client.send(new DetectLabelsCommand(…))`). Listing, indexing and job-status calls are not predictions.',
  tables: {
    mlModules: JS_CLIENTS.map(c => `@aws-sdk/client-${c.split('.')[0]}`),
    producers: Object.keys(SERVICES).flatMap(service => ['boto3.client', 'aws.session#client']
      .map((match): ProducerRow => ({ match, arg0: service, arg0Name: 'service_name', type: `client.aws-${service}` }))),
    inference: [
      ...Object.entries(SERVICES).flatMap(([service, methods]) => methods.map((m): InferenceRow => ({ match: `client.aws-${service}#${m}` }))),
      { match: '?#send', arg0Constructor: COMMANDS, languages: ['typescript', 'javascript'] },
    ],
  },
};
export default pack;
