import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'huggingface-inference',
  name: 'Hugging Face Inference API',
  languages: ['typescript'],
  description: 'Hosted Hugging Face inference (`@huggingface/inference` `HfInference`/`InferenceClient`): text generation, chat completion, feature extraction and the other task methods.',
  tables: {
    mlModules: ['@huggingface/inference'],
    producers: [
      { match: '@huggingface/inference.HfInference', type: 'client.hfinference' }, { match: '@huggingface/inference.InferenceClient', type: 'client.hfinference' },
    ],
    inference: ['textGeneration', 'textGenerationStream', 'chatCompletion', 'chatCompletionStream', 'featureExtraction', 'textClassification',
      'tokenClassification', 'summarization', 'translation', 'questionAnswering', 'zeroShotClassification', 'sentenceSimilarity',
      'fillMask', 'imageClassification', 'objectDetection', 'imageToText', 'automaticSpeechRecognition', 'textToImage'].map(m => llm(`client.hfinference#${m}`)),
  },
};
export default pack;
