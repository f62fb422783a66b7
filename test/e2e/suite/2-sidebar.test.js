// The sidebar's trees, the status bar and the background workspace scan, checked against the CLI's JSON
// report of the same files (a separate code path: the CLI walks and analyses the files itself).
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

function cliReport() {
  // the files the editor's scan should see: files.exclude hides generated/, env38/ is a virtual environment
  const r = spawnSync(process.execPath, [path.join(h.RUN.root, 'dist', 'cli.js'), 'scan', 'svc', 'jobs', 'web', 'notebooks', '--format', 'json'], { cwd: h.RUN.workspace, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  return JSON.parse(r.stdout);
}

describe('sidebar and status bar', function () {
  let api, cli;
  before(async () => {
    api = await h.getApi();
    await h.revertAll();
    // close what the diagnostics tests opened, so that the scan has files of its own to analyse
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const t0 = performance.now();
    const s = await api.scanWorkspace({ notify: false });
    globalThis.__mlobsTimings.workspaceScanMs = Math.round(performance.now() - t0);
    assert.equal(s.cancelled, false);
    // svc/ (4 files), jobs/ (2), web/ (1) and notebooks/ (1), not generated/ (files.exclude) nor env38/ (a virtual
    // environment); files open in the editor are the live analysis's
    assert.equal(s.files + s.open, 8, JSON.stringify(s));
    assert.ok(s.files >= 2, 'svc/models.py and svc/ranker.py, never opened, were analysed by the worker');
    assert.deepEqual(api.warnings, [], 'no warning so far');
    await api.idle();
    cli = cliReport();
  });

  const item = node => api.coverageTree.getTreeItem(node);
  const label = node => { const l = item(node).label; return typeof l === 'string' ? l : l.label; };
  const roots = () => api.coverageTree.getChildren();

  it('scans the workspace in the worker, skipping files.exclude and virtual environments', () => {
    const files = api.coverageTree.getChildren(roots().find(n => n.kind === 'files'));
    assert.deepEqual(files.map(label).sort(), ['batch_scoring.py', 'churn_service.py', 'llm_summaries.py', 'ranker.py', 'route.ts', 'score.ipynb']);
    assert.equal(cli.files.length, 8);
  });

  it('analyses the workspace as one project: a model imported from another module is known', () => {
    const files = api.coverageTree.getChildren(roots().find(n => n.kind === 'files'));
    const points = api.coverageTree.getChildren(files.find(n => label(n) === 'ranker.py'));
    assert.equal(points.length, 1);
    assert.equal(label(points[0]), cli.files.find(f => f.path.endsWith('ranker.py')).inferencePoints[0].text, 'named as the code writes it');
    // what it resolves to (the imported model's predict) is in the tooltip
    const callee = cli.files.find(f => f.path.endsWith('ranker.py')).inferencePoints[0].callee;
    assert.match(callee, /\.predict$/);
    assert.ok(String(api.coverageTree.getTreeItem(points[0]).tooltip).includes(`(${callee})`));
  });

  it('an open file resolves imports through the scan\'s project index, like the CLI', async () => {
    const doc = await h.open('svc', 'ranker.py');
    const call = h.find(doc.getText(), 'ranker.predict(');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.some(x => h.codeOf(x) === 'MLO001'), 'ranker.py diagnostics');
    const expected = cli.files.find(f => f.path.endsWith('ranker.py')).findings.map(f => `${f.code}@${f.line - 1}:${f.column - 1}`).sort();
    assert.deepEqual(h.summary(ds), expected);
    assert.ok(expected.includes(`MLO001@${call.line}:${call.character}`), 'the imported model is known: its prediction is checked');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has one node per required facet with covered/total equal to the CLI coverage, then the files', () => {
    const config = JSON.parse(fs.readFileSync(path.join(h.RUN.workspace, 'mlobs.json'), 'utf8').replace(/^\s*\/\/.*$/mg, ''));
    const facetNodes = roots().filter(n => n.kind === 'facet');
    assert.deepEqual(facetNodes.map(n => n.facet), config.requiredFacets);
    assert.deepEqual(roots().slice(-3).map(n => n.kind), ['files', 'services', 'unrecognised']);
    for (const n of facetNodes) {
      const c = cli.coverage[n.facet];
      const total = c.total - c.waived;
      assert.equal(item(n).description, `${c.covered}/${total}${c.waived ? ` · ${c.waived} waived` : ''}`, n.facet);
      const missing = api.coverageTree.getChildren(n);
      assert.equal(missing.length, total - c.covered, n.facet);
      for (const m of missing) {
        const it = item(m);
        const cliPoint = cli.files.find(f => path.resolve(h.RUN.workspace, f.path) === vscode.Uri.parse(m.key).fsPath).inferencePoints[m.index];
        assert.equal(cliPoint.facets[n.facet].covered, false);
        if (cliPoint.cell) {
          // a scanned notebook: named and revealed by cell and line in the cell, as the CLI reports it
          assert.equal(label(m), `${path.basename(vscode.Uri.parse(m.key).fsPath)} · cell ${cliPoint.cell}, line ${cliPoint.line}`);
          assert.equal(it.command.command, 'mlobs.revealNotebookCell');
          assert.deepEqual(it.command.arguments.slice(1, 3), [cliPoint.cell - 1, cliPoint.line - 1]);
          continue;
        }
        assert.equal(label(m), `${path.basename(vscode.Uri.parse(m.key).fsPath)}:${cliPoint.line}`);
        assert.equal(it.command.command, 'vscode.open');
        assert.equal(it.command.arguments[1].selection.start.line, cliPoint.line - 1);
      }
    }
  });

  it('a Services section: the workspace\'s service with each facet as the CLI reports it for the whole folder', () => {
    const r = spawnSync(process.execPath, [path.join(h.RUN.root, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--no-cache'], { cwd: h.RUN.workspace, encoding: 'utf8' });
    const [svc] = JSON.parse(r.stdout).services;
    assert.equal(svc.name, path.basename(h.RUN.workspace));
    assert.deepEqual(svc.entryPoints[0], { path: path.join('svc', 'churn_service.py'), line: 13, kind: 'FastAPI app' });
    const node = roots().find(n => n.kind === 'services');
    assert.equal(item(node).description, '1 service, 1 with facets missing');
    const [service] = api.coverageTree.getChildren(node);
    assert.equal(label(service), svc.name);
    assert.equal(item(service).description, `svc/churn_service.py:13 · ${Object.values(svc.facets).filter(v => v.covered).length}/4 facets`);
    assert.equal(item(service).command.arguments[1].selection.start.line, 12, 'opens the entry point');
    const facets = api.coverageTree.getChildren(service).map(item);
    const state = v => (v.covered ? 'pass' : v.waived ? 'circle-slash' : v.required ? 'error' : 'circle-outline');
    assert.deepEqual(facets.map(i => `${i.label} ${i.iconPath.id}`), Object.entries(svc.facets).map(([id, v]) => `${id.replace(/-/g, ' ')} ${state(v)}`));
    assert.deepEqual(svc.missing, ['deployment-context', 'outcome']);
    assert.equal(api.coverageTree.getParent(api.coverageTree.getChildren(service)[0]).kind, 'service');
  });

  it('lists files that import an ML library with nothing recognised apart, as the CLI does, outside the coverage', () => {
    const node = roots().find(n => n.kind === 'unrecognised');
    assert.equal(item(node).description, '1 file, not counted above');
    const files = api.coverageTree.getChildren(node);
    assert.deepEqual(files.map(f => [vscode.workspace.asRelativePath(vscode.Uri.parse(f.key)), item(f).description]),
      cli.unrecognised.map(u => [u.path, `jobs · ${u.libraries.join(', ')}`]));
    assert.deepEqual(cli.unrecognised, [{ path: path.join('jobs', 'train_ranker.py'), libraries: ['torch'] }]);
    assert.equal(item(files[0]).command.command, 'vscode.open');
    assert.equal(api.coverageTree.getParent(files[0]).kind, 'unrecognised');
  });

  it('expands a file into its inference points and each point into a facet checklist with evidence lines', () => {
    const files = api.coverageTree.getChildren(roots().find(n => n.kind === 'files'));
    const churn = files.find(n => label(n) === 'churn_service.py');
    const cliFile = cli.files.find(f => f.path.endsWith('churn_service.py'));
    const points = api.coverageTree.getChildren(churn);
    assert.deepEqual(points.map(p => item(p).description.split(' · ')[0]), cliFile.inferencePoints.map(p => `line ${p.line}`));
    const checks = api.coverageTree.getChildren(points[0]);
    const byFacet = Object.fromEntries(checks.map(c => [c.row.facet, item(c)]));
    for (const [facet, v] of Object.entries(cliFile.inferencePoints[0].facets)) {
      if (v.covered) {
        assert.equal(byFacet[facet].iconPath.id, 'pass', facet);
        assert.equal(byFacet[facet].description, `line ${v.evidence.line}: ${v.evidence.text}`, facet);
        assert.equal(byFacet[facet].command.arguments[1].selection.start.line, v.evidence.line - 1);
      } else assert.notEqual(byFacet[facet].iconPath.id, 'pass', facet);
    }
    // the second point (/churn/label) records none of the required facets
    const second = api.coverageTree.getChildren(points[1]).map(c => item(c));
    assert.deepEqual(second.slice(0, 6).map(i => `${i.label} ${i.iconPath.id} ${i.description}`),
      ['model version', 'inputs', 'outputs', 'prediction id', 'latency', 'errors'].map(f => `${f} error not recorded`));
  });

  it('explains every catalog facet with the current counts', () => {
    const nodes = api.catalogTree.getChildren();
    assert.equal(nodes.length, 12);
    const mv = nodes.find(n => n.facet === 'model-version');
    const points = cli.files.reduce((n, f) => n + f.inferencePoints.length, 0);
    assert.equal(api.catalogTree.getTreeItem(mv).description, `${cli.coverage['model-version'].covered}/${points} inference points`);
    assert.deepEqual(api.catalogTree.getChildren(mv).map(d => d.label), ['Records', 'Uses', 'Evidence', 'Now']);
    assert.equal(api.catalogTree.getTreeItem(nodes.find(n => n.facet === 'outcome')).description, '0/1 service');
  });

  it('a closed notebook is scanned as its cells in order; its point reveals the notebook at the cell and line', async () => {
    const files = api.coverageTree.getChildren(roots().find(n => n.kind === 'files'));
    const nbNode = files.find(n => label(n) === 'score.ipynb');
    const cliNb = cli.files.find(f => f.path.endsWith('score.ipynb'));
    const points = api.coverageTree.getChildren(nbNode);
    assert.deepEqual(points.map(p => item(p).description.split(' · ')[0]), cliNb.inferencePoints.map(p => `cell ${p.cell}, line ${p.line}`));
    const cliPoint = cliNb.inferencePoints[0];
    const checks = api.coverageTree.getChildren(points[0]).map(c => item(c));
    for (const [facet, v] of Object.entries(cliPoint.facets)) {
      const row = checks.find(c => c.id.endsWith(`:${facet}`));
      if (v.covered && v.evidence) assert.equal(row.description, `cell ${v.evidence.cell}, line ${v.evidence.line}: ${v.evidence.text}`, facet);
    }
    const cmd = item(points[0]).command;
    await vscode.commands.executeCommand(cmd.command, ...cmd.arguments);
    const nbEditor = vscode.window.activeNotebookEditor;
    assert.ok(nbEditor && nbEditor.notebook.uri.fsPath.endsWith('score.ipynb'), 'the notebook is open');
    assert.equal(nbEditor.selections[0].start, cliPoint.cell - 1, 'at the cell');
    const ed = vscode.window.activeTextEditor;
    assert.equal(ed.document.uri.toString(), nbEditor.notebook.cellAt(cliPoint.cell - 1).document.uri.toString());
    assert.deepEqual([ed.selection.start.line, ed.selection.start.character], [cliPoint.line - 1, cliPoint.column - 1]);
    // open, the notebook is its cells' (live): the scanned entry leaves, the cells come in, the figure stays
    await api.idle();
    assert.ok(!api.store.files().some(f => f.key === nbNode.key), 'the scanned notebook entry is gone while it is open');
    assert.equal(api.store.files().filter(f => f.key.startsWith('vscode-notebook-cell:')).reduce((n, f) => n + f.points.length, 0), cliNb.inferencePoints.length);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.idle();
  });

  it('shows the overall coverage of required facets in the status bar', () => {
    const config = JSON.parse(fs.readFileSync(path.join(h.RUN.workspace, 'mlobs.json'), 'utf8').replace(/^\s*\/\/.*$/mg, ''));
    let covered = 0, total = 0;
    for (const f of config.requiredFacets) { covered += cli.coverage[f].covered; total += cli.coverage[f].total - cli.coverage[f].waived; }
    // the unrecognised training job is shown beside the figure, not folded into it
    assert.equal(api.statusBar().text, `$(eye) mlobs ${Math.round((100 * covered) / total)}% · 1?`);
    assert.match(api.statusBar().tooltip, /1 file imports an ML library but had nothing recognised \(not counted\)/);
  });

  it('follows files created, changed and deleted on disk', async () => {
    const uri = h.ws('svc', 'fresh_model.py');
    const hasFresh = () => api.coverageTree.getChildren(roots().find(n => n.kind === 'files')).some(n => label(n) === 'fresh_model.py');
    const points = () => api.store.get(uri.toString())?.points.length;
    await vscode.workspace.fs.writeFile(uri, Buffer.from('import joblib\nmodel = joblib.load("m.pkl")\n\n\ndef score(x):\n    return model.predict(x)\n'));
    await until(() => hasFresh() && points() === 1, 'the new file in the tree');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('import joblib\nmodel = joblib.load("m.pkl")\n\n\ndef score(x):\n    return model.predict(x), model.predict_proba(x)\n'));
    await until(() => points() === 2, 'the changed file re-analysed');
    await vscode.workspace.fs.delete(uri);
    await until(() => !hasFresh(), 'the deleted file gone');
  });
});

async function until(cond, what, timeoutMs = 20_000) {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}
