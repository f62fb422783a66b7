import type { KnowledgePack } from '../types';

/** Semantic Kernel in Python: the kernel runs prompt functions on its AI services; the services and agents can be called directly. */
const CHAT_SERVICES = ['OpenAIChatCompletion', 'AzureChatCompletion', 'OpenAITextCompletion', 'AzureTextCompletion', 'OllamaChatCompletion',
  'AnthropicChatCompletion', 'GoogleAIChatCompletion', 'VertexAIChatCompletion', 'MistralAIChatCompletion', 'HuggingFaceTextCompletion',
  'OpenAITextEmbedding', 'AzureTextEmbedding'];

const pack: KnowledgePack = {
  id: 'semantic-kernel',
  name: 'Semantic Kernel (Python)',
  languages: ['python'],
  description: '`Kernel().invoke(…)`, `invoke_prompt`, `invoke_stream`; chat and embedding services (`OpenAIChatCompletion`, `AzureChatCompletion`, …) called directly '
    + '(`get_chat_message_content(s)`, their streaming forms, `generate_embeddings`); agents (`ChatCompletionAgent.get_response`, `invoke`, `invoke_stream`).',
  tables: {
    mlModules: ['semantic_kernel'],
    producers: [
      { match: 'semantic_kernel.Kernel', type: 'client.sk-kernel' },
      { match: 'semantic_kernel.kernel.Kernel', type: 'client.sk-kernel' },
      ...CHAT_SERVICES.flatMap(c => [`semantic_kernel.connectors.ai.**.${c}`].map(match => ({ match, type: 'client.sk-service' }))),
      ...['ChatCompletionAgent', 'AzureAIAgent', 'OpenAIAssistantAgent', 'AzureAssistantAgent'].map(c => ({ match: `semantic_kernel.agents.**${c}`, type: 'client.sk-agent' })),
      ...['ChatCompletionAgent', 'AzureAIAgent', 'OpenAIAssistantAgent', 'AzureAssistantAgent'].map(c => ({ match: `semantic_kernel.agents.${c}`, type: 'client.sk-agent' })),
    ],
    inference: [
      ...['invoke', 'invoke_prompt', 'invoke_stream', 'invoke_prompt_stream'].map(m => ({ match: `client.sk-kernel#${m}`, kind: 'llm' as const, inputArgs: [0, 'prompt', 'arguments', 'function'] })),
      ...['get_chat_message_content', 'get_chat_message_contents', 'get_streaming_chat_message_content', 'get_streaming_chat_message_contents',
        'get_text_content', 'get_text_contents', 'generate_embeddings', 'generate_raw_embeddings']
        .flatMap(m => [`client.sk-service#${m}`,
          // a service taken out of the kernel (`list(kernel.services.values())[0]`, `kernel.get_service(id)`): these method names are Semantic Kernel's own
          ...(m.includes('chat_message') ? [`?#${m}`] : [])].map(match => ({ match, kind: 'llm' as const, inputArgs: ['chat_history', 'prompt', 'texts', 0] }))),
      ...['get_response', 'invoke', 'invoke_stream'].map(m => ({ match: `client.sk-agent#${m}`, kind: 'llm' as const, inputArgs: ['messages', 0] })),
    ],
  },
};
export default pack;
