import type { Rule } from './types';

/** A model loaded by a reference that can change under a running service. */
export const unpinnedModel: Rule = {
  meta: { code: 'MLO003', name: 'unpinned-model', summary: 'Model is loaded by a moving reference', defaultSeverity: 'warning', languages: ['python', 'typescript', 'javascript'], facet: 'model-version', fix: 'unsafe' },
  docs: {
    whatItDoes: 'Reports model loads whose reference can move: `from_pretrained("org/name")` or `pipeline(model=…)` without a commit `revision`, `models:/name/latest`, registry stages and aliases, BentoML `name:latest`, model URLs without a version, and hosted LLM aliases such as `gpt-4o` instead of a dated snapshot. Files of the project (`local`) or of a mounted volume and references decided outside the code (`unknown`: environment, settings, parameters) are not reported; the JSON output gives every load\'s `pin` state and reason.',
    whyItMatters: 'When the reference moves, the service starts answering with a different model and nothing in the code or the logs says so. A pinned reference makes every prediction attributable to one immutable artifact.',
    example: '```python\nmodel = AutoModelForSequenceClassification.from_pretrained("distilbert-base-uncased-finetuned-sst-2-english")\n```',
    useInstead: '```python\nmodel = AutoModelForSequenceClassification.from_pretrained(\n    "distilbert-base-uncased-finetuned-sst-2-english", revision="714eb0fa89d2f80546fda750413ed43d93601a13")\n```',
    fixSafety: 'For Hugging Face loads the quick fix inserts `revision="PIN-COMMIT-SHA"`, a placeholder to replace with the commit sha (in the editor a snippet tab stop, selected to be typed over); until then the finding stays, naming the placeholder as a moving reference. It changes which model is loaded, so it is unsafe. For a hosted model alias spelt at the call (`model="gpt-4o-mini"`), the quick fixes offer the dated snapshots the knowledge tables know (`gpt-4o-mini-2024-07-18`), newest first. Registry stages have no automatic fix: the right version is a decision.',
    options: '`severity.MLO003`; `knowledge.producers` rows with `load.pin` for in-house loaders; `knowledge.pinnedModelNamePatterns` for LLM snapshot names.',
  },
  check(ctx) {
    // only a reference that moves by design: a file of the project (`local`) or on a mounted volume is a question
    // of identity (MLO004), and one decided outside the code (`unknown`) cannot be judged here
    return ctx.loads.flatMap((l, i) => !l.load.moving ? [] : [{
      code: 'MLO003', facet: 'model-version', range: l.load.range, loadIndex: i,
      message: l.load.kind === 'llm' ? `model ${l.load.pinReason}; pin a dated snapshot` : `model is not pinned: ${l.load.pinReason}`,
    }]);
  },
};
