// Auto-instrumentation started in another module of the project (a telemetry.py imported at start-up): the LLM calls
// of the instrumented SDK have its facets covered, with the other file as the evidence; the cache notices when it goes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const scan = (cwd, ...extra) => {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '-f', 'json', '--no-progress', ...extra], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout);
};

const APP = `from openai import OpenAI

import telemetry  # noqa: F401  (starts the tracing)

client = OpenAI()


def reply(question):
    r = client.chat.completions.create(model="gpt-4o-mini-2024-07-18", messages=[{"role": "user", "content": question}])
    return r.choices[0].message.content
`;
const TELEMETRY = `from traceloop.sdk import Traceloop

Traceloop.init(app_name="support")
`;

test('an instrumentation started in telemetry.py covers the model, prompt, completion, latency and errors of app.py\'s OpenAI call', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-instr-'));
  fs.writeFileSync(path.join(dir, 'app.py'), APP);
  fs.writeFileSync(path.join(dir, 'telemetry.py'), TELEMETRY);
  const facetsOf = out => out.files.find(f => f.path === 'app.py').inferencePoints[0].facets;
  const f = facetsOf(scan(dir));
  for (const facet of ['model-version', 'inputs', 'outputs', 'latency', 'errors']) {
    assert.equal(f[facet].covered, true, facet);
    assert.deepEqual(f[facet].evidence.recordedIn, { path: 'telemetry.py', line: 3, text: 'Traceloop.init(app_name="support")' }, facet);
    assert.equal(f[facet].evidence.line, 9, 'the call site is the local evidence');
    assert.match(f[facet].note, /^recorded by OpenLLMetry \(Traceloop\.init\), started at telemetry\.py:3/);
  }
  assert.equal(f['prediction-id'].covered, false, 'no id the caller gets back');
  // the instrumentation removed: app.py, unchanged, is analysed again (its cached answer about the project changed)
  fs.writeFileSync(path.join(dir, 'telemetry.py'), 'import logging\n');
  const after = facetsOf(scan(dir));
  assert.equal(after.inputs.covered, false);
  assert.equal(after.latency.covered, false);
});

test('an instrumentor of one SDK does not cover another SDK\'s calls, in the same file or another', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-instr-'));
  fs.writeFileSync(path.join(dir, 'app.py'), APP.replace('from openai import OpenAI', 'from anthropic import Anthropic as OpenAI').replace('client.chat.completions.create(', 'client.messages.create(max_tokens=100, '));
  fs.writeFileSync(path.join(dir, 'telemetry.py'), 'from opentelemetry.instrumentation.openai import OpenAIInstrumentor\n\nOpenAIInstrumentor().instrument()\n');
  const point = scan(dir, '--no-cache').files.find(f => f.path === 'app.py').inferencePoints[0];
  assert.match(point.callee, /anthropic/);
  assert.equal(point.facets.inputs.covered, false);
});

const MIDDLEWARE = `import uuid

import structlog
from starlette.middleware.base import BaseHTTPMiddleware


class RequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        rid = request.headers.get("x-request-id") or str(uuid.uuid4())
        structlog.contextvars.bind_contextvars(request_id=rid)
        response = await call_next(request)
        response.headers["x-request-id"] = rid
        return response
`;
const HANDLER = `import joblib
import logging
import structlog

log = structlog.get_logger()
plain = logging.getLogger(__name__)
model = joblib.load("model.joblib")


def score(x):
    y = model.predict([x])
    log.info("scored", score=float(y[0]))
    return float(y[0])


def score_plain(x):
    y = model.predict([x])
    plain.info("scored %s", y[0])
    return float(y[0])
`;

test('a request id bound to the context in a middleware module is carried by the structlog records of another module, not by its stdlib logging records', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-ctx-'));
  fs.writeFileSync(path.join(dir, 'middleware.py'), MIDDLEWARE);
  fs.writeFileSync(path.join(dir, 'handler.py'), HANDLER);
  const [viaStructlog, viaLogging] = scan(dir, '--no-cache').files.find(f => f.path === 'handler.py').inferencePoints;
  const id = viaStructlog.facets['prediction-id'];
  assert.equal(id.covered, true);
  assert.equal(id.evidence.line, 12, 'the record that carries it');
  assert.deepEqual(id.evidence.recordedIn, { path: 'middleware.py', line: 10, text: 'structlog.contextvars.bind_contextvars(request_id=rid)' });
  assert.match(id.note, /^at request level: request_id bound to the request's context at middleware\.py:10/);
  assert.equal(viaLogging.facets['prediction-id'].covered, false, 'a stdlib logging record does not carry structlog\'s context');
});

test('loguru: a request id contextualized in a middleware module is carried by the loguru records of a handler module', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-ctx-'));
  fs.writeFileSync(path.join(dir, 'middleware.py'), `import uuid

from loguru import logger


async def request_id_middleware(request, call_next):
    with logger.contextualize(request_id=request.headers.get("x-request-id", str(uuid.uuid4()))):
        return await call_next(request)
`);
  fs.writeFileSync(path.join(dir, 'handler.py'), `import joblib
from loguru import logger

model = joblib.load("model.joblib")


def score(x):
    y = model.predict([x])
    logger.info("scored {}", y[0])
    return float(y[0])
`);
  const [point] = scan(dir, '--no-cache').files.find(f => f.path === 'handler.py').inferencePoints;
  assert.equal(point.facets['prediction-id'].covered, true);
  assert.deepEqual(point.facets['prediction-id'].evidence.recordedIn.path, 'middleware.py');
  assert.equal(point.facets['prediction-id'].evidence.recordedIn.line, 7);
});

test('recording functions at any depth: a wrapper in one module passing its parameter to another module\'s recorder records it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-deep-'));
  fs.mkdirSync(path.join(dir, 'telemetry'));
  fs.writeFileSync(path.join(dir, 'telemetry', '__init__.py'), '');
  fs.writeFileSync(path.join(dir, 'telemetry', 'core.py'), 'import logging\n\nlog = logging.getLogger("predictions")\n\n\ndef emit(value):\n    log.info("prediction", extra={"prediction": value})\n');
  fs.writeFileSync(path.join(dir, 'helpers.py'), 'from telemetry.core import emit\n\n\ndef log_prediction(score):\n    emit(score)\n\n\ndef log_nothing(score):\n    return None\n');
  fs.writeFileSync(path.join(dir, 'app.py'), 'import joblib\n\nfrom helpers import log_nothing, log_prediction\n\nmodel = joblib.load("m.joblib")\n\n\ndef a(x):\n    y = model.predict([x])\n    log_prediction(y)\n    return y\n\n\ndef b(x):\n    y = model.predict([x])\n    log_nothing(y)\n    return y\n');
  const [viaTwo, viaNone] = scan(dir, '--no-cache').files.find(f => f.path === 'app.py').inferencePoints;
  assert.equal(viaTwo.facets.outputs.covered, true);
  assert.equal(viaTwo.facets.outputs.evidence.line, 10);
  assert.equal(viaTwo.facets.outputs.evidence.recordedIn.path, 'helpers.py');
  assert.equal(viaNone.facets.outputs.covered, false, 'a wrapper that records nothing');
});
