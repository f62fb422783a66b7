// The language server (`mlobs server --stdio`) driven by a real LSP client over stdio, as any editor drives it:
// diagnostics agree with the CLI, incremental edits move them, quick fixes and fix-all apply and re-parse,
// hovers, a broken config, a file without ML, a syntax error, the workspace scan and the coverage request.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/engine.mjs';
import { applyLspEdits, startClient, uriOf } from '../lib/lsp.mjs';
import { project as workspace } from '../lib/project.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const SERVE = `import joblib

model = joblib.load("models/churn.joblib")


def predict(features):
    return model.predict(features)
`;

const HELPER = `import logging

logger = logging.getLogger(__name__)


def greet(name):
    logger.info("hello %s", name)
    return name.upper()
`;


// exit code 1 (findings) is expected: the report is what counts
const cliFindings = (dir, file) => JSON.parse(spawnSync(process.execPath, [CLI, 'scan', file, '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8' }).stdout).files[0].findings;

test('initialize: the server names itself and offers diagnostics sync, quick fixes, fix-all and hovers', async () => {
  const dir = workspace({});
  const c = await startClient(dir);
  try {
    assert.equal(c.init.serverInfo.name, 'mlobs');
    assert.deepEqual(c.init.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.mlobs', 'refactor.rewrite.mlobs.markInference']);
    assert.equal(c.init.capabilities.hoverProvider, true);
    assert.equal(c.init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  } finally { assert.equal(await c.stop(), 0, 'exits cleanly after shutdown + exit'); }
});

test('diagnostics of an opened file are the CLI findings, same codes, positions and messages', async () => {
  const dir = workspace({ 'serve.py': SERVE });
  const c = await startClient(dir);
  try {
    const { diagnostics } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    const cli = cliFindings(dir, 'serve.py');
    assert.ok(cli.length > 0);
    assert.deepEqual(diagnostics.map(d => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message]),
      cli.map(f => [f.code, f.line, f.column, f.message]));
    const mlo001 = diagnostics.find(d => d.code === 'MLO001');
    assert.deepEqual(mlo001.range.start, { line: 6, character: 11 }, 'MLO001 at model.predict(…)');
    assert.equal(mlo001.source, 'mlobs');
    assert.match(mlo001.codeDescription.href, /^file:.*docs\/rules\/MLO001\.md$/);
  } finally { await c.stop(); }
});

test('incremental edits: a line inserted above moves the diagnostics down; code without ML gets none', async () => {
  const dir = workspace({ 'serve.py': SERVE });
  const c = await startClient(dir);
  try {
    const { uri, diagnostics: before } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    const { diagnostics: after } = await c.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '# scoring entry point\n' }]);
    assert.deepEqual(after.map(d => [d.code, d.range.start.line]), before.map(d => [d.code, d.range.start.line + (d.range.start.line >= 5 ? 1 : 0)]));
    // replace the model call by ordinary code: the findings go
    const line = SERVE.split('\n').findIndex(l => l.includes('model.predict')) + 1;
    const { diagnostics: gone } = await c.change(uri, [{ range: { start: { line, character: 11 }, end: { line, character: 34 } }, text: 'len(features)' }]);
    assert.deepEqual(gone.filter(d => d.code === 'MLO001'), []);
    const plain = await c.open(path.join(dir, 'helper.py'), HELPER, 'python');
    assert.deepEqual(plain.diagnostics, []);
  } finally { await c.stop(); }
});

test('a quick fix applied and re-parsed records its facet; fix-all: invoked yes, on save only with the opt-in', async () => {
  const dir = workspace({ 'serve.py': SERVE });
  const c = await startClient(dir);
  try {
    const file = path.join(dir, 'serve.py');
    const { uri, diagnostics } = await c.open(file, SERVE, 'python');
    const mlo001 = diagnostics.find(d => d.code === 'MLO001');
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: mlo001.range, context: { diagnostics: [mlo001], only: ['quickfix'] } });
    assert.ok(actions.length > 0, 'quick fixes offered');
    assert.ok(actions.every(a => a.kind === 'quickfix' && a.diagnostics[0].code === 'MLO001'));
    const fix = actions.find(a => a.isPreferred) ?? actions[0];
    const [change] = fix.edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri, version: 1 }, 'edits are tied to the analysed version');
    const fixed = applyLspEdits(SERVE, change.edits);
    const reparsed = await analyze('serve.py', fixed);
    assert.deepEqual(reparsed.errors, [], 'the fixed file parses');
    const missing = r => Object.values(r.inferencePoints[0].facets).filter(v => !v.covered).length;
    const original = await analyze('serve.py', SERVE);
    assert.ok(missing(reparsed) < missing(original), `fewer facets missing after "${fix.title}"`);

    const fixAll = trigger => c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'], triggerKind: trigger } });
    const invoked = await fixAll(1);
    assert.equal(invoked.length, 1);
    assert.equal(invoked[0].kind, 'source.fixAll.mlobs');
    assert.match(invoked[0].title, /^mlobs: apply \d+ fix(es)?$/);
    const all = applyLspEdits(SERVE, invoked[0].edit.documentChanges[0].edits);
    const afterAll = await analyze('serve.py', all);
    assert.deepEqual(afterAll.errors, []);
    assert.ok(afterAll.findings.length < original.findings.length, 'fix-all fixes findings');
    assert.deepEqual(await fixAll(2), [], 'an automatic (on-save) fix-all does not instrument without mlobs.fixAll.includeInstrumentation');
    // the server re-analyses the fixed text when the client applies it
    const { diagnostics: left } = await c.change(uri, [{ text: all }]);
    assert.ok(left.length < diagnostics.length);
  } finally { await c.stop(); }
});

test('settings from workspace/configuration apply: the on-save fix-all opt-in, a required facet list', async () => {
  const dir = workspace({ 'serve.py': SERVE });
  const c = await startClient(dir, { settings: { fixAll: { includeInstrumentation: true }, requiredFacets: ['model-version'] } });
  try {
    const { uri, diagnostics } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    const mlo001 = diagnostics.find(d => d.code === 'MLO001');
    assert.match(mlo001.message, /model version/i);
    assert.doesNotMatch(mlo001.message, /latency/i, 'only the required facet is asked for');
    const auto = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: mlo001.range, context: { diagnostics: [], only: ['source.fixAll.mlobs'], triggerKind: 2 } });
    assert.equal(auto.length, 1, 'with the opt-in, fix-all on save instruments');
  } finally { await c.stop(); }
});

test('hover on an inference point: the facet checklist with links', async () => {
  const dir = workspace({ 'serve.py': SERVE });
  const c = await startClient(dir);
  try {
    const { uri } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 20 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /inference point `model\.predict\(features\)`/, 'named as written');
    assert.match(hover.contents.value, /calls `joblib\.load\(…\)\.predict`/, 'and what it resolves to');
    assert.match(hover.contents.value, /\| ✗ \| Model version \| \*\*not recorded\*\* \|/i);
    assert.deepEqual(hover.range.start, { line: 6, character: 11 });
    assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null, 'nothing off a point');
  } finally { await c.stop(); }
});

test('a broken mlobs.json: one warning with its position, analysis goes on with the defaults', async () => {
  const dir = workspace({ 'serve.py': SERVE, 'mlobs.json': '{\n  "requiredFacets": ["latncy"]\n}\n' });
  const c = await startClient(dir);
  try {
    const { diagnostics } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    assert.ok(diagnostics.some(d => d.code === 'MLO001'));
    await c.until(() => c.messages.length > 0, 'a warning');
    assert.equal(c.messages.length, 1);
    assert.equal(c.messages[0].type, 2, 'a warning');
    assert.match(c.messages[0].message, /configuration error in .*mlobs\.json: requiredFacets\.0 \(line 2, column \d+\): unknown facet "latncy"/);
    assert.deepEqual(c.messages[0].actions, [{ title: 'Open mlobs.json' }]);
  } finally { await c.stop(); }
});

test('a syntax error, an empty file, a TypeScript file: clear answers, the server keeps serving', async () => {
  const dir = workspace({});
  const c = await startClient(dir);
  try {
    const broken = await c.open(path.join(dir, 'broken.py'), 'import joblib\nmodel = joblib.load("m.pkl")\ndef f(:\n    return model.predict(x)\n', 'python');
    assert.ok(broken.diagnostics.every(d => d.range.start.line <= 3), 'positions inside the file');
    const empty = await c.open(path.join(dir, 'empty.py'), '', 'python');
    assert.deepEqual(empty.diagnostics, []);
    const ts = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function ask(q: string) {\n  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n}\n';
    const tsOpen = await c.open(path.join(dir, 'ask.ts'), ts, 'typescript');
    assert.ok(tsOpen.diagnostics.some(d => d.code === 'MLO001' && d.range.start.line === 3), 'TS/JS files too');
  } finally { await c.stop(); }
});

test('workspace scan (mlobs/scan) and coverage (mlobs/coverage): closed files from the scan, open ones live, worst first', async () => {
  const dir = workspace({ 'serve.py': SERVE, 'helper.py': HELPER, 'node_modules/x/index.js': 'module.exports = 1;\n' });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const summary = await c.conn.sendRequest('mlobs/scan');
    assert.equal(summary.files, 2, 'node_modules skipped');
    assert.equal(summary.points, 1);
    const cov = await c.conn.sendRequest('mlobs/coverage');
    assert.equal(cov.scanned, true);
    assert.deepEqual(cov.files.map(f => [path.basename(fileURLToPath(f.uri)), f.points.length]), [['serve.py', 1], ['helper.py', 0]], 'worst first');
    assert.equal(cov.overall.points, 1);
    // opened and edited, the live result replaces the scanned one
    const { uri } = await c.open(path.join(dir, 'serve.py'), SERVE, 'python');
    const line = SERVE.split('\n').findIndex(l => l.includes('model.predict'));
    await c.change(uri, [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: 'model.predict(features)\n    ' }]);
    const live = await c.conn.sendRequest('mlobs/coverage');
    assert.equal(live.files.length, 2);
    assert.equal(live.files[0].uri, uriOf(path.join(dir, 'serve.py')));
    assert.equal(live.overall.points, 2, 'the open document as edited');
  } finally { await c.stop(); }
});

test('Mark as inference point over LSP: offered when asked for, the command writes mlobs.json and the call is checked', async () => {
  const PY = 'from acme_inhouse import scoring\n\nengine = scoring.connect("tcp://scorer:9000")\n\n\ndef score(features):\n    return engine.evaluate_now(features)\n';
  const dir = workspace({ 'svc.py': PY, 'mlobs.json': '{\n  // the team\'s config\n  "severity": { "MLO005": "info" }\n}\n' });
  const c = await startClient(dir);
  try {
    const { uri, diagnostics } = await c.open(path.join(dir, 'svc.py'), PY, 'python');
    assert.deepEqual(diagnostics, []);
    const at = { start: { line: 6, character: 15 }, end: { line: 6, character: 15 } };
    const ask = trigger => c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: at, context: { diagnostics: [], triggerKind: trigger } });
    assert.deepEqual(await ask(2), [], 'never in the automatic lightbulb');
    const [mark] = await ask(1);
    assert.equal(mark.title, 'mlobs: Mark engine.evaluate_now as an inference point (in mlobs.json)');
    assert.equal(mark.kind, 'refactor.rewrite.mlobs.markInference');
    assert.equal(mark.command.command, 'mlobs.server.markInference');
    assert.deepEqual(c.init.capabilities.executeCommandProvider.commands, ['mlobs.server.markInference']);
    const reply = await c.conn.sendRequest('workspace/executeCommand', mark.command);
    assert.equal(reply.file, path.join(dir, 'mlobs.json'));
    const written = fs.readFileSync(path.join(dir, 'mlobs.json'), 'utf8');
    assert.match(written, /\/\/ the team's config/, 'comments kept');
    assert.match(written, /"match": "model\.acme_inhouse#evaluate_now"/);
    await c.until(() => c.diagnostics.get(uri).diagnostics.some(d => d.code === 'MLO001'), 'the marked call checked');
    assert.deepEqual(c.diagnostics.get(uri).diagnostics.filter(d => d.code === 'MLO001').map(d => d.range.start), [{ line: 6, character: 11 }]);
    assert.deepEqual(await ask(1), [], 'a point now: not offered again');
  } finally { await c.stop(); }
});

test('the workspace scan honours the editor\'s files.exclude (section files), as the VS Code extension does', async () => {
  const dir = workspace({ 'serve.py': SERVE, 'generated/copy.py': SERVE, 'generated/deep/more.py': SERVE, 'keep/also.py': SERVE });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } }, sections: { files: { exclude: { 'generated': true, '**/*.tmp': true, 'keep/also.py': false } } } });
  try {
    const summary = await c.conn.sendRequest('mlobs/scan');
    assert.equal(summary.files, 2, 'generated/ hidden, a pattern switched off ignored');
    const cov = await c.conn.sendRequest('mlobs/coverage');
    assert.deepEqual(cov.files.map(f => path.relative(dir, fileURLToPath(f.uri))).sort(), ['keep/also.py', 'serve.py']);
  } finally { await c.stop(); }
});

const SERVICE_APP = `import joblib
from fastapi import FastAPI

