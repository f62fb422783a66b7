import type { Rule } from './types';

/** An except/catch around inference that neither records the failure nor re-raises it. */
export const silentFailure: Rule = {
  meta: { code: 'MLO002', name: 'silent-failure', summary: 'Inference failure is swallowed without a record', defaultSeverity: 'warning', languages: ['python', 'typescript', 'javascript'], facet: 'errors', fix: 'unsafe' },
  docs: {
    whatItDoes: 'Reports an `except` (or `catch`) clause around an inference call that neither logs, counts or records the exception nor re-raises it — typically `except Exception: return default`.',
    whyItMatters: 'A swallowed failure turns an outage into wrong answers: the service keeps returning a default prediction and no dashboard shows it. Fallbacks are fine when they are recorded and marked.',
    example: '```python\ntry:\n    score = model.predict_proba(x)[0, 1]\nexcept Exception:\n    return 0.0\n```',
    useInstead: '```python\ntry:\n    score = model.predict_proba(x)[0, 1]\nexcept Exception:\n    logger.exception("prediction failed; returning fallback", extra={"fallback": True})\n    PREDICTION_ERRORS.inc()\n    return 0.0\n```',
    fixSafety: 'The quick fix inserts `logger.exception(…)` as the first statement of the handler (creating a module logger if the file has none). It changes what the service logs, so it is unsafe.',
    options: '`severity.MLO002`.',
  },
  check(ctx) {
    const seen = new Set<string>();
    return ctx.points.flatMap((p, i) => {
      const at = p.errorHandling.swallowedAt;
      if (!at) return [];
      const key = `${at.start.line}:${at.start.col}`;
      if (seen.has(key)) return [];
      seen.add(key);
      // The squiggle covers the clause's keyword (`except`, `catch`), not the whole handler.
      const keyword = /^\w+/.exec((ctx.lines[at.start.line] ?? '').slice(at.start.col))?.[0] ?? '';
      const range = { start: at.start, end: { line: at.start.line, col: at.start.col + keyword.length } };
      return [{ code: 'MLO002', facet: 'errors', range, message: `failure of ${p.point.callee} is swallowed here: nothing is logged or re-raised`, pointIndex: i }];
    });
  },
};
