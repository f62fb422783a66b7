// Fix-all selection (which of the engine's fixes `source.fixAll.mlobs` applies) and the merged edit list,
// on hand-made fixes and on the engine's real fixes for the example service.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const { selectFixAll, fixAllEdits } = await loadExtensionModule('fixes');
const ROOT = path.join(import.meta.dirname, '..', '..');

const at = (line, col, endLine = line, endCol = col) => ({ start: { line, col }, end: { line: endLine, col: endCol } });
const fix = (findingIndex, kind, isPreferred, edits, title = `${kind} ${findingIndex}`) => ({ title, findingIndex, code: 'MLO001', kind, isPreferred, edits });

test('fix-all applies nothing unless instrumentation is opted in; suppressions and pins never', () => {
  const fixes = [
    fix(0, 'suppression', false, [{ range: at(1, 10), newText: '  # mlobs: ignore[MLO001]' }]),
    fix(0, 'instrumentation', true, [{ range: at(1, 0, 1, 10), newText: 'a' }]),
    fix(1, 'pin', true, [{ range: at(5, 3, 5, 9), newText: '"x@sha"' }]),
  ];
  assert.deepEqual(selectFixAll(fixes, false), []);
  assert.deepEqual(selectFixAll(fixes, true).map(f => f.title), ['instrumentation 0']);
});

test('one preferred fix per finding; overlapping edits are skipped; identical imports are shared', () => {
  const importTime = { range: at(0, 0), newText: 'import time\n' };
  const fixes = [
    fix(0, 'instrumentation', false, [{ range: at(3, 0, 3, 20), newText: 'not preferred' }]),
    fix(0, 'instrumentation', true, [importTime, { range: at(3, 0, 3, 20), newText: 'first' }]),
    fix(0, 'instrumentation', true, [{ range: at(3, 0, 3, 20), newText: 'second for the same finding' }]),
    fix(1, 'instrumentation', true, [importTime, { range: at(8, 4, 9, 0), newText: 'other finding' }]),
    fix(2, 'instrumentation', true, [{ range: at(3, 10, 4, 0), newText: 'overlaps the first' }]),
    fix(3, 'instrumentation', true, [{ range: at(3, 20), newText: 'touches the end of the first: no overlap' }]),
    fix(4, 'instrumentation', true, [{ range: at(8, 4), newText: 'insertion at the start of a replaced range: no overlap' }]),
    fix(5, 'instrumentation', true, [{ range: at(0, 0), newText: 'a different insertion at the same spot' }]),
  ];
  const chosen = selectFixAll(fixes, true);
  assert.deepEqual(chosen.map(f => f.edits.at(-1).newText), ['first', 'other finding', 'touches the end of the first: no overlap', 'insertion at the start of a replaced range: no overlap']);
  const edits = fixAllEdits(chosen);
  assert.equal(edits.filter(e => e.newText === 'import time\n').length, 1);
  assert.deepEqual(edits.map(e => `${e.range.start.line}:${e.range.start.col}`), ['0:0', '3:0', '3:20', '8:4', '8:4']);
});

test('fix-all over the engine fixes of the example service: applied edits parse and record what was missing', async () => {
  const file = path.join(ROOT, 'example', 'python', 'churn_service.py');
  const text = fs.readFileSync(file, 'utf8');
  const config = engine.loadConfigFile(path.join(ROOT, 'example', 'mlobs.json'));
  const rel = 'python/churn_service.py';
  const before = await engine.analyzeText(rel, text, config);
  const fixes = engine.computeFixes(rel, text, before, config);
  assert.ok(fixes.some(f => f.kind === 'suppression'));
  const chosen = selectFixAll(fixes, true);
  assert.ok(chosen.length >= 2, 'two MLO001 findings and one MLO002 have preferred instrumentation fixes');
  assert.ok(chosen.every(f => f.kind === 'instrumentation' && f.isPreferred));
  assert.equal(new Set(chosen.map(f => f.findingIndex)).size, chosen.length);
  const after = await engine.analyzeText(rel, engine.applyEdits(text, fixAllEdits(chosen)), config);
  assert.deepEqual(after.errors, [], 'the fixed file parses cleanly');
  const missing = r => r.findings.filter(f => f.code === 'MLO001').reduce((n, f) => n + f.facets.length, 0);
  assert.ok(missing(after) < missing(before), `${missing(after)} < ${missing(before)}`);
});
