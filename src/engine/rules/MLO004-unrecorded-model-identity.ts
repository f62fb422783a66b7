import type { Rule } from './types';

/** A model is loaded, but nothing that names it ever reaches a log, span or metric. */
export const unrecordedModelIdentity: Rule = {
  meta: { code: 'MLO004', name: 'unrecorded-model-identity', summary: 'Loaded model identity is never recorded', defaultSeverity: 'warning', languages: ['python', 'typescript', 'javascript'], facet: 'model-version', fix: 'unsafe' },
  docs: {
    whatItDoes: 'Reports a model load when neither the reference it was loaded from (path, URI, name, revision) nor any field named like a model version is recorded anywhere in the file — not at load time, not with predictions.',
    whyItMatters: 'When a prediction goes wrong, the first question is which model made it. If the service never says what it loaded, the answer depends on deployment archaeology.',
    example: '```python\nmodel = joblib.load(os.environ["MODEL_PATH"])\n```',
    useInstead: '```python\nMODEL_PATH = os.environ["MODEL_PATH"]\nmodel = joblib.load(MODEL_PATH)\nlogger.info("model loaded", extra={"model_uri": MODEL_PATH})\n```',
    fixSafety: 'The quick fix inserts one record after the load with the reference it was loaded from (`model_uri`), creating a module logger if the file has none. It changes what the service logs, so it is unsafe.',
    options: '`severity.MLO004`; `knowledge.fieldNames["model-version"]` for in-house field names.',
  },
  check(ctx) {
    return ctx.loads.flatMap((l, i) => l.recorded || l.load.kind === 'llm' ? [] : [{
      code: 'MLO004', facet: 'model-version', range: l.load.call.callee.r, loadIndex: i,
      message: `the identity of the model loaded by ${l.load.callee} is never recorded`,
    }]);
  },
};