from telemetry import log_prediction

app = FastAPI()
model = joblib.load("model.joblib")


@app.post("/predict")
def predict(x: list[float]):
    score = model.predict([x])[0]
    log_prediction(score)
    return {"score": float(score)}
`;
const FEEDBACK = `import logging

log = logging.getLogger(__name__)


def feedback(prediction_id: str, actual: int):
    log.info("outcome", extra={"prediction_id": prediction_id, "actual": actual})
`;
const SILENT_HELPER = `def log_prediction(score):
    return None
`;
const RECORDING_HELPER = `import logging

logger = logging.getLogger("predictions")


def log_prediction(score):
    logger.info("prediction", extra={"score": float(score)})
`;

test('services over LSP: MLO006 at the app from the whole workspace, services in mlobs/coverage; a saved helper re-analyses the files that import it', async () => {
  const dir = workspace({ 'requirements.txt': 'fastapi\n', 'app.py': SERVICE_APP, 'feedback.py': FEEDBACK, 'telemetry.py': SILENT_HELPER });
  const c = await startClient(dir);
  try {
    await c.conn.sendRequest('mlobs/scan');
    await c.conn.sendRequest('mlobs/idle');
    const { uri, diagnostics } = await c.open(path.join(dir, 'app.py'), SERVICE_APP, 'python');
    const mlo006 = diagnostics.find(d => d.code === 'MLO006');
    assert.ok(mlo006, JSON.stringify(diagnostics.map(d => d.code)));
    assert.deepEqual([mlo006.range.start.line, mlo006.range.start.character], [5, 6], 'at FastAPI()');
    // the outcome is recorded by feedback.py, a closed file the scan read: only the deployment context is missing
    assert.equal(mlo006.message, `service "${path.basename(dir)}" records no deployment context (service facets, checked across its files)`);
    const cov = await c.conn.sendRequest('mlobs/coverage');
    assert.equal(cov.services.length, 1);
    assert.deepEqual(cov.services[0].facets.outcome.evidence, { fsPath: path.join(dir, 'feedback.py'), line: 6, text: 'log.info("outcome", extra={"prediction_id": prediction_id, "actual": actual})' });
    assert.deepEqual(cov.services[0].missing, ['deployment-context']);
    assert.equal(cov.services[0].partial, false);
    // the helper records nothing: the prediction's output is missing
    const mlo001 = diagnostics.find(d => d.code === 'MLO001');
    assert.match(mlo001.message, /outputs/);
    // the helper is changed and saved in the editor: app.py, which imports it, is analysed again with what it now records
    const helper = await c.open(path.join(dir, 'telemetry.py'), SILENT_HELPER, 'python');
    await c.change(helper.uri, [{ text: RECORDING_HELPER }]);
    fs.writeFileSync(path.join(dir, 'telemetry.py'), RECORDING_HELPER);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: helper.uri } });
    await c.until(() => !c.diagnostics.get(uri)?.diagnostics.find(d => d.code === "MLO001")?.message.includes("outputs"), 'app.py re-analysed after the helper was saved', 20_000);
  } finally { await c.stop(); }
});
