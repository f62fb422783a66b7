// Request scope: what middleware, hooks and request-level instrumentation record of a prediction made in a handler, and
// how the evidence says it is at request level (a request's id, a request's status), or why a request timer is not the
// model call's latency. Runs the CLI on the fixture projects under test/services/ and on small projects made here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const scan = cwd => {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '-f', 'json', '--no-progress', '--no-cache'], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout);
};
const project = name => path.join(ROOT, 'test', 'services', name);
const pointAt = (report, file, line) => {
  const f = report.files.find(x => x.path.split(path.sep).join('/') === file);
  const p = f?.inferencePoints.find(x => x.line === line);
  assert.ok(p, `${file}:${line}: no inference point`);
  return { point: p, findings: f.findings.filter(x => x.line === line).map(x => x.code) };
};
/** A copy of a fixture project with files' texts changed (`{ file: text => newText }`, or one file and its change). */
function variant(name, file, change) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-reqscope-'));
  fs.cpSync(project(name), dir, { recursive: true });
  const changes = typeof file === 'string' ? { [file]: change } : file;
  for (const [rel, fn] of Object.entries(changes)) {
    const f = path.join(dir, rel);
    fs.writeFileSync(f, fn(fs.readFileSync(f, 'utf8')));
  }
  return dir;
}

test('a request id a middleware module gives each request, recorded by a handler, is the prediction id at request level, with the middleware as recordedIn', () => {
  const { point, findings } = pointAt(scan(project('ts-express-request-context')), 'src/server.ts', 23);
  const id = point.facets['prediction-id'];
  assert.equal(id.covered, true);
  assert.equal(id.evidence.line, 25, 'the record that carries req.id');
  assert.deepEqual(id.evidence.recordedIn, { path: 'src/middleware/requestContext.ts', line: 7, text: 'req.id = id;' });
  assert.match(id.note, /^at request level: the request's id, given to it by a request-id middleware at requestContext\.ts:7/);
  assert.ok(!findings.includes('MLO005'), 'the middleware sends the id back (X-Request-Id): joinable');
});

test('a request id the middleware does not send back is logged but not joinable (MLO005)', () => {
  const dir = variant('ts-express-request-context', 'src/middleware/requestContext.ts', t => t.replace("  res.setHeader('X-Request-Id', id);\n", ''));
  const { point, findings } = pointAt(scan(dir), 'src/server.ts', 23);
  assert.equal(point.facets['prediction-id'].covered, true);
  assert.ok(findings.includes('MLO005'));
});

test('a request timer is not the model call\'s latency: latency stays uncovered and its note names the timer; morgan covers errors with the request\'s status', () => {
  const { point } = pointAt(scan(project('ts-express-request-context')), 'src/server.ts', 30);
  assert.equal(point.facets.latency.covered, false);
  assert.equal(point.facets.latency.evidence, undefined, 'no evidence for what is not covered');
  assert.match(point.facets.latency.note, /^only at request level: a request-timing middleware at timing\.ts:7 times each request, not the model call$/);
  assert.equal(point.facets.errors.covered, true);
  assert.match(point.facets.errors.note, /^at request level: morgan, started at line 20, logs the status of each response: .*not the model call's error/);
  for (const f of ['inputs', 'outputs', 'model-version']) assert.ok(!point.facets[f].note?.includes('morgan'), `morgan records no ${f}`);
});

test('morgan times requests only in the formats that log :response-time ("combined" does not)', () => {
  // (the timing middleware gone: a middleware is one by its shape, registered or not)
  const noTimer = () => 'export const timing = () => undefined;\n';
  const dir = variant('ts-express-request-context', { 'src/middleware/timing.ts': noTimer });
  assert.equal(pointAt(scan(dir), 'src/server.ts', 23).point.facets.latency.note, undefined, "morgan('combined') logs no response time");
  const tiny = variant('ts-express-request-context', { 'src/middleware/timing.ts': noTimer, 'src/server.ts': t => t.replace("morgan('combined')", "morgan('tiny')") });
  assert.match(pointAt(scan(tiny), 'src/server.ts', 23).point.facets.latency.note, /^only at request level: morgan at line 20 times each request, not the model call$/);
});

test('express-request-id with setHeader: false keeps the id in the service (MLO005)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-reqscope-'));
  const src = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'packs', 'express-request-id', 'classify.ts'), 'utf8');
  fs.writeFileSync(path.join(dir, 'classify.ts'), src);
  assert.ok(!pointAt(scan(dir), 'classify.ts', 15).findings.includes('MLO005'));
  fs.writeFileSync(path.join(dir, 'classify.ts'), src.replace('requestID()', 'requestID({ setHeader: false })'));
  const { point, findings } = pointAt(scan(dir), 'classify.ts', 15);
  assert.match(point.facets['prediction-id'].note, /^at request level: the request's id, given to it by express-request-id at line 12/);
  assert.ok(findings.includes('MLO005'));
});

