import type { KnowledgePack } from '../types';
import { llm } from './helpers';

/** LlamaIndex ≥ 0.10 lives in `llama_index.core`; older releases exported the same names from `llama_index`. */
const ROOTS = ['llama_index.core', 'llama_index'];

const pack: KnowledgePack = {
  id: 'llamaindex',
  name: 'LlamaIndex',
  languages: ['python', 'typescript'],
  description: 'LlamaIndex indexes and the engines built on them: `index.as_query_engine().query(…)`, `as_chat_engine().chat(…)`, query and chat engine classes; agents (`ReActAgent.from_tools(…).chat`, `OpenAIAgent`, the workflow `FunctionAgent(…).run(user_msg=…)`); LLM classes (`llama_index.llms.*`: `complete`, `chat`, `structured_predict`, streaming and async forms), also as the global `Settings.llm`, and embedding classes (`Settings.embed_model`; a local `HuggingFaceEmbedding` or `FastEmbedEmbedding` is a load); the same in LlamaIndex.TS (`llamaindex`: `index.asQueryEngine().query({ query })`, `asChatEngine().chat(…)`, `new OpenAI({ model }).complete/chat`, `new OpenAIAgent({ tools }).chat({ message })`, `agent({ tools }).run(…)`).',
  tables: {
    mlModules: ['llama_index', 'llamaindex'],
    producers: [
      ...ROOTS.flatMap(root => [
        { match: `${root}.*Index`, type: 'llamaindex.index' },
        { match: `${root}.*Index.from_*`, type: 'llamaindex.index' },
        { match: `${root}.load_index_from_storage`, type: 'llamaindex.index' },
      ]),
      { match: 'llamaindex.index#as_query_engine', type: 'llamaindex.query-engine' },
      { match: 'llamaindex.index#as_chat_engine', type: 'llamaindex.chat-engine' },
      { match: 'llama_index.core.query_engine.*', type: 'llamaindex.query-engine' },
      // also from their modules (`from llama_index.core.query_engine.router_query_engine import RouterQueryEngine`)
      { match: 'llama_index.core.query_engine.**.*QueryEngine', type: 'llamaindex.query-engine' },
      { match: 'llama_index.core.chat_engine.**.*ChatEngine', type: 'llamaindex.chat-engine' },
      { match: 'llama_index.core.query_engine.*.from_args', type: 'llamaindex.query-engine' },
      { match: 'llama_index.core.chat_engine.*', type: 'llamaindex.chat-engine' },
      { match: 'llama_index.core.chat_engine.*.from_defaults', type: 'llamaindex.chat-engine' },
      // agents: an LLM that calls tools (`ReActAgent.from_tools(tools, llm=llm)`, `OpenAIAgent`, the workflow `FunctionAgent`, `AgentWorkflow`)
      ...['llama_index.core.agent.*Agent', 'llama_index.core.agent.*Agent.from_tools', 'llama_index.agent.*.*Agent', 'llama_index.agent.*.*Agent.from_tools',
        'llama_index.core.agent.workflow.*Agent', 'llama_index.core.agent.workflow.AgentWorkflow', 'llama_index.core.agent.workflow.AgentWorkflow.from_tools_or_functions']
        .map(match => ({ match, type: 'llamaindex.agent' })),
      // integration packages: `from llama_index.llms.openai import OpenAI`
      { match: 'llama_index.llms.*.*', type: 'llamaindex.llm' },
      // the base classes, as annotations of an injected LLM (`def __init__(self, llm: LLM)`)
      ...['llama_index.core.llms.LLM', 'llama_index.core.llms.llm.LLM', 'llama_index.core.llms.CustomLLM', 'llama_index.core.llms.FunctionCallingLLM',
        'llama_index.core.llms.function_calling.FunctionCallingLLM', 'llama_index.core.base.llms.base.BaseLLM', 'llama_index.core.llms.custom.CustomLLM']
        .map(match => ({ match, type: 'llamaindex.llm' })),
      // the global settings' models (`Settings.llm = OpenAI(…)` at start-up, `Settings.llm.complete(…)` anywhere)
      ...ROOTS.flatMap(root => [`${root}.Settings`, `${root}.settings.Settings`]).flatMap(s => [
        { match: `${s}.llm`, on: 'value' as const, type: 'llamaindex.llm' }, { match: `${s}.embed_model`, on: 'value' as const, type: 'llamaindex.embedding' }]),
      // a hub model run in the process is loaded (`HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")`)
      ...['llama_index.embeddings.huggingface.HuggingFaceEmbedding', 'llama_index.embeddings.huggingface.HuggingFaceInferenceAPIEmbedding']
        .map((match, i) => i === 0 ? { match, type: 'llamaindex.embedding', load: { pin: 'hf' as const, modelArg: ['model_name'], defaultWeights: true } } : { match, type: 'llamaindex.embedding' }),
      // FastEmbed's ONNX models, downloaded from the hub by name and run in the process
      { match: 'llama_index.embeddings.fastembed.FastEmbedEmbedding', type: 'llamaindex.embedding', load: { pin: 'hf' as const, modelArg: ['model_name'], defaultWeights: true } },
      { match: 'llama_index.embeddings.*.*', type: 'llamaindex.embedding' },
      // LlamaIndex.TS (`llamaindex` and its `@llamaindex/*` integration packages)
      ...['llamaindex', '@llamaindex/core', '@llamaindex/cloud'].flatMap(root => [
        { match: `${root}.*Index`, type: 'llamaindex.index' }, { match: `${root}.*Index.fromDocuments`, type: 'llamaindex.index' },
        { match: `${root}.*Index.init`, type: 'llamaindex.index' },
        { match: `${root}.*QueryEngine`, type: 'llamaindex.query-engine' }, { match: `${root}.*ChatEngine`, type: 'llamaindex.chat-engine' },
        ...['OpenAI', 'Anthropic', 'Ollama', 'Gemini', 'Groq', 'MistralAI', 'HuggingFaceLLM'].map(llmClass => ({ match: `${root}.${llmClass}`, type: 'llamaindex.llm' })),
        { match: `${root}.*Embedding`, type: 'llamaindex.embedding' },
        // agents (`new OpenAIAgent({ tools })`, `ReActAgent`, `AnthropicAgent`): the LLM with tool calls
        { match: `${root}.*Agent`, type: 'llamaindex.agent' },
      ]),
      { match: '@llamaindex/*.*Agent', type: 'llamaindex.agent' },
      // the workflow agents (`agent({ tools, llm }).run(message)`, `multiAgent({ agents })`)
      { match: '@llamaindex/workflow.agent', type: 'llamaindex.agent' }, { match: '@llamaindex/workflow.multiAgent', type: 'llamaindex.agent' },
      { match: '@llamaindex/*.*Embedding', type: 'llamaindex.embedding' }, { match: '@llamaindex/*.*', type: 'llamaindex.llm' },
      { match: 'llamaindex.index#asQueryEngine', type: 'llamaindex.query-engine' },
      { match: 'llamaindex.index#asChatEngine', type: 'llamaindex.chat-engine' },
    ],
    inference: [
      // the 0.4/0.5 releases queried the index itself (`GPTSimpleVectorIndex.from_documents(docs).query(q)`); later ones have no such method
      ...['query', 'aquery'].map(m => llm(`llamaindex.index#${m}`, [0, 'query_str'])),
      ...['query', 'aquery'].map(m => llm(`llamaindex.query-engine#${m}`, [0, 'str_or_query_bundle'])),
      ...['chat', 'achat', 'stream_chat', 'astream_chat'].map(m => llm(`llamaindex.chat-engine#${m}`, [0, 'message'])),
      ...['chat', 'achat', 'stream_chat', 'astream_chat', 'query', 'aquery', 'run'].map(m => llm(`llamaindex.agent#${m}`, [0, 'message', 'user_msg'])),
      ...['complete', 'acomplete', 'stream_complete', 'astream_complete', 'chat', 'achat', 'stream_chat', 'astream_chat', 'predict', 'apredict',
      'structured_predict', 'astructured_predict', 'stream_structured_predict', 'astream_structured_predict']
        .map(m => llm(`llamaindex.llm#${m}`, [0, 'prompt', 'messages'])),
      ...['get_text_embedding', 'get_query_embedding', 'get_text_embedding_batch', 'aget_text_embedding', 'aget_query_embedding']
        .map(m => llm(`llamaindex.embedding#${m}`, [0, 'text', 'query', 'texts'])),
      // TS spellings
      ...['getTextEmbedding', 'getQueryEmbedding', 'getTextEmbeddings'].map(m => llm(`llamaindex.embedding#${m}`, [0])),
    ],
  },
};
export default pack;
