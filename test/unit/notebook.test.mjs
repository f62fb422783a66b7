// Jupyter notebooks in the CLI: code cells analysed as one program in order, positions reported as cell + line
// (JSON, text), the .ipynb line in SARIF, IPython syntax blanked, other kernels and broken files skipped with a note.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const engine = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'engine.js'));
const run = (args, cwd) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

const code = (source, extra = {}) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source, ...extra });
const lines = text => text.split(/(?<=\n)/);
// nbformat's layout: one string per source line, indent 1 (as Jupyter writes it)
const notebook = (cells, language = 'python') => JSON.stringify({
  cells, metadata: { kernelspec: { name: language === 'python' ? 'python3' : language, language, display_name: language } }, nbformat: 4, nbformat_minor: 5,
}, null, 1) + '\n';

const SERVING = [
  { cell_type: 'markdown', metadata: {}, source: ['# Scoring tickets\n', 'Loads the classifier once.\n'] },
  code(lines('%pip install joblib scikit-learn\nimport joblib\nimport logging\nlog = logging.getLogger("score")\n')),
  code(lines('model = joblib.load("churn.pkl")\n')),
  code(lines('!ls -la\nrows = [[1, 2, 3]]\nscores = model.predict(rows)\nlog.info("scored %s", rows)\n'), { outputs: [{ output_type: 'stream', name: 'stdout', text: ['a\n', 'b\n'] }] }),
  code('%%bash\nmodel.predict(rows)\necho not python\n'),
  code(lines('%%time\nagain = model.predict_proba(rows)\n')),
];

function tmpNotebook(name, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-nb-'));
  fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

test('code cells are one program: a model loaded in one cell is the model called in another', () => {
  const dir = tmpNotebook('score.ipynb', notebook(SERVING));
  const r = run(['scan', '.', '--format', 'json', '--no-cache'], dir);
  assert.equal(r.status, 1, r.stderr);
  const [file] = JSON.parse(r.stdout).files;
  assert.equal(file.path, 'score.ipynb');
  assert.equal(file.language, 'python');
  assert.equal(file.notebook, true);
  assert.deepEqual(file.errors, []);
  // cell 4 (the third code cell; cells count from 1 over the whole notebook, markdown included), line 3
  assert.deepEqual(file.inferencePoints.map(p => [p.cell, p.line, p.column]), [[4, 3, 10], [6, 2, 9]]);
  assert.deepEqual(file.modelLoads.map(l => [l.cell, l.line, l.callee, l.pin]), [[3, 1, 'joblib.load', 'local']]);
  // the inputs are logged two lines further down in the same cell: evidence points there
  const p = file.inferencePoints[0];
  assert.deepEqual(p.facets.inputs.evidence, { line: 4, cell: 4, text: 'log.info("scored %s", rows)' });
  assert.ok(file.findings.every(f => typeof f.cell === 'number' && f.line >= 1));
  // the %%bash cell is not Python: its `model.predict` text is not a prediction
  assert.ok(!file.inferencePoints.some(x => x.cell === 5));
});

test('text reports name the cell; SARIF points at the line of the .ipynb that holds the code', () => {
  const text = notebook(SERVING);
  const dir = tmpNotebook('score.ipynb', text);
  const t = run(['scan', '.', '--no-cache'], dir);
  assert.match(t.stdout, /cell 4\s+3:10\s+\S*\s*warning\s+\S*MLO001/);
  const s = JSON.parse(run(['scan', '.', '--format', 'sarif', '--no-cache'], dir).stdout);
  const result = s.runs[0].results.find(x => x.ruleId === 'MLO001');
  const fileLines = text.split('\n');
  const at = result.locations[0].physicalLocation.region.startLine;
  assert.match(fileLines[at - 1], /"scores = model\.predict\(rows\)\\n"/);
  assert.equal(result.properties.cell, 4);
  assert.equal(result.properties.cellLine, 3);
});

test('--fix leaves notebooks unchanged and says so', () => {
  const text = notebook(SERVING);
  const dir = tmpNotebook('score.ipynb', text);
  const r = run(['scan', '.', '--fix', '--unsafe-fixes'], dir);
  assert.match(r.stderr, /1 notebook with findings left as it is/);
  assert.equal(fs.readFileSync(path.join(dir, 'score.ipynb'), 'utf8'), text);
});

test('a notebook of another kernel, or a broken one, is skipped with one note', () => {
  for (const [text, note] of [
    [notebook([code(['const x = await fetch("/predict")\n'])], 'typescript'), /a typescript notebook: only Python notebooks are analysed/],
    ['{"cells": [', /not a valid notebook \(the file is not JSON\)/],
    ['{"metadata": {}}', /not a valid notebook \(no "cells" list\)/],
  ]) {
    const dir = tmpNotebook('x.ipynb', text);
    const [file] = JSON.parse(run(['scan', '.', '--format', 'json', '--no-cache'], dir).stdout).files;
    assert.equal(file.skipped, true);
    assert.equal(file.errors.length, 1);
    assert.match(file.errors[0].message, note);
    assert.deepEqual(file.findings, []);
  }
});

test('IPython syntax is blanked, keeping lines; a one-string source maps every line to its string', () => {
  const read = engine.notebookProgram(notebook([
    code(['x = !ls\n', 'help?\n', '  %time f()\n', 'y = 1\n']),
    code('a = 1\nb = 2\n'),
  ]));
  assert.equal(read.program, '\n\n  \ny = 1\na = 1\nb = 2\n');
  assert.deepEqual(read.map.cells, [{ cell: 1, start: 0, lines: 4 }, { cell: 2, start: 4, lines: 2 }]);
  assert.deepEqual(engine.notebookPosition(read.map, 5), { cell: 2, line: 1, fileLine: read.map.fileLine[5] });
  assert.equal(read.map.fileLine[4], read.map.fileLine[5]);
  assert.ok(read.map.fileLine[1] > read.map.fileLine[0]);
});

test('a notebook without a model is quiet', () => {
  const dir = tmpNotebook('eda.ipynb', notebook([code(lines('import pandas as pd\ndf = pd.read_csv("x.csv")\ndf.query("a > 1")\nprint(df.describe())\n'))]));
  const [file] = JSON.parse(run(['scan', '.', '--format', 'json', '--no-cache'], dir).stdout).files;
  assert.deepEqual([file.inferencePoints, file.findings, file.modelLoads, file.errors], [[], [], [], []]);
});