test('Fastify\'s request logger: request.log records in a routes module carry reqId, with the app\'s Fastify({ logger }) as recordedIn; the app\'s own logger does not', () => {
  const report = scan(project('ts-fastify-logger'));
  const id = pointAt(report, 'src/routes.ts', 8).point.facets['prediction-id'];
  assert.equal(id.covered, true);
  assert.equal(id.evidence.line, 9);
  assert.equal(id.evidence.recordedIn.path, 'src/app.ts');
  assert.equal(id.evidence.recordedIn.line, 10);
  assert.match(id.note, /^at request level: reqId bound to the request's context at app\.ts:10 \(Fastify's request logger\)/);
  assert.equal(pointAt(report, 'src/routes.ts', 14).point.facets['prediction-id'].covered, false);
  const quiet = variant('ts-fastify-logger', 'src/app.ts', t => t.replace('Fastify({ logger: true })', 'Fastify()'));
  assert.equal(pointAt(scan(quiet), 'src/routes.ts', 8).point.facets['prediction-id'].covered, false, 'no logger, no reqId');
});

test('Flask: g.rid set in a before_request hook of another module is the view\'s prediction id; the exporter counts failures at request level', () => {
  const { point, findings } = pointAt(scan(project('py-flask-g-request-id')), 'app.py', 26);
  const id = point.facets['prediction-id'];
  assert.deepEqual(id.evidence.recordedIn, { path: 'hooks.py', line: 11, text: 'g.rid = request.headers.get("X-Request-ID") or str(uuid.uuid4())' });
  assert.match(id.note, /^at request level: the request's id/);
  assert.ok(!findings.includes('MLO005'), 'after_request echoes it');
  assert.match(point.facets.errors.note, /^at request level: prometheus-flask-exporter, started at line 18, counts each request by its status/);
  assert.match(point.facets.latency.note, /^only at request level: prometheus-flask-exporter/);
});

test('FastAPI: request.state set by a BaseHTTPMiddleware.dispatch of another module; the handler\'s own timer covers latency, the middleware\'s does not', () => {
  const report = scan(project('py-fastapi-request-middleware'));
  const timed = pointAt(report, 'app/main.py', 26).point;
  assert.equal(timed.facets['prediction-id'].evidence.recordedIn.path, 'app/middleware.py');
  assert.equal(timed.facets.latency.covered, true);
  assert.equal(timed.facets.latency.note, undefined, 'timed by the handler itself: not a request-level note');
  const quick = pointAt(report, 'app/main.py', 34).point;
  assert.match(quick.facets.latency.note, /^only at request level: a request-timing middleware at middleware\.py:18/);
});

test('a middleware in a project without a model: no finding at all', () => {
  const report = scan(project('quiet-request-middleware'));
  assert.deepEqual(report.files.flatMap(f => f.findings), []);
  assert.deepEqual(report.services, []);
});

test('AsyncLocalStorage bound in a middleware module, read back by a handler module\'s record', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-reqscope-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "als", "private": true }');
  fs.writeFileSync(path.join(dir, 'context.ts'), `import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestContext(req, res, next) {
  const store = { requestId: randomUUID() };
  requestContext.run(store, next);
}
`);
  fs.writeFileSync(path.join(dir, 'server.ts'), `import express from 'express';
import OpenAI from 'openai';
import pino from 'pino';
import { requestContext, withRequestContext } from './context';

const logger = pino();
const openai = new OpenAI();
const app = express();
app.use(withRequestContext);

app.post('/answer', async (req, res) => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: req.body.messages });
  logger.info({ ...requestContext.getStore(), answer: r.choices[0].message.content }, 'answered');
  res.json({ answer: r.choices[0].message.content });
});
`);
  const id = pointAt(scan(dir), 'server.ts', 12).point.facets['prediction-id'];
  assert.equal(id.covered, true);
  assert.deepEqual(id.evidence.recordedIn, { path: 'context.ts', line: 8, text: 'requestContext.run(store, next);' });
  assert.match(id.note, /^at request level: requestId bound to the request's context at context\.ts:8 \(AsyncLocalStorage\)/);
});

