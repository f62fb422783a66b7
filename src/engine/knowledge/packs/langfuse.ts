import type { KnowledgePack } from '../types';
import { llm, LLM_CALLS, LLM_FACETS } from './helpers';

const pack: KnowledgePack = {
  id: 'langfuse',
  name: 'Langfuse, LangSmith, Traceloop (LLM tracing)',
  languages: ['typescript'],
  description: 'LLM tracing SDKs: Langfuse traces, spans, generations and scores record what they are given; `observeOpenAI`/`wrapOpenAI` return the client they wrap; Traceloop workflows time the call. Langfuse scores (on a trace or by trace id) are outcomes; importing its OpenAI drop-in (`langfuse.openai`) traces every OpenAI call. Langfuse `@observe` and Traceloop `@workflow`/`@task` record the decorated function\'s arguments and return value (at function level), its duration and error.',
  tables: {
    producers: [
      // tracing wrappers return the client they wrap; what the wrapper itself records is not modelled (explicit records still count)
      { match: 'langfuse.observeOpenAI', passThrough: 'arg0' }, { match: '@langfuse/openai.observeOpenAI', passThrough: 'arg0' },
      { match: 'langsmith/wrappers*.wrapOpenAI', passThrough: 'arg0' }, { match: 'langsmith/wrappers*.wrapSDK', passThrough: 'arg0' },
      { match: 'langfuse.Langfuse', type: 'langfuse.client' }, { match: 'langfuse', type: 'langfuse.client' },
      // the OpenAI drop-in (`from langfuse.openai import OpenAI` / `openai`): the SDK's own clients, traced
      ...['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI'].map(c => ({ match: `langfuse.openai.${c}`, type: 'client.openai' })),
      { match: 'langfuse.client#trace', type: 'langfuse.trace' },
      ...['span', 'generation'].flatMap(m => [{ match: `langfuse.client#${m}`, type: 'langfuse.trace' }, { match: `langfuse.trace#${m}`, type: 'langfuse.trace' }]),
    ],
    sinks: [
      ...['trace', 'span', 'generation', 'event', 'score'].map(m => ({ match: `langfuse.client#${m}` })),
      ...['span', 'generation', 'event', 'score', 'update', 'end'].map(m => ({ match: `langfuse.trace#${m}` })),
    ],
    // the drop-in's module: `openai.chat.completions.create(…)` as with the SDK imported directly
    inference: ['chat.completions.create', 'completions.create', 'responses.create', 'embeddings.create', 'beta.chat.completions.parse']
      .map(m => llm(`langfuse.openai.openai.${m}`)),
    // importing the drop-in patches the OpenAI SDK for the whole process: every call is a traced generation (model, input,
    // output, duration, error) by default
    instrumentors: [{ match: 'langfuse.openai.*', name: 'Langfuse\'s OpenAI drop-in', libraries: [...LLM_CALLS.openai, 'langfuse.openai'], covers: LLM_FACETS, onImport: true }],
    // a score on a trace: the outcome (feedback, a label) joined to the prediction by its trace
    serviceEvidence: [
      { match: 'langfuse.client#score', facet: 'outcome' }, { match: 'langfuse.trace#score', facet: 'outcome' },
      { match: 'langfuse.client#create_score', facet: 'outcome' },
      { match: 'langfuse.decorators.langfuse_context.score_current_trace', facet: 'outcome' },
    ],
    regions: [
      ...['withWorkflow', 'withTask', 'withAgent', 'withTool'].map(m => ({ match: `@traceloop/node-server-sdk.${m}`, covers: ['latency' as const] })),
      // decorators that record the function's arguments and return value, its duration and error, by default
      ...['langfuse.decorators.observe', 'langfuse.observe', '@langfuse/tracing.observe',
        ...['workflow', 'task', 'agent', 'tool'].map(d => `traceloop.sdk.decorators.${d}`)]
        .map(match => ({ match, covers: ['latency' as const, 'errors' as const], records: ['inputs' as const, 'outputs' as const] })),
    ],
  },
};
export default pack;
