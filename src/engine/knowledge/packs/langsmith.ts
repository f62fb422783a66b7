import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'langsmith',
  name: 'LangSmith feedback',
  languages: ['python', 'typescript'],
  description: 'LangSmith feedback on a run (`Client().create_feedback(run_id, key, score=…)`, `createFeedback` in JS) is the outcome of a prediction, keyed by its run: evidence of the outcome service facet (MLO006).',
  tables: {
    producers: [{ match: 'langsmith.Client', type: 'langsmith.client' }],
    serviceEvidence: [
      { match: 'langsmith.client#create_feedback', facet: 'outcome' }, { match: 'langsmith.client#createFeedback', facet: 'outcome' },
    ],
  },
};
export default pack;