test('SARIF: related locations of a request-level facet say so, with the middleware as the other location', () => {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '-f', 'sarif', '--no-progress', '--no-cache'], { cwd: project('ts-express-request-context'), encoding: 'utf8' });
  const result = JSON.parse(r.stdout).runs[0].results.find(x => x.ruleId === 'MLO001' && x.locations[0].physicalLocation.region.startLine === 23);
  const texts = result.relatedLocations.map(l => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine} ${l.message.text}`);
  assert.ok(texts.includes('src/middleware/requestContext.ts:7 ✓ prediction-id (at request level), recorded here: req.id = id;'), texts.join('\n'));
  assert.ok(texts.includes("src/server.ts:20 ✓ errors (at request level): app.use(morgan('combined'));"), texts.join('\n'));
  assert.ok(!texts.some(t => /latency/.test(t)), 'an uncovered latency has no related location');
});

test('AsyncLocalStorage read by a pino mixin in a logger module: every record of that logger carries the bound id; a plain logger does not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-reqscope-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "als-mixin", "private": true }');
  fs.writeFileSync(path.join(dir, 'context.ts'), `import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestContext(req, res, next) {
  requestContext.run({ requestId: req.get('x-request-id') ?? randomUUID() }, next);
}
`);
  fs.writeFileSync(path.join(dir, 'logger.ts'), `import pino from 'pino';
import { requestContext } from './context';

export const logger = pino({
  mixin() {
    return requestContext.getStore() ?? {};
  },
});
export const plain = pino();
`);
  fs.writeFileSync(path.join(dir, 'server.ts'), `import express from 'express';
import OpenAI from 'openai';
import { withRequestContext } from './context';
import { logger, plain } from './logger';

const openai = new OpenAI();
const app = express();
app.use(withRequestContext);

app.post('/answer', async (req, res) => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: req.body.messages });
  logger.info({ answer: r.choices[0].message.content }, 'answered');
  res.json({ answer: r.choices[0].message.content });
});

app.post('/answer-plainly', async (req, res) => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: req.body.messages });
  plain.info({ answer: r.choices[0].message.content }, 'answered');
  res.json({ answer: r.choices[0].message.content });
});
`);
  const report = scan(dir);
  const id = pointAt(report, 'server.ts', 11).point.facets['prediction-id'];
  assert.equal(id.covered, true);
  assert.equal(id.evidence.line, 12);
  assert.deepEqual(id.evidence.recordedIn, { path: 'context.ts', line: 7, text: "requestContext.run({ requestId: req.get('x-request-id') ?? randomUUID() }, next);" });
  assert.equal(pointAt(report, 'server.ts', 17).point.facets['prediction-id'].covered, false);
});
