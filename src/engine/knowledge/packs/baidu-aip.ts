import type { KnowledgePack } from '../types';

/** The service classes of Baidu's AI Platform SDK (`pip install baidu-aip`) and the methods that send a request to a model. */
const SERVICES = ['AipSpeech', 'AipOcr', 'AipNlp', 'AipImageClassify', 'AipFace', 'AipBodyAnalysis', 'AipContentCensor', 'AipImageProcess', 'AipImageSearch', 'AipKg'];
const MODEL_CALLS = [
  'asr', 'synthesis',
  'basicGeneral', 'basicAccurate', 'general', 'accurate', 'webImage', 'handwriting', 'idcard', 'bankcard', 'licensePlate', 'form', 'receipt', 'numbers', 'tableRecognition',
  'lexer', 'sentimentClassify', 'keyword', 'topic', 'ecnet', 'wordEmbedding', 'simnet', 'commentTag', 'depParser', 'dnnlm', 'newsSummary', 'emotion',
  'advancedGeneral', 'objectDetect', 'animalDetect', 'plantDetect', 'logoSearch', 'dishDetect', 'carDetect', 'ingredient', 'landmark',
  'detect', 'search', 'match', 'multiSearch', 'faceverify', 'bodyAnalysis', 'bodyAttr', 'bodyNum', 'gesture', 'bodySeg',
  'imageCensorUserDefined', 'textCensorUserDefined', 'antiPorn', 'colourize', 'selfieAnime', 'imageQualityEnhance',
];

const pack: KnowledgePack = {
  id: 'baidu-aip',
  name: 'Baidu AI Platform SDK (baidu-aip)',
  languages: ['python'],
  description: 'Baidu\'s hosted models through `from aip import AipSpeech, AipOcr, AipNlp, …`: a client made with the app id and keys, then one '
    + 'method a model service (`client.asr(audio, "wav", 16000)`, `synthesis(text)`, `basicGeneral(image)`, `sentimentClassify(text)`, '
    + '`advancedGeneral(image)`, face `detect`/`search`…). Connection settings (`setConnectionTimeoutInMillis`) are not calls of a model.',
  tables: {
    mlModules: ['aip'],
    producers: SERVICES.map(c => ({ match: `aip.${c}`, type: 'client.baidu-aip' })),
    inference: MODEL_CALLS.map(m => ({ match: `client.baidu-aip#${m}`, inputArgs: [0] })),
  },
};
export default pack;
