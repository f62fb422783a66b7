import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'langsmith',
  name: 'LangSmith tracing and feedback',
  languages: ['python', 'typescript'],
  description: 'LangSmith feedback on a run (`Client().create_feedback(run_id, key, score=…)`, `createFeedback` in JS) is the outcome of a prediction, keyed by its run: evidence of the outcome service facet (MLO006). `@traceable` functions have their arguments, return value, duration and errors recorded (at function level).',
  tables: {
    producers: [{ match: 'langsmith.Client', type: 'langsmith.client' }],
    // `@traceable` (and JS `traceable(fn)`) records each run's inputs, outputs, duration and error by default
    regions: [
      { match: 'langsmith.traceable', covers: ['latency', 'errors'], records: ['inputs', 'outputs'] },
      { match: 'langsmith.run_helpers.traceable', covers: ['latency', 'errors'], records: ['inputs', 'outputs'] },
      { match: 'langsmith/traceable.traceable', covers: ['latency', 'errors'], records: ['inputs', 'outputs'] },
    ],
    serviceEvidence: [
      { match: 'langsmith.client#create_feedback', facet: 'outcome' }, { match: 'langsmith.client#createFeedback', facet: 'outcome' },
    ],
  },
};
export default pack;
