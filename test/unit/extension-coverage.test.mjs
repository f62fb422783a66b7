// Coverage arithmetic behind the sidebar and the status bar, and the hover checklist text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const { facetTotals, overall, checklist, pointScore, toFileCoverage } = await loadExtensionModule('coverage');
const { hoverMarkdown, statusText } = await loadExtensionModule('present');
const ROOT = path.join(import.meta.dirname, '..', '..');
const ORDER = engine.INFERENCE_FACET_IDS;

const point = (facets, callee = 'model.predict') => ({ range: { start: { line: 4, col: 8 }, end: { line: 4, col: 24 } }, calleeRange: { start: { line: 4, col: 14 }, end: { line: 4, col: 24 } }, callee, heuristic: false, facets });
const yes = line => ({ covered: true, evidence: { line, text: `log.info(${line})` } });
const no = { covered: false };

test('per-facet totals count only points whose config requires the facet; waived ones stand apart', () => {
  const files = [
    { key: 'a', required: ['outputs', 'latency'], points: [point({ outputs: yes(5), latency: no, errors: no }), point({ outputs: no, latency: { covered: false, waived: 'batch job' }, errors: yes(9) })] },
    { key: 'b', required: ['outputs', 'errors'], points: [point({ outputs: yes(2), latency: no, errors: no })] },
    { key: 'c', required: ['outputs'], points: [] },
  ];
  const t = Object.fromEntries(facetTotals(files, ORDER).map(x => [x.facet, x]));
  assert.deepEqual(Object.keys(t), ['outputs', 'latency', 'errors'], 'catalog order, required facets only');
  assert.deepEqual({ ...t.outputs, missing: t.outputs.missing }, { facet: 'outputs', covered: 2, total: 3, waived: 0, missing: [{ key: 'a', index: 1 }] });
  assert.deepEqual([t.latency.covered, t.latency.total, t.latency.waived], [0, 1, 1]);
  assert.deepEqual(t.latency.missing, [{ key: 'a', index: 0 }]);
  assert.deepEqual([t.errors.covered, t.errors.total], [0, 1], 'errors is covered at a/1 but not required there');
  const o = overall(files, ORDER);
  assert.deepEqual(o, { covered: 2, total: 5, percent: 40, points: 3, files: 2, unrecognised: 0 });
  assert.deepEqual(overall([], ORDER), { covered: 0, total: 0, percent: undefined, points: 0, files: 0, unrecognised: 0 });
});

test('a file that imports an ML library with nothing recognised is kept as unrecognised, counted apart from the percentage', async () => {
  const config = engine.defaultConfig();
  const training = await engine.analyzeText('train.py', 'import torch\nmodel = torch.nn.Linear(3, 1)\ntorch.save(model.state_dict(), "m.pt")\n', config);
  const plain = await engine.analyzeText('util.py', 'import json\nprint(json.dumps({}))\n', config);
  const serving = await engine.analyzeText('svc.py', 'import joblib\nmodel = joblib.load("m.joblib")\n\ndef score(x):\n    return model.predict(x)\n', config);
  const files = [toFileCoverage('train', training, ['outputs']), toFileCoverage('util', plain, ['outputs']), toFileCoverage('svc', serving, ['outputs'])];
  assert.deepEqual(files.map(f => f.unrecognised), [['torch'], undefined, undefined]);
  const o = overall(files, ORDER);
  assert.deepEqual([o.points, o.files, o.total, o.unrecognised], [1, 1, 1, 1]);
});

test('a point checklist lists required facets first, with states and evidence', () => {
  const p = point({ 'model-version': yes(3), inputs: no, outputs: { covered: false, waived: 'no outputs kept' }, decision: no, latency: yes(7) });
  const rows = checklist(p, ['inputs', 'outputs', 'model-version'], ORDER);
  assert.deepEqual(rows.map(r => `${r.facet}:${r.state}`), ['model-version:covered', 'inputs:missing', 'outputs:waived', 'latency:covered', 'decision:not-required']);
  assert.equal(rows[0].evidence.line, 3);
  assert.deepEqual(pointScore(p, ['inputs', 'outputs', 'model-version']), { covered: 1, total: 2 });
});

test('the sidebar figures agree with the CLI coverage of the example project', async () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'scan', 'example', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  const cli = JSON.parse(r.stdout);
  const config = engine.loadConfigFile(path.join(ROOT, 'example', 'mlobs.json'));
  const files = [];
  for (const f of cli.files) {
    const rel = path.relative(path.join(ROOT, 'example'), path.join(ROOT, f.path)).split(path.sep).join('/');
    const result = await engine.analyzeText(rel, fs.readFileSync(path.join(ROOT, f.path), 'utf8'), config);
    files.push(toFileCoverage(f.path, result, config.requiredFacets));
  }
  const totals = facetTotals(files, ORDER);
  assert.deepEqual(totals.map(t => t.facet), config.requiredFacets);
  for (const t of totals) {
    const c = cli.coverage[t.facet];
    assert.equal(t.covered, c.covered, t.facet);
    assert.equal(t.total + t.waived, c.total, t.facet);
    assert.equal(t.waived, c.waived, t.facet);
  }
  const o = overall(files, ORDER);
  assert.equal(o.points, cli.files.reduce((n, f) => n + f.inferencePoints.length, 0));
  assert.ok(o.percent > 0 && o.percent < 100);
});

