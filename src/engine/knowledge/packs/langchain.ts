import type { KnowledgePack } from '../types';
import { llm } from './helpers';

/** Python integration packages whose classes are chat models, LLMs or embeddings. */
const PY_INTEGRATIONS = ['langchain_openai', 'langchain_anthropic', 'langchain_google_genai', 'langchain_google_vertexai', 'langchain_mistralai',
  'langchain_cohere', 'langchain_ollama', 'langchain_aws', 'langchain_groq', 'langchain_huggingface', 'langchain_fireworks', 'langchain_together'];

/** Module prefixes of vector stores (their classes and factories), each followed by `**`. */
const VECTOR_STORES = ['@langchain/*/vectorstores/*.', 'langchain/vectorstores/*.', 'langchain_community.vectorstores.', 'langchain.vectorstores.',
  'langchain_chroma.', 'langchain_postgres.', 'langchain_pinecone.', 'langchain_qdrant.'];

const pack: KnowledgePack = {
  id: 'langchain',
  name: 'LangChain',
  languages: ['python', 'typescript'],
  description: 'LangChain chat models, LLMs and embeddings in Python (`langchain_openai`, `langchain_anthropic`, `langchain_community`, …) and JS (`@langchain/*`, `langchain/*`), chains (`LLMChain`, `RetrievalQA`, LCEL `prompt | llm`, `prompt.pipe(llm)`, also on a model passed in from elsewhere: `model.pipe(parser).invoke(x)`), agents, the LangServe `RemoteRunnable` client (a chain served over HTTP): `invoke`/`ainvoke`, `stream`/`astream`, `batch`/`abatch`, `predict`, `run`, calling the chain, `embed_query`/`embedQuery`; vector store searches and retrievers (`invoke`); LangGraph graphs whose node is a model or its method (`addNode("agent", agent.invoke.bind(agent))`, then `graph.invoke`); summary memories (`ConversationSummaryMemory`: saving a turn asks the LLM for a new summary, also through `super.saveContext` in a subclass); building an index (`from_documents`) is ingestion, not a prediction, ….',
  tables: {
    mlModules: ['langserve', '@langchain/openai', '@langchain/anthropic', '@langchain/core', '@langchain/google-genai', '@langchain/community', 'langchain',
      ...PY_INTEGRATIONS, 'langchain_community', 'langchain_core', 'langgraph', '@langchain/langgraph'],
    producers: [
      // --- JS
      // transformers.js embeddings run in the process: building one loads its hub model (without a name, the library's default)
      ...['@langchain/community/embeddings/hf_transformers', 'langchain/embeddings/hf_transformers', '@langchain/community/embeddings/huggingface_transformers']
        .flatMap(m => ['HuggingFaceTransformersEmbeddings'].map(c => ({ match: `${m}.${c}`, type: 'client.langchain-embeddings',
          load: { pin: 'hf' as const, modelArg: ['model', 'modelName'], defaultWeights: true } }))),
      { match: '@langchain/*.Chat*', type: 'client.langchain' }, { match: 'langchain/*.Chat*', type: 'client.langchain' },
      { match: '@langchain/openai.OpenAI', type: 'client.langchain' }, { match: '@langchain/openai.AzureOpenAI', type: 'client.langchain' },
      { match: '@langchain/*.AzureChat*', type: 'client.langchain' },
      { match: '@langchain/*.*Embeddings', type: 'client.langchain-embeddings' }, { match: 'langchain/*.*Embeddings', type: 'client.langchain-embeddings' },
      { match: '@langchain/core/prompts.*.from*', type: 'langchain.runnable' }, { match: 'langchain/prompts.*.from*', type: 'langchain.runnable' },
      // runnables piped into a prompt and a model (`RunnableMap.from({…}).pipe(prompt).pipe(model)`)
      // a sequence that holds a model is that model's runnable (`RunnableSequence.from([{ context }, prompt, model, parser])`)
      ...['@langchain/core/runnables.RunnableSequence.from', 'langchain/schema/runnable.RunnableSequence.from', 'langchain_core.runnables.RunnableSequence']
        .map(match => ({ match, passThrough: 'arg0-part' as const, partType: 'client.langchain', type: 'langchain.runnable' })),
      { match: '@langchain/core/runnables.Runnable*', type: 'langchain.runnable' }, { match: '@langchain/core/runnables.Runnable*.from', type: 'langchain.runnable' },
      // non-chat LLMs: `@langchain/community/llms/ollama`, `langchain/llms/openai`, `@langchain/ollama`
      { match: '@langchain/community/llms/*.*', type: 'client.langchain' }, { match: 'langchain/llms/*.*', type: 'client.langchain' },
      { match: '@langchain/ollama.Ollama', type: 'client.langchain' }, { match: '@langchain/google-vertexai.VertexAI', type: 'client.langchain' },
      { match: 'langchain/chat_models/universal.initChatModel', type: 'client.langchain' },
      // chains and agents run the model they are built on (`RetrievalQAChain.fromLLM(model, …)`, `createReactAgent({ llm })`)
      { match: 'langchain/chains*.**', type: 'client.langchain' },
      { match: 'langchain/agents.AgentExecutor', type: 'client.langchain' }, { match: 'langchain/agents.AgentExecutor.from*', type: 'client.langchain' },
      { match: 'langchain/agents.initializeAgentExecutor*', type: 'client.langchain' },
      { match: '@langchain/langgraph/prebuilt.createReactAgent', type: 'client.langchain' },
      // LangGraph's graph builder (JS and Python): its chained node and edge calls return it, `compile()` gives the runnable graph
      ...['@langchain/langgraph.StateGraph', '@langchain/langgraph.MessageGraph', 'langgraph.graph.StateGraph', 'langgraph.graph.MessageGraph', 'langgraph.graph.state.StateGraph']
        .map(match => ({ match, type: 'langgraph.builder' })),
      ...['addNode', 'addEdge', 'addConditionalEdges', 'setEntryPoint', 'setFinishPoint', 'add_node', 'add_edge', 'add_conditional_edges', 'set_entry_point', 'set_finish_point']
        .map(m => ({ match: `langgraph.builder#${m}`, passThrough: 'receiver' as const })),
      { match: 'langgraph.builder#compile', type: 'langgraph.graph' },
      // summary memories ask their LLM for a new running summary as each turn is saved (`memory.saveContext(input, output)`)
      ...['langchain/memory.ConversationSummary*Memory', 'langchain/memory.ConversationSummary*Memory.from*', 'langchain.memory.ConversationSummary*Memory',
        'langchain.memory.ConversationSummary*Memory.from_*', 'langchain.memory.summary.ConversationSummaryMemory', 'langchain.memory.summary_buffer.ConversationSummaryBufferMemory']
        .map(match => ({ match, type: 'langchain.summary-memory' })),
      // --- Python: embeddings that run a hub model in the process load it (`HuggingFaceEmbeddings(model_name=…)`;
      // without one, the library's default model)
      ...['langchain_huggingface', 'langchain_community.embeddings', 'langchain.embeddings', 'langchain_community.embeddings.huggingface',
        'langchain_community.embeddings.sentence_transformer'].flatMap(m => ['HuggingFaceEmbeddings', 'HuggingFaceBgeEmbeddings', 'HuggingFaceInstructEmbeddings',
        'SentenceTransformerEmbeddings'].map(c => ({ match: `${m}.${c}`, type: 'client.langchain-embeddings', load: { pin: 'hf' as const, modelArg: ['model_name', 'model'], defaultWeights: true } }))),
      ...['langchain_huggingface', 'langchain_community.llms', 'langchain.llms', 'langchain_community.llms.huggingface_pipeline'].map(m => ({
        match: `${m}.HuggingFacePipeline.from_model_id`, type: 'client.langchain', load: { pin: 'hf' as const, modelArg: ['model_id'] } })),
      // --- Python: embeddings before chat models and LLMs (`OpenAIEmbeddings` is in the same packages)
      // also from a submodule: `from langchain_openai.chat_models import ChatOpenAI`
      ...PY_INTEGRATIONS.flatMap(p => [`${p}.*Embeddings`, `${p}.**.*Embeddings`].map(match => ({ match, type: 'client.langchain-embeddings' }))),
      { match: 'langchain_community.embeddings.**', type: 'client.langchain-embeddings' }, { match: 'langchain.embeddings.**', type: 'client.langchain-embeddings' },
      ...PY_INTEGRATIONS.flatMap(p => [`${p}.*Chat*`, `${p}.**.*Chat*`].map(match => ({ match, type: 'client.langchain' }))), // ChatOpenAI, AzureChatOpenAI
      ...['langchain_openai.OpenAI', 'langchain_openai.AzureOpenAI', 'langchain_ollama.OllamaLLM', 'langchain_google_vertexai.VertexAI', 'langchain_aws.BedrockLLM',
        'langchain_huggingface.HuggingFaceEndpoint', 'langchain_huggingface.HuggingFacePipeline'].map(match => ({ match, type: 'client.langchain' })),
      // the base classes, as the annotation of a model handed in (`async def ask(llm: BaseChatModel, …)`, `(model: BaseChatModel) => …`)
      ...['langchain_core.language_models.Base*', 'langchain_core.language_models.*.Base*', 'langchain.schema.language_model.BaseLanguageModel',
        '@langchain/core/language_models/*.Base*'].map(match => ({ match, type: 'client.langchain' })),
      ...['langchain_core.embeddings.Embeddings', 'langchain_core.embeddings.*.Embeddings', '@langchain/core/embeddings.Embeddings']
        .map(match => ({ match, type: 'client.langchain-embeddings' })),
      { match: 'langchain_community.chat_models.**', type: 'client.langchain' }, { match: 'langchain_community.llms.**', type: 'client.langchain' },
      { match: 'langchain.chat_models.**', type: 'client.langchain' }, { match: 'langchain.llms.**', type: 'client.langchain' }, // incl. `init_chat_model`
      { match: 'langchain.chains.**', type: 'client.langchain' }, // LLMChain, RetrievalQA.from_chain_type, create_retrieval_chain, …
      // the top-level names of the 0.0 releases (`from langchain import LLMChain, OpenAI`)
      ...['langchain.*Chain', 'langchain.*Chain.from_*', 'langchain.OpenAI', 'langchain.Cohere', 'langchain.HuggingFaceHub', 'langchain.HuggingFacePipeline',
        'langchain.LlamaCpp', 'langchain.Anthropic', 'langchain.GooglePalm', 'langchain.OpenAIChat'].map(match => ({ match, type: 'client.langchain' })),
      // LangServe's client: a chain or agent served over HTTP, invoked like a local one
      { match: 'langserve.RemoteRunnable', type: 'client.langchain' }, { match: 'langserve.client.RemoteRunnable', type: 'client.langchain' },
      { match: '@langchain/core/runnables/remote.RemoteRunnable', type: 'client.langchain' }, { match: 'langchain/runnables/remote.RemoteRunnable', type: 'client.langchain' },
      { match: 'langchain.agents.AgentExecutor', type: 'client.langchain' }, { match: 'langgraph.prebuilt.create_react_agent', type: 'client.langchain' },
      // agents built by the helpers of the 0.0/0.1 releases (`initialize_agent(tools, llm)`, `create_pandas_dataframe_agent(llm, df)`)
      ...['langchain.agents.initialize_agent', 'langchain.agents.AgentExecutor.from_agent_and_tools', 'langchain.agents.create_*_agent',
        'langchain_experimental.agents.**', 'langchain_experimental.agents.*_agent', 'langchain_community.agent_toolkits.**', 'langchain.agents.agent_toolkits.**',
        'langchain_experimental.sql.SQLDatabaseChain', 'langchain_experimental.sql.SQLDatabaseChain.from_llm'].map(match => ({ match, type: 'client.langchain' })),
      { match: 'langchain_core.prompts.*.from_*', type: 'langchain.runnable' }, { match: 'langchain.prompts.*.from_*', type: 'langchain.runnable' },
      // a prompt piped into a model is the model's runnable; a model piped into a parser stays one
      { match: 'langchain.runnable#pipe', passThrough: 'arg0' },
      // vector stores embed the query with a model on every search; their retrievers do the same on invoke
      ...VECTOR_STORES.map(m => ({ match: `${m}**`, type: 'langchain.vectorstore' })),
      // integration packages export their stores at the top (`@langchain/cloudflare.CloudflareVectorizeStore`, `@langchain/pinecone.PineconeStore`)
      ...['*Vector*', 'PineconeStore', 'Chroma', 'FaissStore', 'HNSWLib'].flatMap(c => [`@langchain/*.${c}`, `@langchain/*.${c}.from*`].map(match => ({ match, type: 'langchain.vectorstore' }))),

      ...['*Vector*', 'Chroma', 'FAISS', 'Qdrant', 'Pinecone'].map(c => ({ match: `langchain_*.${c}`, type: 'langchain.vectorstore' })),
      ...['@langchain/*/retrievers/*.', 'langchain/retrievers/*.', 'langchain.retrievers.', 'langchain_community.retrievers.'].map(m => ({ match: `${m}**`, type: 'langchain.retriever' })),
      { match: 'langchain.vectorstore#asRetriever', type: 'langchain.retriever' }, { match: 'langchain.vectorstore#as_retriever', type: 'langchain.retriever' },
      // a store passed in or built in another module (`async function answer(vectorStore, q) { const r = vectorStore.asRetriever(); … }`): the method names it
      { match: '?#asRetriever', type: 'langchain.retriever' }, { match: '?#as_retriever', type: 'langchain.retriever' },
      ...['pipe', 'withStructuredOutput', 'bindTools', 'bind', 'withConfig', 'withRetry', 'withFallbacks',
        'with_structured_output', 'bind_tools', 'with_config', 'with_retry', 'with_fallbacks'].map(m => ({ match: `client.langchain#${m}`, passThrough: 'receiver' as const })),
    ],
    inference: [
      ...['invoke', 'stream', 'batch', 'streamEvents', 'call', 'predict', 'generate'].map(m => llm(`client.langchain#${m}`, [0])),
      llm('client.langchain-embeddings#embedQuery', [0]), llm('client.langchain-embeddings#embedDocuments', [0]),
      // Python spellings (async forms, legacy chain calls)
      ...['ainvoke', 'astream', 'abatch', 'astream_events', 'agenerate', 'apredict', 'predict_messages', 'apredict_messages'].map(m => llm(`client.langchain#${m}`, [0, 'input'])),
      ...['run', 'arun', '', 'acall', 'apply'].map(m => ({ match: `client.langchain#${m}`, kind: 'llm' as const })),
      ...['embed_query', 'embed_documents', 'aembed_query', 'aembed_documents'].map(m => llm(`client.langchain-embeddings#${m}`, [0, 'text', 'texts'])),
      // a search by a query text embeds it; one by a vector already computed (`similarity_search_by_vector`) does not
      ...['similarity_search', 'similarity_search_with_score', 'similarity_search_with_relevance_scores', 'asimilarity_search', 'asimilarity_search_with_score',
        'asimilarity_search_with_relevance_scores', 'max_marginal_relevance_search', 'amax_marginal_relevance_search', 'similaritySearch', 'similaritySearchWithScore',
        'maxMarginalRelevanceSearch']
        .map(m => ({ match: `langchain.vectorstore#${m}`, inputArgs: [0, 'query'] })),
      // the same search on a store the engine cannot type (`const store = await getVectorStore(); store.similaritySearch(q, 4)`, the
      // store made by a project helper), in a file that makes a LangChain chain or model: a vector store's search by text
      ...['similarity_search', 'similarity_search_with_score', 'asimilarity_search', 'max_marginal_relevance_search', 'similaritySearch', 'similaritySearchWithScore',
        'maxMarginalRelevanceSearch']
        .map(m => ({ match: `?#${m}`, inputArgs: [0, 'query'], needsInFile: 'client.langchain' })),
      ...['invoke', 'ainvoke', 'get_relevant_documents', 'aget_relevant_documents', 'getRelevantDocuments'].map(m => ({ match: `langchain.retriever#${m}`, inputArgs: [0, 'input', 'query'] })),
      // a compiled graph runs the model of a node that is one (`addNode("agent", agent.invoke.bind(agent))`); nodes that are the
      // project's functions call their model in their own bodies, which are the inference points
      ...['invoke', 'stream', 'streamEvents', 'batch', 'ainvoke', 'astream', 'abatch', 'astream_events']
        .map(m => ({ ...llm(`langgraph.graph#${m}`, [0, 'input']), modelNode: ['addNode', 'add_node'] })),
      // a summary memory's save runs its LLM over the new turn (a buffer memory's only once the buffer is over its token limit)
      ...['saveContext', 'save_context', 'asave_context', 'predictNewSummary', 'predict_new_summary', 'apredict_new_summary']
        .map(m => llm(`langchain.summary-memory#${m}`, [0, 1, 'inputs', 'outputs', 'messages'])),
      // the LCEL shape on a model the engine cannot type (a parameter, a client built in another module):
      // `model.pipe(parser).invoke(x)`, `chain = prompt.pipe(model); await chain.stream(x)` — no other library runs a piped value
      ...['invoke', 'stream', 'batch', 'streamEvents', 'ainvoke', 'astream', 'abatch'].map(m => llm(`?#pipe().${m}`, [0, 'input'])),
    ],
  },
};
export default pack;
