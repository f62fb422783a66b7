import { facetById } from '../catalog';
import type { Rule } from './types';

/** One finding per inference point that does not record every required facet. */
export const missingFacets: Rule = {
  meta: { code: 'MLO001', name: 'missing-facets', summary: 'Prediction does not record required observability facets', defaultSeverity: 'warning', languages: ['python', 'typescript', 'javascript'], fix: 'unsafe' },
  docs: {
    whatItDoes: 'Checks every inference point (a call that runs a model) for the facets the project requires — by default model version, inputs, outputs, prediction id, latency and errors — and reports the ones that no log, span, metric or monitor call records.',
    whyItMatters: 'Models fail silently: a wrong answer does not crash. Without the model version, the inputs, the output and an id on each prediction, a team cannot notice drift, reproduce a bad answer or join it to the outcome later.',
    example: '```python\npred = model.predict(features)\nreturn {"label": int(pred[0])}\n```',
    useInstead: '```python\nrequest_id = str(uuid.uuid4())\nstart = time.perf_counter()\npred = model.predict(features)\nlogger.info("prediction", extra={"request_id": request_id, "model_version": MODEL_VERSION,\n    "features": features, "prediction": int(pred[0]), "latency_ms": (time.perf_counter() - start) * 1000})\nreturn {"label": int(pred[0]), "request_id": request_id}\n```',
    fixSafety: 'Quick fixes insert instrumentation — a record after the prediction in the file\'s logger style (stdlib `extra`, structlog keywords, loguru `bind`), a request id returned with the response, a timer pair, a try/except that records and re-raises — plus the imports they need. Inputs are recorded as a SHA-256 hash by default; recording raw inputs is a separate fix that says it may log personal data. The fixes change what the service records and how it fails, so they are unsafe: "fix all" applies them only when `mlobs.fixAll.includeInstrumentation` is on.',
    options: '`requiredFacets` (which facets to require), `waivers` (facet, reason, paths), `severity.MLO001`.',
  },
  check(ctx) {
    return ctx.points.flatMap((p, i) => {
      const missing = ctx.requiredFacets.filter(f => p.facets[f] && !p.facets[f].covered && !p.facets[f].waived);
      if (!missing.length) return [];
      const labels = missing.map(f => facetById(f)?.label ?? f).join(', ');
      return [{ code: 'MLO001', range: p.point.range, message: `prediction does not record: ${labels}`, facets: missing, pointIndex: i }];
    });
  },
};
