// Diagnostics, hovers and live re-analysis in the real extension host.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const h = require('./helpers');

const T = () => globalThis.__mlobsTimings;

describe('diagnostics', function () {
  let api;
  before(async () => { api = await h.getApi(); });
  afterEach(h.revertAll);

  it('activates in well under a frame budget: nothing heavy at activation', () => {
    assert.ok(api.activationMs < 100, `activate() took ${api.activationMs} ms`);
  });

  it('puts MLO001 on each under-instrumented call and MLO002 on the swallowing except, with ranges, severity, source and docs link', async () => {
    const t0 = performance.now();
    const doc = await h.open('svc', 'churn_service.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length >= 3, 'churn_service diagnostics');
    T().openToDiagnosticsMs = Math.round(performance.now() - t0);
    const text = doc.getText();
    const label = h.find(text, 'model.predict(');              // the /churn/label endpoint
    const safe = h.find(text, 'model.predict_proba(', 1);      // the /churn/safe endpoint (the first call is fully instrumented)
    const swallow = h.find(text, 'except Exception:', 1);
    assert.deepEqual(h.summary(ds), [`MLO001@${label.line}:${label.character}`, `MLO001@${safe.line}:${safe.character}`, `MLO002@${swallow.line}:${swallow.character}`].sort());
    const d = ds.find(x => x.range.start.line === label.line);
    assert.deepEqual([d.range.end.line, d.range.end.character], [label.line, label.character + 'model.predict'.length], 'the range is the callee');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.message, 'prediction does not record: model version, inputs, outputs, prediction id, latency, errors');
    assert.equal(d.code.value, 'MLO001');
    assert.equal(d.code.target.toString(), 'mlobs-docs:/mlobs-rules/MLO001.md');
    const docStat = await vscode.workspace.fs.stat(d.code.target);   // the docs ship inside the installed extension, served read-only
    assert.ok(docStat.size > 200);
    assert.equal(docStat.permissions, vscode.FilePermission.Readonly);
    const m2 = ds.find(x => h.codeOf(x) === 'MLO002');
    assert.deepEqual([m2.range.end.line, m2.range.end.character], [swallow.line, swallow.character + 'except'.length]);
  });

  it('the docs link opens the rule as a rendered, read-only page', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length >= 3, 'churn_service diagnostics');
    const target = ds.find(x => h.codeOf(x) === 'MLO002').code.target;
    await vscode.commands.executeCommand('vscode.open', target);
    for (let i = 0; i < 100 && api.ruleDocs.lastRendered?.uri !== target.toString(); i++) await new Promise(r => setTimeout(r, 50));
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab.input instanceof vscode.TabInputCustom, `a custom editor, not a text editor: ${tab.label}`);
    assert.equal(tab.input.viewType, 'mlobs.ruleDoc');
    assert.equal(tab.label, 'mlobs MLO002');
    const { html } = api.ruleDocs.lastRendered;
    assert.match(html, /<h1[^>]*>MLO002 silent-failure<\/h1>/, 'the markdown is rendered');
    assert.match(html, /<h2[^>]*>What it does<\/h2>/);
    assert.doesNotMatch(html, /^# MLO002/m, 'no raw markdown left');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('relates each finding to the evidence that is there, and takes severities from mlobs.json', async () => {
    const doc = await h.open('svc', 'llm_summaries.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length >= 6, 'llm_summaries diagnostics');
    const text = doc.getText();
    const call = h.find(text, 'client.chat.completions.create(');
    const logLine = h.find(text, 'log.info("summary"').line;
    const m1 = ds.find(x => h.codeOf(x) === 'MLO001' && x.range.start.line === call.line);
    assert.equal(m1.message, 'prediction does not record: inputs, errors');
    const related = m1.relatedInformation.map(r => `${r.location.range.start.line}:${r.message.split(':')[0]}`);
    for (const facet of ['model version', 'outputs', 'prediction id', 'latency']) assert.ok(related.includes(`${logLine}:✓ ${facet}`), `${facet} in ${related}`);
    assert.ok(m1.relatedInformation.every(r => r.location.uri.toString() === doc.uri.toString()));
    assert.equal(m1.relatedInformation[0].location.range.start.character, 4, 'the evidence range starts at the code, not the indentation');
    const m5 = ds.find(x => h.codeOf(x) === 'MLO005');
    assert.equal(m5.severity, vscode.DiagnosticSeverity.Information, '"MLO005": "info" in mlobs.json');
    assert.deepEqual(h.summary(ds).map(s => s.split('@')[0]), ['MLO001', 'MLO001', 'MLO003', 'MLO003', 'MLO004', 'MLO005']);
  });

  it('shows the facet checklist on hover over an inference point', async () => {
    const doc = await h.open('svc', 'llm_summaries.py');
    await h.waitForDiagnostics(doc.uri, d => d.length >= 6, 'llm_summaries diagnostics');
    const call = h.find(doc.getText(), 'client.chat.completions.create(');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(call.line, call.character + 20));
    const md = hovers.flatMap(x => x.contents).map(c => c.value ?? c).join('\n');
    assert.match(md, /inference point `client\.chat\.completions\.create\(…\)`/, 'named as the code writes it');
    assert.match(md, /\*\*4\/6\*\* required facets recorded/);
    assert.match(md, /\| ✗ \| inputs \| \*\*not recorded\*\* \|/);
    const logLine = h.find(doc.getText(), 'log.info("summary"').line;
    assert.match(md, new RegExp(`\\| ✓ \\| latency \\| \\[line ${logLine + 1}\\]\\([^)]*#L${logLine + 1}\\)`));
    const none = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 2));
    assert.ok(!none.flatMap(x => x.contents).some(c => String(c.value ?? c).includes('mlobs')), 'no mlobs hover away from inference points');
  });

  it('re-analyses on typing (debounced), keeps only the latest version, and times edit → diagnostics', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'initial diagnostics');
    const first = () => Math.min(...h.mlobs(doc.uri).map(d => d.range.start.line));
    const base = first();
    const times = [];
    for (let i = 1; i <= 6; i++) {
      const e = new vscode.WorkspaceEdit();
      e.insert(doc.uri, new vscode.Position(0, 0), '\n');
      const t0 = performance.now();
      assert.ok(await vscode.workspace.applyEdit(e));
      await h.waitForDiagnostics(doc.uri, ds => ds.length === 3 && Math.min(...ds.map(d => d.range.start.line)) === base + i, `diagnostics moved down ${i} line(s)`);
      times.push(performance.now() - t0);
    }
    T().editToDiagnosticsMs = { median: Math.round(h.median(times)), max: Math.round(Math.max(...times)), note: 'includes the adaptive debounce (75–300 ms)' };
    assert.ok(times.every(t => t >= 70), `debounced: ${times.map(Math.round)}`);
    // A burst of edits faster than the shortest debounce: only the final text is reported.
    for (let i = 0; i < 5; i++) {
      const e = new vscode.WorkspaceEdit();
      e.insert(doc.uri, new vscode.Position(0, 0), '\n');
      await vscode.workspace.applyEdit(e);
      await new Promise(r => setTimeout(r, 20));
    }
    await h.waitForDiagnostics(doc.uri, ds => ds.length === 3 && Math.min(...ds.map(d => d.range.start.line)) === base + 11, 'diagnostics for the final text');
    await api.idle();
    assert.equal((await api.analysisOf(doc.uri)).version, doc.version, 'the server holds the final version');
    assert.equal(first(), base + 11);
  });

  it('analyses untitled Python documents and clears diagnostics when a document closes', async () => {
    const text = fs.readFileSync(h.ws('svc', 'churn_service.py').fsPath, 'utf8');
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: text });
    await vscode.window.showTextDocument(doc);
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'diagnostics of the untitled document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await h.waitForDiagnostics(doc.uri, d => d.length === 0, 'diagnostics cleared on close');
  });

  it('with "mlobs.run": "onSave", waits for the save', async () => {
    const doc = await h.open('jobs', 'batch_scoring.py');
    const original = doc.getText();
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'batch_scoring diagnostics');
    const lines = () => h.summary(h.mlobs(doc.uri)).join(' ');
    const before = lines();
    await h.setSetting('run', 'onSave');
    try {
      await api.idle();
      const e = new vscode.WorkspaceEdit();
      e.insert(doc.uri, new vscode.Position(0, 0), '\n\n');
      await vscode.workspace.applyEdit(e);
      await new Promise(r => setTimeout(r, 900));
      assert.equal(lines(), before, 'no analysis while typing');
      await doc.save();
      await h.waitForDiagnostics(doc.uri, ds => ds.length === 3 && h.summary(ds).join(' ') !== before, 'diagnostics after the save');
      assert.ok(h.mlobs(doc.uri).every(d => d.range.start.line >= 2));
    } finally {
      await h.setSetting('run', undefined);
      const e = new vscode.WorkspaceEdit();
      e.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
      await vscode.workspace.applyEdit(e);
      await doc.save();
      await api.idle();
    }
  });
});

