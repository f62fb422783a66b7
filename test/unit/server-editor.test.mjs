// What an editor client needs from the language server beyond diagnostics, driven over stdio by a real LSP client:
// notebooks over LSP notebook sync (the code cells as one program, as the CLI reads an .ipynb), snippet edits for
// clients that take them, the per-document status notification, and the requests the VS Code extension is built on
// (mlobs/analysis, mlobs/reload, mlobs/idle, mlobs/configFile, a cancelled mlobs/scan).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyLspEdits, startClient } from '../lib/lsp.mjs';
import { project as workspace } from '../lib/project.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const cliJson = (dir, file) => JSON.parse(spawnSync(process.execPath, [CLI, 'scan', file, '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8' }).stdout).files[0];

const CELLS = [
  { kind: 'code', text: 'import joblib\nmodel = joblib.load("m.pkl")' },
  { kind: 'markdown', text: '# Score the rows' },
  { kind: 'code', text: 'rows = [[1, 2]]\nscores = model.predict(rows)' },
  { kind: 'code', text: 'import logging\nlogging.getLogger("nb").info("scored", extra={"outputs": scores.tolist()})' },
];
const ipynb = cells => JSON.stringify({
  cells: cells.map(c => ({ cell_type: c.kind, source: c.text.split(/(?<=\n)/), metadata: {}, ...(c.kind === 'code' ? { outputs: [], execution_count: null } : {}) })),
  metadata: {}, nbformat: 4, nbformat_minor: 5,
});

test('a notebook over LSP notebook sync: its code cells are one program, each finding in its own cell, as the CLI reports the .ipynb', async () => {
  const dir = workspace({ 'score.ipynb': ipynb(CELLS) });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const { cellUris } = await c.openNotebook(path.join(dir, 'score.ipynb'), CELLS);
    const cli = cliJson(dir, 'score.ipynb');
    assert.ok(cli.findings.length >= 2);
    // the CLI's cell numbers count every cell (1-based), as the cell URIs here do (0-based)
    const lsp = cellUris.flatMap((u, i) => (c.diagnostics.get(u)?.diagnostics ?? []).map(d => [d.code, i + 1, d.range.start.line + 1, d.range.start.character + 1, d.message]));
    assert.deepEqual(lsp.sort(), cli.findings.map(f => [f.code, f.cell, f.line, f.column, f.message]).sort());
    assert.equal(c.diagnostics.get(cellUris[1]), undefined, 'a markdown cell is not analysed');
    const predict = c.diagnostics.get(cellUris[2]).diagnostics.find(d => d.code === 'MLO001');
    assert.doesNotMatch(predict.message, /outputs/, 'the outputs are recorded in a later cell');
    // the hover on the prediction, in its cell
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: cellUris[2] }, position: { line: 1, character: 12 } });
    assert.match(hover.contents.value, /inference point `model\.predict\(rows\)`/);
  } finally { await c.stop(); }
});

test('a notebook quick fix edits two cells (the import at the top, the timer at the call); applied, the cells re-analyse without the facet', async () => {
  const dir = workspace({ 'score.ipynb': ipynb(CELLS) });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const { uri, cellUris } = await c.openNotebook(path.join(dir, 'score.ipynb'), CELLS);
    const diag = c.diagnostics.get(cellUris[2]).diagnostics.find(d => d.code === 'MLO001');
    assert.match(diag.message, /latency/);
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: cellUris[2] }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } });
    const fix = actions.find(a => a.title === 'Record latency at this prediction');
    assert.ok(fix, actions.map(a => a.title).join(' | '));
    const byCell = new Map(fix.edit.documentChanges.map(ch => [ch.textDocument.uri, ch]));
    assert.deepEqual([...byCell.keys()].sort(), [cellUris[0], cellUris[2]].sort(), 'the import goes to the first cell');
    assert.ok([...byCell.values()].every(ch => ch.textDocument.version === 1), 'each edit names the cell version it is for');
    let version = 1;
    for (const [cellUri, ch] of byCell) {
      const i = cellUris.indexOf(cellUri);
      const text = applyLspEdits(CELLS[i].text, ch.edits);
      await c.changeCell(uri, cellUri, text, ++version);
    }
    await c.until(() => c.diagnostics.get(cellUris[2])?.version === 2 && c.diagnostics.get(cellUris[0])?.version === 2, 'both edited cells re-analysed');
    assert.ok(!c.diagnostics.get(cellUris[2]).diagnostics.some(d => d.code === 'MLO001' && /latency/.test(d.message)), 'latency recorded now');
  } finally { await c.stop(); }
});

