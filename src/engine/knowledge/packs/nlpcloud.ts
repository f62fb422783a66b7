import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const METHODS = ['sentiment', 'entities', 'summarization', 'langdetection', 'generation', 'classification', 'question', 'translation', 'embeddings',
  'chatbot', 'code_generation', 'gs_correction', 'image_generation', 'paraphrasing', 'speech_synthesis', 'asr', 'intent_classification',
  'kw_kp_extraction', 'semantic_search', 'semantic_similarity', 'tokens', 'dependencies', 'article_generation'];

const pack: KnowledgePack = {
  id: 'nlpcloud',
  name: 'NLP Cloud',
  languages: ['python'],
  description: 'NLP Cloud\'s hosted models: `nlpcloud.Client("finetuned-llama-3-70b", token, gpu=True)` names the model at construction; each task '
    + 'method (`generation`, `chatbot`, `sentiment`, `entities`, `summarization`, `langdetection`, `classification`, `embeddings`, …) runs it.',
  tables: {
    mlModules: ['nlpcloud'],
    producers: [{ match: 'nlpcloud.Client', type: 'client.nlpcloud' }],
    inference: METHODS.map(m => llm(`client.nlpcloud#${m}`, [0, 'text'])),
  },
};
export default pack;
