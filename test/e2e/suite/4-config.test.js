// mlobs.json and settings changes reach the diagnostics; broken ones give one clear warning, never a crash.
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

describe('configuration', function () {
  let api, original;
  const configUri = () => h.ws('mlobs.json');
  const write = async text => vscode.workspace.fs.writeFile(configUri(), Buffer.from(text));
  before(async () => { api = await h.getApi(); original = fs.readFileSync(configUri().fsPath, 'utf8'); });
  after(async () => { await write(original); await api.idle(); });

  it('re-analyses open documents when mlobs.json changes', async () => {
    const doc = await h.open('svc', 'llm_summaries.py');
    const call = h.find(doc.getText(), 'client.chat.completions.create(');
    const at = ds => ds.find(d => h.codeOf(d) === 'MLO001' && d.range.start.line === call.line);
    await h.waitForDiagnostics(doc.uri, ds => at(ds)?.message === 'prediction does not record: inputs, errors', 'the fixture config');
    await write('{ "requiredFacets": ["inputs", "decision"], "severity": { "MLO005": "off", "MLO003": "error" } }');
    const ds = await h.waitForDiagnostics(doc.uri, ds => at(ds)?.message === 'prediction does not record: inputs, decision', 'the new required facets');
    assert.ok(!ds.some(d => h.codeOf(d) === 'MLO005'), 'MLO005 is off');
    assert.ok(ds.filter(d => h.codeOf(d) === 'MLO003').every(d => d.severity === vscode.DiagnosticSeverity.Error));
    await api.idle();
    assert.deepEqual(api.coverageTree.getChildren().filter(n => n.kind === 'facet').map(n => n.facet), ['inputs', 'decision'], 'the sidebar follows');
  });

  it('a broken mlobs.json: one warning naming the file and the problem; analysis goes on with the defaults', async () => {
    const doc = await h.open('svc', 'llm_summaries.py');
    const call = h.find(doc.getText(), 'client.chat.completions.create(');
    const before = api.warnings.length;
    await write('{ "requiredFacets": ["speed"] }');
    await h.waitForDiagnostics(doc.uri, ds => ds.some(d => h.codeOf(d) === 'MLO001' && d.range.start.line === call.line && d.message === 'prediction does not record: inputs, errors'), 'the default required facets');
    await api.idle();
    const shown = api.warnings.slice(before);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], /^mlobs: configuration error in mlobs\.json: requiredFacets\.0 \(line \d+, column \d+\): unknown facet "speed" \(known: .*\)\. Analysis continues with the default configuration\.$/);
  });

  it('invalid settings: one warning listing them; valid settings still apply', async () => {
    await write(original);
    // the reload that writing mlobs.json causes has run before the warnings are counted (it clears what was shown)
    await api.idle();
    const doc = await h.open('svc', 'llm_summaries.py');
    const before = api.warnings.length;
    await h.setSetting('severity', { MLO009: 'warning', MLO004: 'loud', MLO003: 'hint' });
    try {
      await h.waitForDiagnostics(doc.uri, ds => ds.filter(d => h.codeOf(d) === 'MLO003').length === 2 && ds.filter(d => h.codeOf(d) === 'MLO003').every(d => d.severity === vscode.DiagnosticSeverity.Hint), 'MLO003 as hints');
      await api.idle();
      const shown = api.warnings.slice(before);
      assert.equal(shown.length, 1, shown.join('\n'));
      assert.match(shown[0], /mlobs\.severity\.MLO009: unknown rule code/);
      assert.match(shown[0], /mlobs\.severity\.MLO004: must be one of error, warning, info, hint, off, not "loud"/);
      assert.equal(h.mlobs(doc.uri).find(d => h.codeOf(d) === 'MLO004').severity, vscode.DiagnosticSeverity.Warning, 'the invalid value falls back');
    } finally {
      await h.setSetting('severity', undefined);
      await api.idle();
    }
  });

  it('knowledge from settings: a custom field name counts as evidence', async () => {
    const file = h.ws('svc', 'custom_fields.py');
    await vscode.workspace.fs.writeFile(file, Buffer.from('import logging\nimport joblib\n\nlog = logging.getLogger("svc")\nmodel = joblib.load("m.pkl")\n\n\ndef score(x):\n    y = model.predict(x)\n    log.info("scored", extra={"mdl_ver": "7", "prediction": y})\n    return y\n'));
    try {
      const doc = await h.open('svc', 'custom_fields.py');
      await h.waitForDiagnostics(doc.uri, ds => ds.some(d => h.codeOf(d) === 'MLO001' && /^prediction does not record: model version, /.test(d.message)), 'model version missing');
      await h.setSetting('knowledge.fieldNames', { 'model-version': ['mdl_ver'] });
      await h.waitForDiagnostics(doc.uri, ds => ds.some(d => h.codeOf(d) === 'MLO001' && !/model version/.test(d.message)), 'model version recorded through mdl_ver');
    } finally {
      await h.setSetting('knowledge.fieldNames', undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file);
    }
  });
  it('mlobs.json is JSON with comments, validated by the published schema: a misspelt severity is underlined as it is typed', async () => {
    const doc = await vscode.workspace.openTextDocument(configUri());
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(doc.languageId, 'jsonc', 'comments are allowed');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), '{\n  // typed, not saved\n  "severity": { "MLO001": "loud" },\n  "requiredFacets": ["latncy"]\n}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const t0 = Date.now();
    let problems = [];
    // VS Code's JSON language server reads the schema from the extension (contributes.jsonValidation)
    while (problems.length < 2 && Date.now() - t0 < 30_000) {
      problems = vscode.languages.getDiagnostics(doc.uri).filter(d => d.source !== 'mlobs');
      await new Promise(r => setTimeout(r, 100));
    }
    const at = needle => h.find(doc.getText(), needle);
    const lines = problems.map(d => d.range.start.line).sort();
    assert.deepEqual(lines, [at('"loud"').line, at('"latncy"').line], JSON.stringify(problems.map(d => `${d.range.start.line}:${d.range.start.character} ${d.message}`)));
    assert.ok(problems.every(d => d.severity <= vscode.DiagnosticSeverity.Warning));
    assert.ok(!problems.some(d => /comment/i.test(d.message)), 'no complaint about the comment');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
  it('the language status item shows the active file\'s counts, and a broken config as an error', async () => {
    const until = async (what, ok) => {
      const t0 = Date.now();
      while (!ok()) {
        if (Date.now() - t0 > 20_000) throw new Error(`language status: ${what}; now ${api.languageStatus.text} / ${api.languageStatus.detail}`);
        await new Promise(r => setTimeout(r, 50));
      }
    };
    await write(original);
    const doc = await h.open('svc', 'churn_service.py');
    await h.waitForDiagnostics(doc.uri, d => d.length > 0, 'churn diagnostics');
    await api.idle();
    const { result } = await api.analysisOf(doc.uri);
    const n = (k, one) => `${k} ${one}${k === 1 ? '' : 's'}`;
    assert.ok(result.inferencePoints.length > 0 && result.findings.length === h.mlobs(doc.uri).length);
    await until('the counts', () => api.languageStatus.text === `mlobs: ${n(result.inferencePoints.length, 'inference point')}, ${n(result.findings.length, 'finding')}`);
    assert.equal(api.languageStatus.severity, vscode.LanguageStatusSeverity.Information);
    assert.equal(api.languageStatus.command.command, 'mlobs.showLog');
    await write('{ "requiredFacets": ["speed"] }');
    await until('the config error', () => api.languageStatus.severity === vscode.LanguageStatusSeverity.Error);
    assert.equal(api.languageStatus.text, 'mlobs: config error');
    assert.match(api.languageStatus.detail, /unknown facet "speed"/);
    await write(original);
    await until('back to the counts', () => api.languageStatus.severity === vscode.LanguageStatusSeverity.Information && /inference point/.test(api.languageStatus.text));
  });
  it('Mark as inference point: an in-house library\'s call becomes a point through a knowledge entry in mlobs.json, as in the CLI', async () => {
    const dir = path.join(h.RUN.workspace, 'marked');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'inhouse.py');
    fs.writeFileSync(file, ['from acme_inhouse import scoring', '', 'engine = scoring.connect("tcp://scorer:9000")', '', 'def score(features):',
      '    return engine.evaluate_now(features)', '', 'def score_again(features):', '    return engine.evaluate_now(features)', ''].join('\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc);
      await api.idle();
      const mine = () => vscode.languages.getDiagnostics(doc.uri).filter(d => d.source === 'mlobs');
      assert.deepEqual(mine(), [], 'not recognised yet');
      const call = h.find(doc.getText(), 'engine.evaluate_now(');
      const at = new vscode.Range(call.line, call.character + 3, call.line, call.character + 3);
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, at);
      const mark = actions.find(a => a.title.startsWith('mlobs: Mark'));
      assert.ok(mark, actions.map(a => a.title).join(' | '));
      assert.equal(mark.title, 'mlobs: Mark engine.evaluate_now as an inference point (in mlobs.json)');
      assert.equal(mark.kind.value, 'refactor.rewrite.mlobs.markInference');
      await vscode.commands.executeCommand(mark.command.command, ...mark.command.arguments);
      const ds = await h.waitForDiagnostics(doc.uri, d => d.filter(x => h.codeOf(x) === 'MLO001').length === 2, 'both calls checked')
        .catch(async e => { throw new Error(`${e.message}\nmlobs.json: ${fs.readFileSync(configUri().fsPath, 'utf8')}\nwarnings: ${api.warnings.join(' | ')}\nerrors: ${api.errors.join(' | ')}\nstate: ${JSON.stringify((await api.analysisOf(doc.uri))?.result.inferencePoints)}`); });
      const second = h.find(doc.getText(), 'engine.evaluate_now(', 1);
      assert.deepEqual(h.summary(ds.filter(x => h.codeOf(x) === 'MLO001')), [`MLO001@${call.line}:${call.character}`, `MLO001@${second.line}:${second.character}`].sort());
      const written = fs.readFileSync(configUri().fsPath, 'utf8');
      assert.match(written, /"match": "model\.acme_inhouse#evaluate_now"/);
      assert.match(written, /"match": "acme_inhouse\.scoring\.connect"/);
      // the CLI reads the same file: the same two points
      const r = spawnSync(process.execPath, [path.join(h.RUN.root, 'dist', 'cli.js'), 'scan', 'marked', '--format', 'json', '--no-cache'], { cwd: h.RUN.workspace, encoding: 'utf8' });
      assert.deepEqual(JSON.parse(r.stdout).files[0].inferencePoints.map(p => p.line), [call.line + 1, second.line + 1]);
      // asked on a call that is a point now, it is not offered again
      const again = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, at);
      assert.ok(!again.some(a => a.title.startsWith('mlobs: Mark')));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir, { recursive: true, force: true });
      await write(original);
      await api.idle();
    }
  });
  it('MLO006 at the service\'s entry point, and gone from it when another file of the service records the facet', async () => {
    const telemetry = path.join(h.RUN.workspace, 'svc', 'telemetry.py');
    try {
      await write(original.replace('"MLO006": "off"', '"MLO006": "info"'));
      const doc = await h.open('svc', 'churn_service.py');
      const app = h.find(doc.getText(), 'FastAPI()');
      const mlo006 = ds => ds.find(d => h.codeOf(d) === 'MLO006');
      let [d] = [mlo006(await h.waitForDiagnostics(doc.uri, ds => !!mlo006(ds), 'MLO006 on churn_service.py'))];
      assert.deepEqual([d.range.start.line, d.range.start.character], [app.line, app.character], 'at the FastAPI app');
      assert.equal(d.message, `service "${path.basename(h.RUN.workspace)}" records no deployment context, outcome (service facets, checked across its files)`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      // the OpenTelemetry resource, in another file of the service: the workspace is rescanned and MLO006 follows
      await vscode.workspace.fs.writeFile(vscode.Uri.file(telemetry), Buffer.from('from opentelemetry.sdk.resources import Resource\n\nresource = Resource.create({"service.version": "1.2.0"})\n'));
      d = mlo006(await h.waitForDiagnostics(doc.uri, ds => mlo006(ds)?.message.includes('records no outcome ('), 'MLO006 without deployment context', 30_000));
      assert.ok(d);
      await api.idle();
      const [service] = api.coverageTree.getChildren(api.coverageTree.getChildren().find(n => n.kind === 'services'));
      const deployment = api.coverageTree.getChildren(service).map(n => api.coverageTree.getTreeItem(n)).find(i => i.label === 'deployment context');
      assert.equal(deployment.iconPath.id, 'pass');
      assert.equal(deployment.description, 'svc/telemetry.py:3: resource = Resource.create({"service.version": "1.2.0"})');
      assert.equal(vscode.Uri.parse(String(deployment.command.arguments[0])).fsPath, telemetry, 'the evidence opens the other file');
    } finally {
      fs.rmSync(telemetry, { force: true });
      await write(original);
      await api.idle();
    }
  });
});