test('an edit in one cell changes another cell\'s verdict; closing the notebook clears its cells', async () => {
  const dir = workspace({ 'score.ipynb': ipynb(CELLS) });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const { uri, cellUris } = await c.openNotebook(path.join(dir, 'score.ipynb'), CELLS);
    const before = c.diagnostics.get(cellUris[2]).diagnostics.find(d => d.code === 'MLO001');
    const published = c.diagnostics.get(cellUris[2]);
    await c.changeCell(uri, cellUris[3], 'print("done")', 2);
    await c.until(() => c.diagnostics.get(cellUris[2]) !== published && /outputs/.test(c.diagnostics.get(cellUris[2]).diagnostics.find(d => d.code === 'MLO001')?.message ?? ''), 'outputs now missing in the unedited cell');
    assert.deepEqual(c.diagnostics.get(cellUris[2]).diagnostics.find(d => d.code === 'MLO001').range, before.range);
    await c.conn.sendNotification('notebookDocument/didClose', { notebookDocument: { uri }, cellTextDocuments: cellUris.map(u => ({ uri: u })) });
    await c.until(() => cellUris.every((u, i) => CELLS[i].kind === 'markdown' || c.diagnostics.get(u).diagnostics.length === 0), 'cleared on close');
  } finally { await c.stop(); }
});

const HUB = `from transformers import pipeline

sentiment = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")


def classify(text):
    return sentiment(text)
`;

test('a fix with a value to fill in is a snippet for a client that takes snippet edits, and plain text for one that does not', async () => {
  const dir = workspace({ 'hub.py': HUB });
  for (const snippets of [true, false]) {
    const c = await startClient(dir, { snippets, settings: { scan: { onStartup: false } } });
    try {
      const { uri, diagnostics } = await c.open(path.join(dir, 'hub.py'), HUB, 'python');
      const pin = diagnostics.find(d => d.code === 'MLO003');
      assert.ok(pin, diagnostics.map(d => d.code).join(' '));
      const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: pin.range, context: { diagnostics: [pin], only: ['quickfix'] } });
      const fix = actions.find(a => a.title === 'Pin a commit revision (fill in the commit sha)');
      assert.ok(fix, actions.map(a => a.title).join(' | '));
      const [edit] = fix.edit.documentChanges[0].edits;
      if (snippets) {
        assert.equal(edit.snippet.kind, 'snippet');
        assert.match(edit.snippet.value, /revision="\$\{1:PIN-COMMIT-SHA\}"/, 'the placeholder is the first tab stop');
        assert.equal(edit.newText, undefined);
      } else {
        assert.match(edit.newText, /revision="PIN-COMMIT-SHA"/);
        assert.equal(edit.snippet, undefined);
      }
    } finally { await c.stop(); }
  }
});

