// A notebook's program result split back into its cells (what VS Code shows per `vscode-notebook-cell`
// document): positions in the cell's own lines, evidence in another cell named by a note, and fixes whose edits
// land in the cell they change. Each fix is applied to the cells and the notebook analysed again.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.join(import.meta.dirname, '..', '..');
const engine = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'engine.js'));

const cell = (n, text) => ({ cell: n, lines: text.split('\n').map(t => ({ text: t, fileLine: 0 })) });
// cell 3 of the notebook is markdown: the code cells keep their notebook numbers
const CELLS = [
  [1, 'import joblib\nimport logging\nlog = logging.getLogger("score")'],
  [2, 'model = joblib.load("churn.pkl")'],
  [4, 'rows = [[1, 2, 3]]\nscores = model.predict(rows)\nlog.info("scored %s", rows)'],
  [5, 'log.info("result %s", scores)'],
];

async function analyse(texts) {
  await engine.ensureLanguage('python');
  const { program, map } = engine.programOfCells(texts.map(([n, t]) => cell(n, t)));
  const config = engine.defaultConfig();
  const result = engine.analyzeTextSync('score.ipynb', program, config);
  return { program, map, result, config, cells: texts.map((_, i) => engine.resultInCell(result, map, i)) };
}

/** Applies edits to one text (line/col ranges), last first. */
function apply(text, edits) {
  const lines = text.split('\n');
  const offset = p => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.col;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

test('each cell gets its own points, loads and findings, at its own lines', async () => {
  const { cells, map } = await analyse(CELLS);
  assert.deepEqual(map.cells.map(c => [c.cell, c.start, c.lines]), [[1, 0, 3], [2, 3, 1], [4, 4, 3], [5, 7, 1]]);
  assert.deepEqual(cells.map(c => c.result.inferencePoints.length), [0, 0, 1, 0]);
  assert.deepEqual(cells.map(c => c.result.modelLoads.length), [0, 1, 0, 0]);
  assert.deepEqual(cells[1].result.findings.map(f => [f.code, f.range.start.line, f.range.start.col]), [['MLO004', 0, 8]]);
  const point = cells[2].result.inferencePoints[0];
  assert.equal(point.range.start.line, 1);
  assert.equal(point.range.start.col, 9);
  assert.deepEqual(cells[2].result.findings.map(f => [f.code, f.range.start.line, f.pointIndex]), [['MLO001', 1, 0]]);
  // inputs recorded in the same cell: evidence at the cell's line; outputs recorded in cell 5: a note says where
  assert.equal(point.facets.inputs.evidence.line, 2);
  assert.equal(point.facets.outputs.covered, true);
  assert.equal(point.facets.outputs.evidence, undefined);
  assert.match(point.facets.outputs.note, /recorded in cell 5, line 1: log\.info\("result %s", scores\)/);
  assert.deepEqual(cells[2].programFinding, [1]);
});

test('a fix that adds an import edits the first cell and the prediction\'s cell; applied, latency is recorded', async () => {
  const { program, map, result, config } = await analyse(CELLS);
  const fixes = engine.fixesInCells(engine.computeFixes('score.ipynb', program, result, config), map, program.split('\n'));
  const latency = fixes.find(f => f.title === 'Record latency at this prediction');
  assert.ok(latency, fixes.map(f => f.title).join('; '));
  assert.deepEqual(latency.edits.map(e => [e.cell, e.range.start.line, e.range.start.col]), [[0, 2, 0], [2, 1, 0]]);
  const after = CELLS.map(([n, t], i) => [n, apply(t, latency.edits.filter(e => e.cell === i))]);
  assert.equal(after[0][1], 'import joblib\nimport logging\nimport time\nlog = logging.getLogger("score")');
  assert.match(after[2][1], /^rows = \[\[1, 2, 3\]\]\ninference_start = time\.perf_counter\(\)\nscores = model\.predict\(rows\)\n/);
  assert.equal(after[1][1], CELLS[1][1]);
  const again = await analyse(after);
  assert.equal(again.result.errors.filter(e => /syntax/i.test(e.message)).length, 0);
  const point = again.cells[2].result.inferencePoints[0];
  assert.equal(point.facets.latency.covered, true);
  assert.ok(point.facets.latency.evidence.line >= 2, 'latency evidence in the prediction\'s cell');
});

test('a line a fix inserts before a cell\'s first line goes to the end of the cell before it', () => {
  const map = { cells: [{ cell: 1, start: 0, lines: 2 }, { cell: 2, start: 2, lines: 1 }], fileLine: [0, 0, 0] };
  const lines = ['import os', 'x = 1', 'y = 2'];
  const fix = { findingIndex: 0, title: 't', kind: 'instrumentation', isPreferred: true,
    edits: [{ range: { start: { line: 2, col: 0 }, end: { line: 2, col: 0 } }, newText: 'import time\n' }] };
  const [moved] = engine.fixesInCells([fix], map, lines);
  assert.deepEqual(moved.edits, [{ range: { start: { line: 1, col: 5 }, end: { line: 1, col: 5 } }, newText: '\nimport time', cell: 0 }]);
  // an edit across two cells cannot be one document's edit: the fix is dropped, not cut in half
  const across = { ...fix, edits: [{ range: { start: { line: 1, col: 0 }, end: { line: 2, col: 3 } }, newText: 'z' }] };
  assert.deepEqual(engine.fixesInCells([across], map, lines), []);
  assert.equal(engine.cellAt(map, 0), 0);
  assert.equal(engine.cellAt(map, 2), 1);
  assert.equal(engine.cellAt(map, 9), 1);
});

test('"unrecognised" is a verdict on the whole notebook: no cell of a notebook with points has it; a notebook without any, once', async () => {
  const { result, cells } = await analyse(CELLS);
  assert.deepEqual(result.mlLibraries, ['joblib']);
  assert.deepEqual(cells.map(c => c.result.mlLibraries), [undefined, undefined, undefined, undefined], 'the import cell is not unrecognised');
  const bare = await analyse([[1, 'import torch\nx = torch.zeros(3)'], [2, 'print(x)']]);
  assert.deepEqual(bare.cells.map(c => c.result.mlLibraries), [['torch'], undefined]);
});
