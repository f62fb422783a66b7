// Quick fixes and fix-all through VS Code's own code action machinery, applied with WorkspaceEdits.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

const engine = () => require(path.join(h.RUN.root, 'dist', 'engine.js'));

async function actionsAt(doc, range, kind) {
  return vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, kind);
}

describe('code actions', function () {
  let api;
  before(async () => { api = await h.getApi(); });
  afterEach(async () => { await h.revertAll(); await api.idle(); });

  it('offers every engine fix of a finding as a quick fix on its diagnostic, the preferred one marked', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const label = h.find(doc.getText(), 'model.predict(');
    const diag = ds.find(d => d.range.start.line === label.line);
    const actions = await actionsAt(doc, diag.range);
    // The same fixes the engine computes for this finding, in the same order.
    const e = engine();
    const config = e.loadConfigFile(path.join(h.RUN.workspace, 'mlobs.json'));
    const result = await e.analyzeText('svc/churn_service.py', doc.getText(), config);
    const index = result.findings.findIndex(f => f.code === 'MLO001' && f.range.start.line === label.line);
    const expected = e.computeFixes('svc/churn_service.py', doc.getText(), result, config).filter(f => f.findingIndex === index);
    // (VS Code's built-in chat adds actions of its own: keep ours)
    const ours = actions.filter(a => expected.some(f => f.title === a.title));
    assert.deepEqual(ours.map(a => a.title), expected.map(f => f.title));
    assert.equal(actions.filter(a => /MLO\d{3}|^Record /.test(a.title)).length, expected.length);
    assert.ok(actions.some(a => a.title === 'Disable MLO001 for this line'));
    assert.ok(actions.some(a => a.title === 'Disable MLO001 in this file'));
    assert.ok(ours.every(a => a.kind.value === 'quickfix'));
    assert.deepEqual(ours.filter(a => a.isPreferred).map(a => a.title), expected.filter(f => f.isPreferred).map(f => f.title));
    assert.equal(ours.filter(a => a.isPreferred).length, 1);
    // (the command drops CodeAction.diagnostics:) asked directly, every action is tied to the finding's diagnostic
    const direct = await api.codeActions(doc, diag.range, { diagnostics: [diag], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke });
    assert.deepEqual(direct.map(a => a.title), expected.map(f => f.title));
    assert.ok(direct.every(a => a.diagnostics.length === 1 && h.summary(a.diagnostics)[0] === h.summary([diag])[0] && a.diagnostics[0].message === diag.message));
  });

  it('"Disable MLO001 for this line" adds the comment and the diagnostic goes; the others stay', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const label = h.find(doc.getText(), 'model.predict(');
    const diag = ds.find(d => d.range.start.line === label.line);
    const action = (await actionsAt(doc, diag.range)).find(a => a.title === 'Disable MLO001 for this line');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.match(doc.lineAt(label.line).text, /\)\[0\]  # mlobs: ignore\[MLO001\]$/);
    const after = await h.waitForDiagnostics(doc.uri, d => d.length === 2, 'one diagnostic fewer');
    assert.deepEqual(h.summary(after), h.summary(ds.filter(d => d !== diag)));
  });

  it('the preferred instrumentation fix records the missing facets, and the diagnostics follow', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const safe = h.find(doc.getText(), 'model.predict_proba(', 1);
    const diag = ds.find(d => d.range.start.line === safe.line);
    const preferred = (await actionsAt(doc, diag.range)).find(a => a.isPreferred && a.title.startsWith('Record '));
    assert.match(preferred.title, /^Record .*latency.* at this prediction$/);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    const now = h.find(doc.getText(), 'model.predict_proba(', 1);
    assert.notEqual(now.line, safe.line, 'the fix added lines above the call');
    const after = await h.waitForDiagnostics(doc.uri, d => !d.some(x => h.codeOf(x) === 'MLO001' && x.range.start.line === now.line && /latency/.test(x.message)), 'the fixed point no longer missing latency');
    const left = after.find(x => h.codeOf(x) === 'MLO001' && x.range.start.line === now.line);
    if (left) assert.equal(left.message, 'prediction does not record: inputs', 'only the facet the fix leaves to the user (personal data) remains');
    assert.ok(!after.some(x => h.codeOf(x) === 'MLO002' && x.range.start.line === now.line + 1), 'the swallowed failure is now recorded');
  });

  it('a pin fixes the version: the commit sha is a snippet tab stop, an LLM alias becomes the dated snapshot', async () => {
    const doc = await h.open('svc', 'llm_summaries.py');
    const ds = await h.waitForDiagnostics(doc.uri, d => d.length >= 6, 'llm_summaries diagnostics');
    const hub = h.find(doc.getText(), 'pipeline(');
    const pinDiag = ds.find(d => h.codeOf(d) === 'MLO003' && d.range.start.line === hub.line);
    const direct = await api.codeActions(doc, pinDiag.range, { diagnostics: [pinDiag], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke });
    const pin = direct.find(a => a.title === 'Pin a commit revision (fill in the commit sha)');
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await vscode.workspace.applyEdit(pin.edit));
    assert.match(doc.lineAt(hub.line).text, /revision="PIN-COMMIT-SHA"\)$/);
    // inserted as a snippet: the placeholder is the selected tab stop, ready to be typed over
    assert.equal(doc.getText(editor.selection), 'PIN-COMMIT-SHA');
    await h.revertAll();

    const alias = h.find(doc.getText(), '"gpt-4o-mini"');
    const aliasDiag = (await h.waitForDiagnostics(doc.uri, d => d.length >= 6, 'llm_summaries diagnostics again'))
      .find(d => h.codeOf(d) === 'MLO003' && d.range.start.line === alias.line);
    const snapshot = (await actionsAt(doc, aliasDiag.range)).find(a => a.title === 'Pin the dated snapshot gpt-4o-mini-2024-07-18');
    assert.ok(snapshot.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(snapshot.edit));
    assert.match(doc.lineAt(alias.line).text, /model="gpt-4o-mini-2024-07-18",$/);
  });

  it('fix-all on save applies nothing by default, and the preferred instrumentation of each finding when opted in', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const onSave = () => api.codeActions(doc, whole, { diagnostics: [], only: vscode.CodeActionKind.SourceFixAll.append('mlobs'), triggerKind: vscode.CodeActionTriggerKind.Automatic });
    assert.deepEqual(await onSave(), []);
    await h.setSetting('fixAll.includeInstrumentation', true);
    assert.equal((await onSave()).length, 1, 'opted in, on save');
    try {
      await api.idle();
      const [fixAll, ...more] = await actionsAt(doc, whole, 'source.fixAll.mlobs');
      assert.equal(more.length, 0);
      assert.equal(fixAll.kind.value, 'source.fixAll.mlobs');
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.ok(!doc.getText().includes('mlobs: ignore'), 'suppressions are never part of fix-all');
      const after = await h.waitForDiagnostics(doc.uri, d => d.length < 3, 'fewer findings after fix-all');
      assert.ok(after.every(d => h.codeOf(d) !== 'MLO002'));
      assert.ok(after.filter(d => h.codeOf(d) === 'MLO001').every(d => !/latency/.test(d.message)), h.summary(after).join(' '));
    } finally {
      await h.setSetting('fixAll.includeInstrumentation', undefined);
    }
  });

  it('fix-all chosen from the Source Action menu is an explicit request: it applies without the opt-in', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    // the menu asks for every source action (kind "source"), invoked
    const actions = await actionsAt(doc, whole, 'source');
    const fixAll = actions.find(a => a.kind?.value === 'source.fixAll.mlobs');
    assert.ok(fixAll, actions.map(a => `${a.kind?.value} ${a.title}`).join('; '));
    assert.match(fixAll.title, /^mlobs: apply \d+ fix(es)?$/);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.ok(!doc.getText().includes('mlobs: ignore'), 'suppressions are never part of fix-all');
    const after = await h.waitForDiagnostics(doc.uri, d => d.length < 3, 'fewer findings after fix-all');
    assert.ok(after.filter(d => h.codeOf(d) === 'MLO001').every(d => !/latency/.test(d.message)), h.summary(after).join(' '));
  });

  it('"mlobs: Fix All in This File" applies the same fixes at once', async () => {
    const doc = await h.open('svc', 'churn_service.py');
    await h.waitForDiagnostics(doc.uri, d => d.length === 3, 'churn diagnostics');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const [expected] = (await actionsAt(doc, whole, 'source')).filter(a => a.kind?.value === 'source.fixAll.mlobs');
    const want = expected.edit.entries()[0][1].map(e => e.newText);
    await vscode.commands.executeCommand('mlobs.fixAllInFile');
    const t0 = Date.now();
    while (!doc.isDirty && Date.now() - t0 < 10_000) await new Promise(r => setTimeout(r, 50));
    for (const text of want) assert.ok(doc.getText().includes(text.trim().split('\n')[0]), `applied: ${text.slice(0, 60)}`);
    await h.waitForDiagnostics(doc.uri, d => d.length < 3, 'fewer findings after the command');
  });
});
