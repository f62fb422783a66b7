import type { KnowledgePack } from '../types';
import { LLM_CALLS, LLM_FACETS } from './helpers';

/** OpenLLMetry's per-library instrumentors (`opentelemetry-instrumentation-<library>`), by the callees they record. */
const INSTRUMENTORS: [string, string, string[]][] = [
  ['openai', 'OpenAIInstrumentor', LLM_CALLS.openai], ['anthropic', 'AnthropicInstrumentor', LLM_CALLS.anthropic],
  ['cohere', 'CohereInstrumentor', LLM_CALLS.cohere], ['mistralai', 'MistralAiInstrumentor', LLM_CALLS.mistral],
  ['ollama', 'OllamaInstrumentor', LLM_CALLS.ollama], ['langchain', 'LangchainInstrumentor', LLM_CALLS.langchain],
  ['google_generativeai', 'GoogleGenerativeAiInstrumentor', LLM_CALLS.gemini], ['vertexai', 'VertexAIInstrumentor', LLM_CALLS.gemini],
];

const pack: KnowledgePack = {
  id: 'openllmetry',
  name: 'OpenLLMetry (Traceloop) auto-instrumentation',
  languages: ['python', 'typescript'],
  description: '`Traceloop.init()` (Python) and `traceloop.initialize()` (JS) instrument every LLM SDK they support, and each `opentelemetry-instrumentation-<library>` instrumentor (`OpenAIInstrumentor().instrument()`) its library: every call is then a span with the model, the prompt and completion (content tracing is on by default), the duration and the error. Started in any module of the project, it covers those facets at every inference point of those libraries, with where it starts as the evidence.',
  tables: {
    instrumentors: [
      { match: 'traceloop.sdk.Traceloop.init', name: 'OpenLLMetry (Traceloop.init)', libraries: ['*'], covers: LLM_FACETS },
      { match: '@traceloop/node-server-sdk.initialize', name: 'OpenLLMetry (traceloop.initialize)', libraries: ['*'], covers: LLM_FACETS },
      ...INSTRUMENTORS.map(([lib, cls, libraries]) => ({ match: `opentelemetry.instrumentation.${lib}.${cls}`, name: `OpenLLMetry's ${cls}`, libraries, covers: LLM_FACETS })),
    ],
  },
};
export default pack;