describe('restart', function () {
  let api;
  before(async () => { api = await h.getApi(); });
  afterEach(h.revertAll);

  it('mlobs: Restart stops the language server, starts a new one that re-reads everything and gives the same diagnostics and coverage', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    const before = h.summary(await h.waitForDiagnostics(doc.uri, d => d.length >= 3, 'churn_service diagnostics'));
    await api.idle();
    const status = api.statusBar().text;
    const pid = api.client.initializeResult && (await api.analysisOf(doc.uri)) && api.client._serverProcess?.pid;
    await vscode.commands.executeCommand('mlobs.restart');
    await api.idle();
    const after = api.client._serverProcess?.pid;
    assert.ok(pid && after && after !== pid, `a new server process (${pid} → ${after})`);
    assert.equal(api.client.isRunning(), true);
    assert.ok(await api.analysisOf(doc.uri), 'the open document is analysed by the new server');
    assert.deepEqual(h.summary(vscode.languages.getDiagnostics(doc.uri).filter(d => d.source === 'mlobs')), before);
    assert.equal(api.statusBar().text, status, 'the rescan gives the same coverage');
    assert.deepEqual(api.errors, [], 'no internal error offered');
  });
});

describe('TypeScript', function () {
  afterEach(h.revertAll);

  it('loads the TypeScript front end on demand and reports TS findings with ranges and fixes', async () => {
    const doc = await h.open('web', 'route.ts');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length >= 4, 'route.ts diagnostics');
    const text = doc.getText();
    const load = h.find(text, 'ort.InferenceSession.create(');
    const run = h.find(text, 'session.run(');
    const create = h.find(text, 'openai.responses.create(');
    const model = h.find(text, "'gpt-4o-mini'");
    assert.deepEqual(h.summary(ds), [`MLO004@${load.line}:${load.character}`, `MLO001@${run.line}:${run.character}`, `MLO001@${create.line}:${create.character}`, `MLO003@${model.line}:${model.character}`].sort());
    const d = ds.find(x => x.range.start.line === run.line);
    assert.deepEqual([d.range.end.line, d.range.end.character], [run.line, run.character + 'session.run'.length]);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range);
    const titles = actions.map(a => a.title);
    // every missing facet but the inputs (an inline tensor, not a plain value the record could re-read)
    assert.ok(titles.includes('Record model version, outputs, prediction id, latency, errors at this prediction'), titles.join(' | '));
    assert.ok(titles.includes('Disable MLO001 for this line'), titles.join(' | '));
  });
});

