import type { Rule } from './types';

/** A prediction id is logged but never leaves the service, so outcomes cannot be joined to it. */
export const unjoinablePrediction: Rule = {
  meta: { code: 'MLO005', name: 'unjoinable-prediction', summary: 'Prediction id is logged but not returned or propagated', defaultSeverity: 'info', languages: ['python', 'typescript', 'javascript'], facet: 'prediction-id', fix: 'unsafe' },
  docs: {
    whatItDoes: 'Reports an inference point whose prediction id is generated and logged in the handler but neither returned in the response, written to a response header, nor taken from the caller or the trace.',
    whyItMatters: 'Ground truth arrives later — a chargeback, a click, a human label — through the caller. If the caller never learns the id, the outcome can never be joined to the logged prediction, and the model cannot be validated in production.',
    example: '```python\nrid = str(uuid.uuid4())\nlogger.info("pred", extra={"request_id": rid, "score": score})\nreturn {"score": score}\n```',
    useInstead: '```python\nrid = str(uuid.uuid4())\nlogger.info("pred", extra={"request_id": rid, "score": score})\nreturn {"score": score, "request_id": rid}\n```',
    fixSafety: 'The quick fix adds the id the function already records to the objects it returns or sends after the prediction (`return {…, "request_id": rid}`, `res.json({…, requestId})`). It changes the response the API returns, so it is unsafe; where the function returns no object (a bare value, a stream) no fix is offered: where the id goes is then an API decision.',
    options: '`severity.MLO005`.',
  },
  check(ctx) {
    return ctx.points.flatMap((p, i) => p.predictionId.logged && !p.predictionId.joinable ? [{
      code: 'MLO005', facet: 'prediction-id', range: p.point.range, pointIndex: i,
      message: 'the prediction id is logged but never returned or propagated, so outcomes cannot be joined to it',
    }] : []);
  },
};