test('mlobs/analysed tells each analysis\'s counts; mlobs/analysis gives the engine\'s result; mlobs/idle settles; mlobs/configFile names the config', async () => {
  const PY = 'import joblib\n\nmodel = joblib.load("m.pkl")\n\n\ndef predict(x):\n    return model.predict(x)\n';
  const dir = workspace({ 'svc/serve.py': PY, 'svc/mlobs.json': '{ "severity": { "MLO005": "info" } }\n' });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const { uri, diagnostics } = await c.open(path.join(dir, 'svc', 'serve.py'), PY, 'python');
    await c.until(() => c.analysed.some(a => a.uri === uri && a.version === 1), 'the status notification');
    const status = c.analysed.find(a => a.uri === uri);
    assert.equal(status.findings, diagnostics.length);
    assert.equal(status.points, 1);
    assert.equal(status.configProblem, undefined);
    await c.conn.sendRequest('mlobs/idle');
    const analysis = await c.conn.sendRequest('mlobs/analysis', { uri });
    assert.equal(analysis.version, 1);
    assert.deepEqual(analysis.result.inferencePoints.map(p => p.callee), cliJson(path.join(dir, 'svc'), 'serve.py').inferencePoints.map(p => p.callee));
    assert.equal(await c.conn.sendRequest('mlobs/analysis', { uri: 'file:///not/open.py' }), null);
    const where = await c.conn.sendRequest('mlobs/configFile', { uri });
    assert.equal(where.file, path.join(dir, 'svc', 'mlobs.json'));
    assert.equal(where.folder, dir);
    assert.equal(where.problem, undefined);
    // a broken config: the status says so, and configFile names the problem
    fs.writeFileSync(path.join(dir, 'svc', 'mlobs.json'), '{ "requiredFacets": ["speed"] }\n');
    await c.conn.sendRequest('mlobs/reload');
    await c.conn.sendRequest('mlobs/idle');
    const broken = c.analysed.filter(a => a.uri === uri).at(-1);
    assert.match(broken.configProblem, /unknown facet "speed"/);
    assert.match((await c.conn.sendRequest('mlobs/configFile', { uri })).problem.problem, /unknown facet "speed"/);
    assert.ok(c.messages.some(m => /^mlobs: configuration error in svc\/mlobs\.json: /.test(m.message)), 'named relative to the workspace folder');
  } finally { await c.stop(); }
});

test('a cancelled mlobs/scan answers cancelled and keeps the last complete scan\'s results', async () => {
  const files = { 'serve.py': 'import joblib\nmodel = joblib.load("m.pkl")\n\n\ndef f(x):\n    return model.predict(x)\n' };
  for (let i = 0; i < 400; i++) files[`pkg${i % 20}/mod${i}.py`] = `import math\n\n\ndef f${i}(x):\n    return math.sqrt(x) + ${i}\n`;
  const dir = workspace(files);
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    const first = await c.conn.sendRequest('mlobs/scan');
    assert.equal(first.cancelled, false);
    assert.equal(first.files, 401);
    // a second scan, cancelled as soon as it started
    const source = new (await import('vscode-languageserver-protocol')).CancellationTokenSource();
    const second = c.conn.sendRequest('mlobs/scan', {}, source.token);
    setTimeout(() => source.cancel(), 30);
    const answer = await second.catch(err => ({ error: err.message }));
    assert.equal(answer.cancelled, true, JSON.stringify(answer));
    const cov = await c.conn.sendRequest('mlobs/coverage');
    assert.equal(cov.files.length, 401, 'the first scan\'s results stay');
    assert.equal(cov.scanning, false);
    // and the next scan runs in a fresh worker
    assert.equal((await c.conn.sendRequest('mlobs/scan')).files, 401);
  } finally { await c.stop(); }
});

test('a facet recorded by another module\'s helper: the diagnostic\'s related information points at that module\'s line too', async () => {
  const TELEMETRY = 'import logging\n\nlogger = logging.getLogger("svc")\n\n\ndef log_prediction(version, rows, output):\n    logger.info("prediction", extra={"model_version": version, "inputs": rows, "output": output})\n';
  const API = 'import joblib\nfrom telemetry import log_prediction\n\nmodel = joblib.load("m.pkl")\n\n\ndef score(rows):\n    out = model.predict(rows)\n    log_prediction("v3", rows, out)\n    return out\n';
  const dir = workspace({ 'telemetry.py': TELEMETRY, 'api.py': API });
  const c = await startClient(dir, { settings: { scan: { onStartup: false } } });
  try {
    await c.conn.sendRequest('mlobs/scan');
    const { uri } = await c.open(path.join(dir, 'api.py'), API, 'python');
    await c.conn.sendRequest('mlobs/idle');
    const m1 = c.diagnostics.get(uri).diagnostics.find(d => d.code === 'MLO001');
    assert.ok(m1 && !/outputs/.test(m1.message), m1?.message);
    const other = m1.relatedInformation.filter(r => r.location.uri.endsWith('/telemetry.py'));
    assert.ok(other.length > 0, JSON.stringify(m1.relatedInformation));
    assert.ok(other.every(r => r.location.range.start.line === 6 && /recorded in telemetry\.py: logger\.info\("prediction"/.test(r.message)));
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 12 } });
    assert.match(hover.contents.value, /recorded in \[telemetry\.py line 7\]\(file:[^)]*telemetry\.py#L7\)/);
  } finally { await c.stop(); }
});
