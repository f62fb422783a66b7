import type { KnowledgePack } from '../types';
import { OPTION_INPUTS, llm } from './helpers';

const TASKS = ['text_generation', 'chat_completion', 'feature_extraction', 'text_classification', 'token_classification', 'summarization',
  'translation', 'question_answering', 'zero_shot_classification', 'sentence_similarity', 'fill_mask', 'image_classification', 'object_detection',
  'image_segmentation', 'image_to_text', 'automatic_speech_recognition', 'audio_classification', 'text_to_image', 'text_to_speech',
  'table_question_answering', 'document_question_answering', 'visual_question_answering', 'tabular_classification', 'tabular_regression'];
/** JS method names are the camelCase of the Python ones. */
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
/** Python task methods take the input first (`text_generation(prompt, model=…)`). */
const PY_INPUTS = [0, ...OPTION_INPUTS, 'image', 'audio', 'question', 'context', 'sentence', 'other_sentences'];

const pack: KnowledgePack = {
  id: 'huggingface-inference',
  name: 'Hugging Face Inference API',
  languages: ['python', 'typescript'],
  description: 'Hosted Hugging Face inference: `huggingface_hub.InferenceClient`/`AsyncInferenceClient` (Python) and `@huggingface/inference` `HfInference`/`InferenceClient` (JS): text generation, chat completion (also `chat.completions.create`), feature extraction and the other task methods; the `text_generation` client of a TGI server (`generate`, `generate_stream`).',
  tables: {
    mlModules: ['@huggingface/inference', 'text_generation'],
    producers: [
      { match: '@huggingface/inference.HfInference', type: 'client.hfinference' }, { match: '@huggingface/inference.InferenceClient', type: 'client.hfinference' },
      { match: 'huggingface_hub.InferenceClient', type: 'client.hfinference' }, { match: 'huggingface_hub.AsyncInferenceClient', type: 'client.hfinference' },
      // the text-generation-inference client of a TGI server (`Client("http://tgi:8080")`): the server fixes the model
      { match: 'text_generation.Client', type: 'client.tgi' }, { match: 'text_generation.AsyncClient', type: 'client.tgi' },
    ],
    inference: [
      ...['textGeneration', 'textGenerationStream', 'chatCompletion', 'chatCompletionStream', 'featureExtraction', 'textClassification',
        'tokenClassification', 'summarization', 'translation', 'questionAnswering', 'zeroShotClassification', 'sentenceSimilarity',
        'fillMask', 'imageClassification', 'objectDetection', 'imageToText', 'automaticSpeechRecognition', 'textToImage'].map(m => llm(`client.hfinference#${m}`)),
      ...TASKS.filter(t => camel(t) !== t).map(m => llm(`client.hfinference#${m}`, PY_INPUTS)),
      llm('client.hfinference#chat.completions.create', PY_INPUTS),
      ...['generate', 'generate_stream'].map(m => ({ match: `client.tgi#${m}`, kind: 'llm' as const, inputArgs: [0, 'prompt'] })),
      // the JS task methods on a client built in another module (`hf.textGeneration({ model, inputs })`): Hugging Face's own names
      ...['textGeneration', 'textGenerationStream', 'chatCompletion', 'chatCompletionStream', 'featureExtraction', 'textToImage', 'automaticSpeechRecognition',
        'imageClassification', 'zeroShotClassification', 'textClassification', 'imageToText', 'sentenceSimilarity']
        .map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: ['inputs', 'messages'], needsInput: true as const, languages: ['typescript' as const, 'javascript' as const] })),
    ],
  },
};
export default pack;
