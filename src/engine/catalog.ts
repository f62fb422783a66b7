/**
 * The observability catalog (see shared/catalog.md) as data. Every part of the product — analyser,
 * CLI, docs, sidebar — reads facet ids, labels and uses from here; nothing else spells them.
 */
export type Use = 'validate' | 'detect' | 'diagnose' | 'explain';
export type FacetScope = 'inference' | 'service';

export interface FacetDefinition {
  id: string;
  label: string;
  scope: FacetScope;
  uses: Use[];
  records: string;
  evidence: string;
}

export const FACETS: readonly FacetDefinition[] = [
  { id: 'model-version', label: 'model version', scope: 'inference', uses: ['diagnose', 'explain', 'validate'],
    records: 'which model made the prediction: name plus an immutable version (registry version, artifact hash, commit revision, run id)',
    evidence: 'a log/span/metric field such as model_version, model_uri, ml.model.version, gen_ai.request.model; the value used to load the model reaching a sink' },
  { id: 'inputs', label: 'inputs', scope: 'inference', uses: ['detect', 'diagnose', 'explain'],
    records: 'the features or request fed to the model, or a hash/sample of them',
    evidence: 'the input variable (or a value derived from it) reaches a log/span/monitor call' },
  { id: 'outputs', label: 'outputs', scope: 'inference', uses: ['detect', 'validate', 'explain'],
    records: 'the prediction: label/value, score or probability, top-k',
    evidence: 'the prediction variable (or a value derived from it) reaches a sink' },
  { id: 'prediction-id', label: 'prediction id', scope: 'inference', uses: ['validate', 'diagnose'],
    records: 'a unique id for this prediction (request id, trace id), logged with it and returned or propagated so outcomes can be joined later',
    evidence: 'uuid4()/randomUUID() logged and returned; bound request ids; x-request-id echoed; trace id of the current span' },
  { id: 'latency', label: 'latency', scope: 'inference', uses: ['detect'],
    records: 'duration of the model call',
    evidence: 'a perf_counter()/performance.now() pair logged; Histogram.time(); startTimer(); a span opened around the call' },
  { id: 'errors', label: 'errors', scope: 'inference', uses: ['detect', 'diagnose'],
    records: 'failures of the call are recorded, not swallowed; fallback predictions are marked',
    evidence: 'try/except (catch) around the call that logs, counts or records the exception; a span around the call' },
  { id: 'input-validation', label: 'input validation', scope: 'inference', uses: ['detect', 'diagnose'],
    records: 'inputs are checked (schema, type, range, nulls; NaN/inf on outputs) and the result recorded',
    evidence: 'pydantic/pandera/zod/ajv validation before the call' },
  { id: 'decision', label: 'decision', scope: 'inference', uses: ['explain', 'diagnose'],
    records: 'the action taken after thresholds or business rules, when it differs from the raw output',
    evidence: 'a log field decision, threshold, rule_id, overridden next to the prediction' },
  { id: 'deployment-context', label: 'deployment context', scope: 'service', uses: ['diagnose', 'explain'],
    records: 'service name and version, environment, host/pod, region, rollout variant, relevant config',
    evidence: 'OTel Resource attributes (service.version, deployment.environment.name), default logger fields' },
  { id: 'upstream-provenance', label: 'upstream provenance', scope: 'service', uses: ['diagnose', 'explain'],
    records: 'versions and freshness of upstream data and features',
    evidence: 'feature_version, pipeline_run_id, data_snapshot fields; logged feature-store refs' },
  { id: 'outcome', label: 'outcome', scope: 'service', uses: ['validate', 'explain'],
    records: 'the later ground truth, feedback or business outcome, keyed by the prediction id',
    evidence: 'a feedback handler that records actual/outcome with the prediction id' },
  { id: 'segment-context', label: 'segment context', scope: 'service', uses: ['explain', 'diagnose'],
    records: 'business context that explains shifts: segment, market, channel, device',
    evidence: 'low-cardinality fields or tags next to the prediction' },
];

export const FACET_IDS = FACETS.map(f => f.id);
export const INFERENCE_FACET_IDS = FACETS.filter(f => f.scope === 'inference').map(f => f.id);
export const DEFAULT_REQUIRED_FACETS = ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors'];

export function facetById(id: string): FacetDefinition | undefined {
  return FACETS.find(f => f.id === id);
}
