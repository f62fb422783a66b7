import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'gemini',
  name: 'Google Gemini and Vertex AI',
  languages: ['typescript'],
  description: 'Google\'s Gemini SDKs: `@google/genai` (`models.generateContent`, chats), `@google/generative-ai` and `@google-cloud/vertexai` (`getGenerativeModel(…).generateContent`, chats).',
  tables: {
    mlModules: ['@google/generative-ai', '@google/genai', '@google-cloud/vertexai'],
    producers: [
      { match: '@google/generative-ai.GoogleGenerativeAI', type: 'client.gemini' },
      { match: '@google-cloud/vertexai.VertexAI', type: 'client.gemini' },
      { match: 'client.gemini#getGenerativeModel', type: 'model.gemini' },
      { match: 'client.gemini#preview.getGenerativeModel', type: 'model.gemini' },
      { match: 'model.gemini#startChat', type: 'chat.gemini' },
      { match: '@google/genai.GoogleGenAI', type: 'client.genai' },
      { match: 'client.genai#chats.create', type: 'chat.gemini' },
    ],
    inference: [
      // model objects take the input itself first
      ...['generateContent', 'generateContentStream', 'embedContent', 'batchEmbedContents'].map(m => llm(`model.gemini#${m}`, [0])),
      llm('chat.gemini#sendMessage', [0]), llm('chat.gemini#sendMessageStream', [0]),
      ...['generateContent', 'generateContentStream', 'embedContent', 'generateImages'].map(m => llm(`client.genai#models.${m}`)),
    ],
  },
};
export default pack;
