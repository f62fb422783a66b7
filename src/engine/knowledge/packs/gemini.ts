import type { KnowledgePack } from '../types';
import { llm } from './helpers';

/** Python spellings of the model methods (`generate_content`), next to the JS ones (`generateContent`). */
const GENAI_MODELS = ['generateContent', 'generateContentStream', 'embedContent', 'generateImages', 'generate_content', 'generate_content_stream', 'embed_content', 'generate_images'];

const pack: KnowledgePack = {
  id: 'gemini',
  name: 'Google Gemini and Vertex AI',
  languages: ['python', 'typescript'],
  description: 'Google\'s generative AI SDKs: Google GenAI (`google.genai.Client`, `@google/genai`: `models.generate_content`, chats, `aio`), `google.generativeai` and Vertex AI `GenerativeModel` (`generate_content`, chats), `@google/generative-ai` and `@google-cloud/vertexai` (`getGenerativeModel(…).generateContent`), and Vertex AI language models (`TextGenerationModel.from_pretrained(…).predict`).',
  tables: {
    // stable versions of the aliases, newest first (MLO003's fix offers them)
    modelSnapshots: {
      'gemini-1.5-pro': ['gemini-1.5-pro-002', 'gemini-1.5-pro-001'], 'gemini-1.5-flash': ['gemini-1.5-flash-002', 'gemini-1.5-flash-001'],
      'gemini-2.0-flash': ['gemini-2.0-flash-001'], 'gemini-2.0-flash-lite': ['gemini-2.0-flash-lite-001'],
    },
    mlModules: ['google.genai', 'google.generativeai', 'vertexai', '@google/generative-ai', '@google/genai', '@google-cloud/vertexai'],
    producers: [
      { match: '@google/generative-ai.GoogleGenerativeAI', type: 'client.gemini' },
      { match: '@google-cloud/vertexai.VertexAI', type: 'client.gemini' },
      { match: 'client.gemini#getGenerativeModel', type: 'model.gemini' },
      { match: 'client.gemini#preview.getGenerativeModel', type: 'model.gemini' },
      { match: 'model.gemini#startChat', type: 'chat.gemini' },
      { match: '@google/genai.GoogleGenAI', type: 'client.genai' },
      { match: 'client.genai#chats.create', type: 'chat.gemini' },
      // Python
      { match: 'google.genai.Client', type: 'client.genai' },
      { match: 'client.genai#aio.chats.create', type: 'chat.gemini' },
      { match: 'google.generativeai.GenerativeModel', type: 'model.gemini' },
      { match: 'vertexai.generative_models.GenerativeModel', type: 'model.gemini' },
      { match: 'vertexai.preview.generative_models.GenerativeModel', type: 'model.gemini' },
      { match: 'model.gemini#start_chat', type: 'chat.gemini' },
      // `from_pretrained` here names a hosted model (no weights are loaded)
      { match: 'vertexai.language_models.*.from_pretrained', type: 'model.vertex-lm' },
      { match: 'vertexai.preview.language_models.*.from_pretrained', type: 'model.vertex-lm' },
      { match: 'model.vertex-lm#start_chat', type: 'chat.vertex-lm' },
    ],
    inference: [
      // model objects take the input itself first
      ...['generateContent', 'generateContentStream', 'embedContent', 'batchEmbedContents', 'generate_content', 'generate_content_async']
        .map(m => llm(`model.gemini#${m}`, [0, 'contents'])),
      ...['sendMessage', 'sendMessageStream', 'send_message', 'send_message_async', 'send_message_stream'].map(m => llm(`chat.gemini#${m}`, [0, 'message'])),
      ...GENAI_MODELS.flatMap(m => [llm(`client.genai#models.${m}`), llm(`client.genai#aio.models.${m}`)]),
      llm('google.generativeai.embed_content', ['content']),
      // the API shapes on a client or model built in another module: GenAI's `ai.models.generateContent({ model, contents })`,
      // a `getGenerativeModel(…)` result's `model.generateContent(prompt)` (Gemini's own name)
      ...['generateContent', 'generateContentStream', 'embedContent', 'generate_content', 'generate_content_stream', 'embed_content']
        .map(m => ({ match: `?#models.${m}`, kind: 'llm' as const, inputArgs: ['contents'], needsInput: true as const })),
      ...['generateContent', 'generateContentStream'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: [0, 'contents'], languages: ['typescript' as const, 'javascript' as const] })),
      // and its Python spelling, on a `GenerativeModel` handed in (a parameter, another module's global): `gemini_model.generate_content(prompt)`
      ...['generate_content', 'generate_content_async'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: [0, 'contents'], needsInput: true as const, languages: ['python' as const] })),
      ...['predict', 'predict_async', 'predict_streaming', 'get_embeddings', 'get_embeddings_async'].map(m => llm(`model.vertex-lm#${m}`, [0, 'prompt', 'texts'])),
      ...['send_message', 'send_message_async'].map(m => llm(`chat.vertex-lm#${m}`, [0, 'message'])),
    ],
  },
};
export default pack;
