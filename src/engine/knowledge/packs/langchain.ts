import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'langchain',
  name: 'LangChain',
  languages: ['typescript'],
  description: 'LangChain.js chat models, LLMs and embeddings, and LCEL chains built from them (`prompt.pipe(model)`): `invoke`, `stream`, `batch`, `embedQuery`, ….',
  tables: {
    mlModules: ['@langchain/openai', '@langchain/anthropic', '@langchain/core', '@langchain/google-genai', '@langchain/community', 'langchain'],
    producers: [
      { match: '@langchain/*.Chat*', type: 'client.langchain' }, { match: 'langchain/*.Chat*', type: 'client.langchain' },
      { match: '@langchain/openai.OpenAI', type: 'client.langchain' }, { match: '@langchain/openai.AzureOpenAI', type: 'client.langchain' },
      { match: '@langchain/*.*Embeddings', type: 'client.langchain-embeddings' }, { match: 'langchain/*.*Embeddings', type: 'client.langchain-embeddings' },
      { match: '@langchain/core/prompts.*.from*', type: 'langchain.runnable' }, { match: 'langchain/prompts.*.from*', type: 'langchain.runnable' },
      // a prompt piped into a model is the model's runnable; a model piped into a parser stays one
      { match: 'langchain.runnable#pipe', passThrough: 'arg0' },
      ...['pipe', 'withStructuredOutput', 'bindTools', 'bind', 'withConfig', 'withRetry', 'withFallbacks'].map(m => ({ match: `client.langchain#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [
      ...['invoke', 'stream', 'batch', 'streamEvents', 'call', 'predict', 'generate'].map(m => llm(`client.langchain#${m}`, [0])),
      llm('client.langchain-embeddings#embedQuery', [0]), llm('client.langchain-embeddings#embedDocuments', [0]),
    ],
  },
};
export default pack;