test('hover markdown: one row per facet, links to evidence lines (1-based), cells escaped', () => {
  const p = { ...point({ 'model-version': { covered: true, evidence: { line: 36, text: 'log.info("x", extra={"a|b": `v`})' } }, inputs: no, decision: no }, 'joblib.load(…).predict'), text: 'model.predict(X)' };
  const md = hoverMarkdown(p, ['model-version', 'inputs'], ORDER, f => f.replace('-', ' '), { line: l => `file:///svc.py#L${l + 1}`, rule: c => `file:///docs/${c}.md` });
  const lines = md.split('\n');
  assert.match(lines[0], /inference point `model\.predict\(X\)` — \*\*1\/2\*\* required facets recorded \(\[MLO001\]\(file:\/\/\/docs\/MLO001\.md\)\)/, 'named as written');
  assert.equal(lines[2], 'calls `joblib.load(…).predict`', 'and what it resolves to');
  assert.equal(lines[4], '| | facet | evidence |');
  assert.equal(lines[6], '| ✓ | model version | [line 37](file:///svc.py#L37) `log.info("x", extra={"a\\|b": \'v\'})` |');
  assert.equal(lines[7], '| ✗ | inputs | **not recorded** |');
  assert.equal(lines[8], '| · | decision | not required |');
  assert.equal(lines.length, 9);
});

test('hover markdown: a note qualifies the evidence (at request level) or says why a near miss does not count (a request timer)', () => {
  const p = { ...point({
    'prediction-id': { covered: true, evidence: { line: 24, text: 'logger.info({ id: req.id })', recordedIn: { file: '/svc/mw.ts', line: 6, text: 'req.id = id;' } }, note: "at request level: the request's id, given to it by a request-id middleware at mw.ts:7" },
    latency: { covered: false, note: 'only at request level: morgan at line 20 times each request, not the model call' },
  }, 'client.openai.chat.completions.create'), text: 'openai.chat.completions.create(…)' };
  const lines = hoverMarkdown(p, ['prediction-id', 'latency'], ORDER, f => f, { line: l => `file:///svc.ts#L${l + 1}`, rule: c => c, file: (f, l) => `file://${f}#L${l + 1}` }).split('\n');
  assert.equal(lines[6], "| ✓ | prediction-id | [line 25](file:///svc.ts#L25) `logger.info({ id: req.id })`, recorded in [mw.ts line 7](file:///svc/mw.ts#L7) — at request level: the request's id, given to it by a request-id middleware at mw.ts:7 |");
  assert.equal(lines[7], '| ✗ | latency | **not recorded** — only at request level: morgan at line 20 times each request, not the model call |');
});

test('status bar text: percentage, counts, and a plain label when nothing was found', () => {
  const s = statusText({ covered: 2, total: 5, percent: 40, points: 3, files: 2, unrecognised: 0 }, false);
  assert.equal(s.text, '$(eye) mlobs 40%');
  assert.match(s.tooltip, /2 of 5 required facet checks recorded \(40%\) across 3 inference points in 2 files/);
  assert.equal(statusText({ covered: 0, total: 0, percent: undefined, points: 0, files: 0, unrecognised: 0 }, true).text, '$(sync~spin) $(eye) mlobs');
  // unrecognised files are shown beside the figure, never folded into it
  const u = statusText({ covered: 2, total: 5, percent: 40, points: 3, files: 2, unrecognised: 1 }, false);
  assert.equal(u.text, '$(eye) mlobs 40% · 1?');
  assert.match(u.tooltip, /\(40%\) across 3 inference points in 2 files\. 1 file imports an ML library but had nothing recognised \(not counted\)\./);
  assert.equal(statusText({ covered: 0, total: 0, percent: undefined, points: 0, files: 0, unrecognised: 2 }, false).text, '$(eye) mlobs · 2?');
});

test('the sidebar lists files worst first: most missing facet checks, then the lowest share, then by name', async () => {
  const { worstFirst } = await loadExtensionModule('coverage');
  const facets = (covered, missing) => Object.fromEntries([...covered.map(f => [f, { covered: true }]), ...missing.map(f => [f, { covered: false }])]);
  const required = ['inputs', 'outputs', 'latency'];
  const file = (key, ...points) => ({ key, required, points: points.map(([c, m]) => ({ facets: facets(c, m) })) });
  const files = [
    file('a.py', [['inputs', 'outputs', 'latency'], []]),                       // nothing missing
    file('b.py', [['inputs'], ['outputs', 'latency']]),                         // 2 missing of 3
    file('c.py', [['inputs', 'outputs'], ['latency']], [['inputs'], ['outputs', 'latency']]),   // 3 missing of 6
    file('d.py', [[], ['inputs', 'outputs']], [['inputs', 'outputs', 'latency'], []]),           // 2 missing of 5: after b.py (1 of 3 recorded)
    file('e.py', [[], ['inputs', 'outputs', 'latency']]),                       // 3 missing of 3
  ];
  // (d.py's first point has no latency verdict: not a check)
  assert.deepEqual(worstFirst(files).map(f => f.key), ['e.py', 'c.py', 'b.py', 'd.py', 'a.py']);
  // waived facets are not missing
  const waived = file('w.py', [[], []]);
  waived.points[0].facets = { inputs: { covered: false, waived: true }, outputs: { covered: false, waived: true }, latency: { covered: false } };
  assert.deepEqual(worstFirst([waived, file('x.py', [[], ['inputs', 'outputs']])]).map(f => f.key), ['x.py', 'w.py']);
});
