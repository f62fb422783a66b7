import type { KnowledgePack, ResultTemplate } from '../types';
import { LLM_INPUTS, CHAT_COMPLETION_RESULT } from './helpers';

/** The Responses API's result: its text (the SDKs' `output_text`), id and serving model. */
const RESPONSES_RESULT: ResultTemplate = {
  python: { prediction: '$.output_text', response_id: '$.id', model_version: '$.model' },
  typescript: { prediction: '$.output_text', response_id: '$.id', model_version: '$.model' },
};
/** Embeddings: how many vectors came back and from which model, not the vectors. */
const EMBEDDINGS_RESULT: ResultTemplate = {
  python: { prediction_count: 'len($.data)', model_version: '$.model' },
  typescript: { prediction_count: '$.data.length', model_version: '$.model' },
};

const pack: KnowledgePack = {
  id: 'openai',
  name: 'OpenAI (and Azure OpenAI, Groq, Together, ZhipuAI, Cerebras)',
  languages: ['python', 'typescript'],
  description: 'OpenAI clients in Python and JS (Azure OpenAI and Groq share the API): chat completions, responses, completions, embeddings, images, audio (transcription, speech), moderations, assistant runs, the pre-1.0 Python module calls, the v3 Node SDK (`OpenAIApi`, and openai-edge, its fetch-based twin) and the pre-1.0 Azure OpenAI JS SDK (`OpenAIClient.getChatCompletions`); clients with the same API (Groq, Together, ZhipuAI, Cerebras, Fireworks, gpt4free); the `model` argument\'s pinning is checked.',
  tables: {
    // dated snapshots of the aliases, newest first (MLO003's fix offers them)
    modelSnapshots: {
      'gpt-4o': ['gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13'], 'chatgpt-4o-latest': ['gpt-4o-2024-11-20'],
      'gpt-4o-mini': ['gpt-4o-mini-2024-07-18'], 'gpt-4.1': ['gpt-4.1-2025-04-14'], 'gpt-4.1-mini': ['gpt-4.1-mini-2025-04-14'],
      'gpt-4.1-nano': ['gpt-4.1-nano-2025-04-14'], 'gpt-4-turbo': ['gpt-4-turbo-2024-04-09'], 'gpt-4': ['gpt-4-0613'],
      'gpt-3.5-turbo': ['gpt-3.5-turbo-0125', 'gpt-3.5-turbo-1106'], 'o1': ['o1-2024-12-17'], 'o1-mini': ['o1-mini-2024-09-12'],
      'o3-mini': ['o3-mini-2025-01-31'], 'o3': ['o3-2025-04-16'], 'o4-mini': ['o4-mini-2025-04-16'],
    },
    mlModules: ['openai', 'openai-edge', 'groq-sdk', 'groq', 'together', 'routellm', 'zhipuai', 'together-ai', '@azure/openai', 'g4f'],
    producers: [
      { match: 'openai.OpenAI', type: 'client.openai' },
      { match: 'openai.AsyncOpenAI', type: 'client.openai' },
      { match: 'openai.AzureOpenAI', type: 'client.openai' },
      { match: 'openai.AsyncAzureOpenAI', type: 'client.openai' },
      { match: 'openai.Client', type: 'client.openai' }, { match: 'openai.AsyncClient', type: 'client.openai' }, // aliases of OpenAI, AsyncOpenAI
      // JS: a default import is the client class (`import OpenAI from 'openai'`)
      { match: 'openai', type: 'client.openai' },
      // the same SDK from JSR (Deno: `import OpenAI from 'jsr:@openai/openai'`)
      { match: '@openai/openai', type: 'client.openai' }, { match: '@openai/openai.OpenAI', type: 'client.openai' },
      { match: 'groq-sdk', type: 'client.openai' }, { match: 'groq-sdk.Groq', type: 'client.openai' }, // the same API shape
      // Python clients with the same API shape: Groq, Together, RouteLLM's router
      ...['groq.Groq', 'groq.AsyncGroq', 'together.Together', 'together.AsyncTogether', 'routellm.controller.Controller', 'zhipuai.ZhipuAI',
        'cerebras.cloud.sdk.Cerebras', 'fireworks.client.Fireworks'].map(match => ({ match, type: 'client.openai' })),
      // JS clients with the same API shape: Together, Cerebras
      ...['together-ai', 'together-ai.Together', '@cerebras/cerebras_cloud_sdk'].map(match => ({ match, type: 'client.openai' })),
      // the pre-1.0 Azure OpenAI JS SDK: `new OpenAIClient(endpoint, credential)`, the deployment named first
      { match: '@azure/openai.OpenAIClient', type: 'client.azure-openai-v1' },
      // the v3 Node SDK: `new OpenAIApi(new Configuration({ apiKey }))`; openai-edge is the same API over fetch (edge runtimes)
      { match: 'openai.OpenAIApi', type: 'client.openai-v3' }, { match: 'openai-edge.OpenAIApi', type: 'client.openai-v3' },
    ],
    inference: [
      ...['getChatCompletions', 'streamChatCompletions', 'getCompletions', 'streamCompletions', 'getEmbeddings', 'getImages', 'getAudioTranscription']
        .map(m => ({ match: `client.azure-openai-v1#${m}`, kind: 'llm' as const, modelArg: [0], inputArgs: [1] })),
      { match: 'client.openai#chat.completions.create', kind: 'llm', inputArgs: LLM_INPUTS, result: CHAT_COMPLETION_RESULT },
      { match: 'client.openai#chat.completions.parse', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.openai#chat.completions.stream', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.openai#beta.chat.completions.parse', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.openai#responses.create', kind: 'llm', inputArgs: LLM_INPUTS, result: RESPONSES_RESULT },
      { match: 'client.openai#responses.stream', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.openai#responses.parse', kind: 'llm', inputArgs: LLM_INPUTS, result: RESPONSES_RESULT },
      { match: 'client.openai#completions.create', kind: 'llm', inputArgs: LLM_INPUTS },
      { match: 'client.openai#embeddings.create', kind: 'llm', inputArgs: LLM_INPUTS, result: EMBEDDINGS_RESULT },
      // image, speech and moderation models behind the same client
      ...['images.generate', 'images.edit', 'images.createVariation', 'images.create_variation', 'audio.transcriptions.create', 'audio.translations.create',
        'audio.speech.create', 'moderations.create', 'beta.threads.runs.create', 'beta.threads.runs.create_and_poll', 'beta.threads.runs.stream',
        'beta.threads.create_and_run', 'beta.threads.createAndRun', 'beta.threads.runs.createAndPoll', 'beta.threads.runs.submitToolOutputs',
        'beta.threads.runs.submitToolOutputsStream', 'beta.threads.runs.submitToolOutputsAndPoll', 'beta.threads.runs.submit_tool_outputs',
        'beta.threads.runs.submit_tool_outputs_and_poll', 'beta.threads.runs.submit_tool_outputs_stream']
        .map(m => ({ match: `client.openai#${m}`, kind: 'llm' as const, inputArgs: ['prompt', 'input', 'file', 'image', 'tool_outputs', 1] })),
      // the Assistants API on a client the engine cannot type (injected, built in another module): its member paths are OpenAI's own
      ...['beta.threads.runs.create', 'beta.threads.runs.stream', 'beta.threads.runs.createAndPoll', 'beta.threads.runs.submitToolOutputsStream', 'beta.threads.runs.submitToolOutputs']
        .map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: [0, 1] })),
      // the API shape on a client the engine cannot type (built in another module: `const openai = require("../utils/openai")`);
      // OpenAI-compatible SDKs (Groq, Together, DeepSeek, vLLM's server) share it
      ...['chat.completions.create', 'chat.completions.parse', 'beta.chat.completions.parse', 'responses.create', 'responses.parse', 'responses.stream', 'embeddings.create']
        .map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: LLM_INPUTS, result: m === 'chat.completions.create' ? CHAT_COMPLETION_RESULT : undefined })),
      // its speech and transcription endpoints have as distinctive a path (`openai.audio.transcriptions.create({ file, model })`)
      ...['audio.transcriptions.create', 'audio.translations.create', 'audio.speech.create']
        .map(m => ({ match: `?#${m}`, kind: 'llm' as const, inputArgs: ['file', 'input', 0] })),
      // Together's pre-1.0 Python SDK: module-level classes (`together.Complete.create(prompt, model=…)`)
      ...['together.Complete.create', 'together.Completion.create', 'together.Embeddings.create', 'together.Image.create']
        .map(match => ({ match, kind: 'llm' as const, inputArgs: [0, 'prompt', 'input'] })),
      // the pre-1.0 Python SDK's module-level calls
      { match: 'openai.ChatCompletion.create', kind: 'llm', inputArgs: ['messages'] },
      // gpt4free copies that API (`g4f.ChatCompletion.create(model=g4f.models.gpt_4, messages=…)`); its `g4f.client.Client` copies 1.x
      ...['g4f.ChatCompletion.create', 'g4f.ChatCompletion.create_async', 'g4f.Completion.create'].map(match => ({ match, kind: 'llm' as const, inputArgs: ['messages', 'prompt'] })),
      { match: 'openai.Completion.create', kind: 'llm', inputArgs: ['prompt'] },
      { match: 'openai.Embedding.create', kind: 'llm', inputArgs: ['input'] },
      ...['openai.Audio.transcribe', 'openai.Audio.translate', 'openai.Audio.atranscribe'].map(match => ({ match, kind: 'llm' as const, modelArg: ['model', 0], inputArgs: [1, 'file'] })),
      ...['openai.Image.create', 'openai.Image.create_edit', 'openai.Image.create_variation', 'openai.Moderation.create', 'openai.Edit.create']
        .map(match => ({ match, kind: 'llm' as const, inputArgs: ['prompt', 'input', 'image'] })),
      ...['createChatCompletion', 'createCompletion', 'createEmbedding', 'createEdit', 'createImage', 'createTranscription', 'createTranslation']
        .map(m => ({ match: `client.openai-v3#${m}`, kind: 'llm' as const, inputArgs: ['messages', 'prompt', 'input', 'instruction', 'file'] })),
    ],
  },
};
export default pack;
