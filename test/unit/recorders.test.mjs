// Cross-file recorders: a project module's function that passes its parameters to a log, span or metric call records
// what its callers in other modules give it (only those parameters, with the fields it uses); a wrapper that records
// nothing, or only a constant, does not. Python and TS, in the CLI (one project) and from the editor's snapshot.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { project } from '../lib/project.mjs';

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');


const FILES = {
  'svc/__init__.py': '',
  'svc/telemetry.py': [
    'import logging',
    '',
    'logger = logging.getLogger("svc")',
    '',
    'def log_prediction(model_version, inputs, output, request_id, debug=False):',
    '    if debug:',
    '        print("debug")',
    '    logger.info("prediction", extra={"model_version": model_version, "inputs": inputs, "output": output, "request_id": request_id})',
    '',
    'def mark_done(result):',
    '    logger.info("done")',
    '',
    'def forget(**kwargs):',
    '    return None',
    '',
  ].join('\n'),
  'svc/api.py': [
    'import joblib',
    'from svc.telemetry import log_prediction, mark_done, forget',
    '',
    'model = joblib.load("models/churn-v3.joblib")',
    '',
    'def score(rows, rid):',
    '    out = model.predict(rows)',
    '    log_prediction("churn-v3", rows, out, rid)',
    '    return out',
    '',
    'def score_quietly(rows):',
    '    out = model.predict(rows)',
    '    mark_done(out)',
    '    forget(inputs=rows, output=out)',
    '    return out',
    '',
  ].join('\n'),
  'web/telemetry.ts': [
    'import pino from "pino";',
    'const log = pino();',
    'export function recordCall(model: string, prompt: string, answer: string | null) {',
    '  log.info({ model, prompt, answer }, "llm call");',
    '}',
  ].join('\n'),
  'web/ask.ts': [
    'import OpenAI from "openai";',
    'import { recordCall } from "./telemetry";',
    'const client = new OpenAI();',
    'export async function ask(q: string) {',
    '  const resp = await client.chat.completions.create({ model: "gpt-4o-2024-08-06", messages: [{ role: "user", content: q }] });',
    '  const answer = resp.choices[0].message.content;',
    '  recordCall(resp.model, q, answer);',
    '  return answer;',
    '}',
  ].join('\n'),
};

const covered = p => Object.entries(p.facets).filter(([, v]) => v.covered).map(([k]) => k).sort();

test('CLI: a recorder of another module covers what its call passes it; a wrapper that records nothing covers nothing', () => {
  const dir = project(FILES);
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' }).stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  const [recorded, quiet] = file('svc/api.py').inferencePoints;
  assert.deepEqual(covered(recorded), ['inputs', 'model-version', 'outputs', 'prediction-id'], 'through log_prediction in svc/telemetry.py');
  assert.equal(recorded.facets.outputs.evidence.line, 8, 'evidence at the call that records');
  // and where the other module records it
  const inTelemetry = recorded.facets.outputs.evidence.recordedIn;
  assert.equal(path.resolve(inTelemetry.path), path.join(dir, 'svc/telemetry.py'));
  assert.equal(inTelemetry.line, 8);
  assert.match(inTelemetry.text, /^logger\.info\("prediction", extra=\{"model_version": model_version/);
  assert.equal(recorded.facets['model-version'].evidence.recordedIn.line, 8);
  assert.deepEqual(covered(quiet).filter(f => ['inputs', 'outputs', 'model-version'].includes(f)), [], 'mark_done logs a constant; forget records nothing');
  const [llm] = file('web/ask.ts').inferencePoints;
  assert.ok(['inputs', 'model-version', 'outputs'].every(f => covered(llm).includes(f)), covered(llm).join(','));
  // analysed alone, the helper is unknown: nothing is claimed
  const alone = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', path.join(dir, 'svc/api.py'), '--format', 'json', '--no-cache'], { encoding: 'utf8' }).stdout);
  assert.deepEqual(covered(alone.files[0].inferencePoints[0]).filter(f => ['inputs', 'outputs'].includes(f)), []);
});

test('the editor\'s snapshot carries the recorders: an open file gets the same verdicts', async () => {
  const dir = project(FILES);
  const config = engine.defaultConfig();
  const files = Object.keys(FILES).map(rel => ({ path: rel, file: path.join(dir, rel), bytes: fs.readFileSync(path.join(dir, rel)) }));
  const index = new engine.WorkspaceIndex(config.tables, dir);
  await engine.analyzeProject(files, config, dir, undefined, undefined, index);
  const snapshot = JSON.parse(JSON.stringify(index.snapshot()));
  const telemetry = snapshot.modules.find(m => m.file.endsWith('telemetry.py'));
  const line8 = FILES['svc/telemetry.py'].split('\n')[7].trim();
  assert.deepEqual(telemetry.recorders, { log_prediction: { positions: [0, 1, 2, 3], names: ['model_version', 'inputs', 'output', 'request_id'], fields: ['extra', 'inputs', 'modelversion', 'output', 'requestid'],
    at: { file: path.join(dir, 'svc/telemetry.py'), line: 7, text: line8 } } }, 'normalised field names, and where it records');
  const api = path.join(dir, 'svc/api.py');
  const r = engine.analyzeTextSync('svc/api.py', FILES['svc/api.py'], config, { workspace: { index: engine.WorkspaceIndex.fromSnapshot(snapshot, config.tables, dir), file: api } });
  assert.deepEqual(covered(r.inferencePoints[0]), ['inputs', 'model-version', 'outputs', 'prediction-id']);
  assert.deepEqual(r.inferencePoints[0].facets.inputs.evidence.recordedIn, { file: path.join(dir, 'svc/telemetry.py'), line: 7, text: line8 });
});

test('SARIF: a finding\'s related locations are the evidence of what its point records, the other module\'s line included', () => {
  const dir = project(FILES);
  const sarif = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', 'svc', '--format', 'sarif', '--no-cache'], { cwd: dir, encoding: 'utf8' }).stdout);
  const results = sarif.runs[0].results;
  const m1 = results.find(r => r.ruleId === 'MLO001' && r.locations[0].physicalLocation.artifactLocation.uri === 'svc/api.py' && r.locations[0].physicalLocation.region.startLine === 7);
  assert.ok(m1, JSON.stringify(results.map(r => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine])));
  const where = m1.relatedLocations.map(l => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}`);
  assert.ok(where.includes('svc/api.py:8'), where.join(' '));
  assert.ok(where.includes('svc/telemetry.py:8'), where.join(' '));
  assert.ok(m1.relatedLocations.every((l, i) => l.id === i && /^✓ /.test(l.message.text)));
});