describe('across files', function () {
  let api;
  before(async () => { api = await h.getApi(); });

  it('a facet recorded by another module\'s helper: the related information opens that module at the line that records', async () => {
    const dir = h.ws('xfile');
    const telemetry = vscode.Uri.joinPath(dir, 'telemetry.py'), apiFile = vscode.Uri.joinPath(dir, 'api.py');
    const TELEMETRY = 'import logging\n\nlogger = logging.getLogger("svc")\n\n\ndef log_prediction(version, rows, output):\n    logger.info("prediction", extra={"model_version": version, "inputs": rows, "output": output})\n';
    const API = 'import joblib\nfrom telemetry import log_prediction\n\nmodel = joblib.load("m.pkl")\n\n\ndef score(rows):\n    out = model.predict(rows)\n    log_prediction("v3", rows, out)\n    return out\n';
    await vscode.workspace.fs.writeFile(telemetry, Buffer.from(TELEMETRY));
    await vscode.workspace.fs.writeFile(apiFile, Buffer.from(API));
    try {
      // the helper's module is known to an open file through the workspace scan's index
      await api.scanWorkspace({ notify: false });
      const doc = await vscode.workspace.openTextDocument(apiFile);
      await vscode.window.showTextDocument(doc);
      const [m1] = await h.waitForDiagnostics(doc.uri, ds => ds.some(d => h.codeOf(d) === 'MLO001' && d.relatedInformation?.some(r => r.location.uri.path.endsWith('/telemetry.py'))), 'MLO001 related to telemetry.py');
      assert.doesNotMatch(m1.message, /outputs|inputs|model version/, 'recorded by log_prediction');
      const other = m1.relatedInformation.find(r => r.location.uri.path.endsWith('/telemetry.py'));
      const recordLine = h.find(TELEMETRY, 'logger.info("prediction"').line;
      assert.equal(other.location.range.start.line, recordLine);
      assert.match(other.message, /recorded in telemetry\.py: logger\.info\("prediction"/);
      // following it (what a click in the Problems panel does) opens the helper at that line
      await vscode.commands.executeCommand('vscode.open', other.location.uri, { selection: other.location.range });
      const ed = vscode.window.activeTextEditor;
      assert.equal(ed.document.uri.fsPath, telemetry.fsPath);
      assert.equal(ed.selection.start.line, recordLine);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(dir, { recursive: true });
      await api.idle();
    }
  });
});
