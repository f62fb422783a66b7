import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'langfuse',
  name: 'Langfuse, LangSmith, Traceloop (LLM tracing)',
  languages: ['typescript'],
  description: 'LLM tracing SDKs: Langfuse traces, spans, generations and scores record what they are given; `observeOpenAI`/`wrapOpenAI` return the client they wrap; Traceloop workflows time the call. Langfuse scores (on a trace or by trace id) are outcomes. Langfuse `@observe` and Traceloop `@workflow`/`@task` record the decorated function\'s arguments and return value (at function level), its duration and error.',
  tables: {
    producers: [
      // tracing wrappers return the client they wrap; what the wrapper itself records is not modelled (explicit records still count)
      { match: 'langfuse.observeOpenAI', passThrough: 'arg0' }, { match: '@langfuse/openai.observeOpenAI', passThrough: 'arg0' },
      { match: 'langsmith/wrappers*.wrapOpenAI', passThrough: 'arg0' }, { match: 'langsmith/wrappers*.wrapSDK', passThrough: 'arg0' },
      { match: 'langfuse.Langfuse', type: 'langfuse.client' }, { match: 'langfuse', type: 'langfuse.client' },
      { match: 'langfuse.client#trace', type: 'langfuse.trace' },
      ...['span', 'generation'].flatMap(m => [{ match: `langfuse.client#${m}`, type: 'langfuse.trace' }, { match: `langfuse.trace#${m}`, type: 'langfuse.trace' }]),
    ],
    sinks: [
      ...['trace', 'span', 'generation', 'event', 'score'].map(m => ({ match: `langfuse.client#${m}` })),
      ...['span', 'generation', 'event', 'score', 'update', 'end'].map(m => ({ match: `langfuse.trace#${m}` })),
    ],
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
