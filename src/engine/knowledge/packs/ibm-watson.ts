import type { KnowledgePack } from '../types';

/** Watson services and the methods that run their models (Python class names; the JS SDK exports each as its module's default). */
const SERVICES: Record<string, string[]> = {
  NaturalLanguageUnderstandingV1: ['analyze'], SpeechToTextV1: ['recognize', 'recognizeUsingWebSocket', 'recognize_using_websocket', 'createJob', 'create_job'],
  TextToSpeechV1: ['synthesize', 'synthesizeUsingWebSocket', 'synthesize_using_websocket'], AssistantV1: ['message'], AssistantV2: ['message', 'messageStateless', 'message_stateless'],
  LanguageTranslatorV3: ['translate', 'identify'], ToneAnalyzerV3: ['tone', 'toneChat', 'tone_chat'], VisualRecognitionV3: ['classify', 'detectFaces', 'detect_faces'],
  VisualRecognitionV4: ['analyze'], NaturalLanguageClassifierV1: ['classify', 'classifyCollection', 'classify_collection'], PersonalityInsightsV3: ['profile'],
};
const METHODS = [...new Set(Object.values(SERVICES).flat())];

const pack: KnowledgePack = {
  id: 'ibm-watson',
  name: 'IBM Watson services',
  languages: ['python', 'typescript'],
  description: 'IBM Watson\'s hosted models: Natural Language Understanding `analyze`, Speech to Text `recognize`, Text to Speech `synthesize`, Assistant '
    + '`message`, Language Translator `translate`/`identify`, Tone Analyzer, Visual Recognition, NLC — Python `ibm_watson.<Service>(…)`, JS '
    + '`require("ibm-watson/natural-language-understanding/v1")` and the older `watson-developer-cloud/<service>/v1`. (watsonx.ai is its own pack.)',
  tables: {
    mlModules: ['ibm_watson', 'ibm-watson', 'watson-developer-cloud', 'watson_developer_cloud'],
    producers: [
      ...Object.keys(SERVICES).flatMap(c => [`ibm_watson.${c}`, `watson_developer_cloud.${c}`]).map(match => ({ match, type: 'client.watson' })),
      // JS: each service is the default export of its module (`ibm-watson/speech-to-text/v1`, `watson-developer-cloud/…/v1.js`)
      ...['ibm-watson/*/v*', 'ibm-watson/*/v*.default', 'watson-developer-cloud/*/v*', 'watson-developer-cloud/*/v*.js'].map(match => ({ match, type: 'client.watson' })),
    ],
    inference: METHODS.map(m => ({ match: `client.watson#${m}`, inputArgs: [0] })),
  },
};
export default pack;
