// Evidence points at the field that proves a facet, not at the first line of a record spread over many lines.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../lib/engine.mjs';

const evidence = r => Object.fromEntries(Object.entries(r.inferencePoints[0].facets).filter(([, v]) => v.evidence).map(([k, v]) => [k, [v.evidence.line + 1, v.evidence.text]]));

test('Python: each facet at its key inside extra={…}', async () => {
  const py = [
    'import logging, time, uuid',
    'import joblib',
    'logger = logging.getLogger(__name__)',
    'model = joblib.load("models/churn.joblib")',
    'def predict(features):',
    '    request_id = str(uuid.uuid4())',
    '    start = time.perf_counter()',
    '    result = model.predict(features)',
    '    logger.info(',
    '        "prediction",',
    '        extra={',
    '            "model_version": "churn-v3",',
    '            "inputs": features,',
    '            "prediction": result.tolist(),',
    '            "request_id": request_id,',
    '            "latency_ms": (time.perf_counter() - start) * 1000,',
    '        },',
    '    )',
    '    return result',
  ].join('\n');
  assert.deepEqual(evidence(await analyze('svc.py', py)), {
    'model-version': [12, '"model_version": "churn-v3",'],
    inputs: [13, '"inputs": features,'],
    outputs: [14, '"prediction": result.tolist(),'],
    'prediction-id': [15, '"request_id": request_id,'],
    latency: [16, '"latency_ms": (time.perf_counter() - start) * 1000,'],
  });
});

test('TypeScript: an output field is not the model field beside it; a bound field is at its bind', async () => {
  const ts = [
    'import OpenAI from "openai";',
    'import pino from "pino";',
    'const logger = pino();',
    'const client = new OpenAI();',
    'export async function ask(q: string, requestId: string) {',
    '  const log = logger.child({ requestId });',
    '  const t0 = performance.now();',
    '  const resp = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages: [{ role: "user", content: q }] });',
    '  log.info(',
    '    {',
    '      model: resp.model,',
    '      prompt: q,',
    '      answer: resp.choices[0].message.content,',
    '      latencyMs: performance.now() - t0,',
    '    },',
    '    "llm call",',
    '  );',
    '  return resp;',
    '}',
  ].join('\n');
  assert.deepEqual(evidence(await analyze('ask.ts', ts)), {
    'model-version': [11, 'model: resp.model,'],
    inputs: [12, 'prompt: q,'],
    outputs: [13, 'answer: resp.choices[0].message.content,'],
    'prediction-id': [6, 'const log = logger.child({ requestId });'],
    latency: [14, 'latencyMs: performance.now() - t0,'],
  });
});

test('a one-line record keeps its line', async () => {
  const py = 'import joblib, logging\nlog = logging.getLogger()\nm = joblib.load("m.joblib")\ndef f(x):\n    y = m.predict(x)\n    log.info("p", extra={"inputs": x, "prediction": y})\n    return y\n';
  const ev = evidence(await analyze('one.py', py));
  assert.deepEqual(ev.inputs, [6, 'log.info("p", extra={"inputs": x, "prediction": y})']);
  assert.deepEqual(ev.outputs, ev.inputs);
});
