import type { Rule } from './types';

/**
 * A service whose files, together, record none of a required service facet. Service facets are checked across the
 * service's files (and its deployment files), not per call, so the finding is made by the project step
 * (`servicesOf` / `withServiceFindings` in services.ts) at the service's first entry point; per file it finds nothing.
 */
export const missingServiceFacets: Rule = {
  meta: { code: 'MLO006', name: 'missing-service-facets', summary: 'Service does not record required service facets', defaultSeverity: 'info', languages: ['python', 'typescript', 'javascript'], fix: 'none', scope: 'service' },
  docs: {
    whatItDoes: 'Groups the project\'s files into services (declared in `mlobs.json` `services`, else the nearest folder with a manifest — `package.json`, `pyproject.toml`, `requirements.txt`, a Dockerfile… — of the files that make predictions) and checks, across each service\'s files and deployment files, the catalog\'s service facets: **deployment context** (an OpenTelemetry `Resource`, `NodeSDK({ resource })`, Sentry `init(release=…, environment=…)`, pino `base`, winston `defaultMeta`, a record naming `service.version`/`environment`/`region`…, or `OTEL_RESOURCE_ATTRIBUTES`/`OTEL_SERVICE_NAME`, `DD_ENV`/`DD_VERSION`, `SENTRY_RELEASE` in a Dockerfile, Compose file, Kubernetes manifest or `.env` when the service uses that SDK); **outcome** (a record, or a write to any store — an ORM row, a table insert — with an outcome, label or feedback field and a prediction id; LangSmith `create_feedback`, Langfuse scores); **upstream provenance**, required only when the service reads a feature store (Feast, Tecton, Hopsworks): the read\'s result or a `feature_version`/`data_version` recorded. Segment context is checked and shown but not required by default. Reports the required facets no file of the service records, once, at the service\'s first entry point (its app object, framework class or handler module, else its first route). Predictions without an entry point (a script, a batch job, a library) are not a service and are not checked.',
    whyItMatters: 'A prediction log without the service version and environment cannot tell which deployment answered, so a regression cannot be tied to a rollout. Without outcomes keyed by the prediction id, the model is never validated in production: drift is noticed only when users complain. Without the versions of the features it read, a wrong answer caused by stale or changed upstream data looks like a model fault.',
    example: '```python\n# app.py — the service\'s only record of itself\napp = FastAPI()\n\n@app.post("/predict")\ndef predict(req: Req):\n    return {"score": model.predict([req.features])[0]}\n```',
    useInstead: '```python\n# telemetry.py\nresource = Resource.create({"service.name": "scoring", "service.version": VERSION,\n                            "deployment.environment.name": ENV})\n\n# feedback.py\n@app.post("/feedback")\ndef feedback(f: Feedback):\n    logger.info("outcome", extra={"prediction_id": f.prediction_id, "actual": f.actual})\n```',
    fixSafety: 'No quick fix: where a service records its deployment context, and whether outcomes can be collected at all, are design decisions. Outcomes are often infeasible to collect: waive the facet with a reason (`waivers: [{ "facet": "outcome", "reason": "labels arrive in the warehouse", "paths": ["services/scoring"] }]`).',
    options: '`requiredServiceFacets` (default deployment-context, upstream-provenance, outcome), `services` (name, root, entry-point globs), `waivers` (facet, reason, paths: globs matched against the service\'s root and entry files), `severity.MLO006`.',
  },
  check: () => [],
};
