import type { KnowledgePack } from '../types';
import { LLM_CALLS, LLM_FACETS } from './helpers';

const INSTRUMENTORS: [string, string, string[]][] = [
  ['openai', 'OpenAIInstrumentor', LLM_CALLS.openai], ['anthropic', 'AnthropicInstrumentor', LLM_CALLS.anthropic],
  ['mistralai', 'MistralAIInstrumentor', LLM_CALLS.mistral], ['langchain', 'LangChainInstrumentor', LLM_CALLS.langchain],
  ['llama_index', 'LlamaIndexInstrumentor', LLM_CALLS.llamaindex], ['litellm', 'LiteLLMInstrumentor', LLM_CALLS.litellm],
  ['google_genai', 'GoogleGenAIInstrumentor', LLM_CALLS.gemini], ['bedrock', 'BedrockInstrumentor', LLM_CALLS.bedrock],
];

const pack: KnowledgePack = {
  id: 'openinference',
  name: 'OpenInference (Arize Phoenix) instrumentors',
  languages: ['python'],
  description: 'OpenInference instrumentors (`OpenAIInstrumentor().instrument(tracer_provider=…)`, for OpenAI, Anthropic, Mistral, LangChain, LlamaIndex, LiteLLM, Gemini, Bedrock): every call of the library is a span with the model name, input and output values, the duration and the error, by default. Started in any project module, they cover those facets at the library\'s inference points.',
  tables: {
    instrumentors: INSTRUMENTORS.map(([lib, cls, libraries]) => ({ match: `openinference.instrumentation.${lib}.${cls}`, name: `OpenInference ${cls}`, libraries, covers: LLM_FACETS })),
  },
};
export default pack;
