// Notebook cells in the real VS Code: the .ipynb opened with VS Code's own notebook serializer, its Python code
// cells analysed as one program, each cell's diagnostics at its own lines, a quick fix that edits two cells, and
// an edit in one cell changing another cell's verdict.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

describe('notebooks', function () {
  let api, nb, original;
  before(async () => {
    api = await h.getApi();
    nb = await vscode.workspace.openNotebookDocument(h.ws('notebooks', 'score.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    original = nb.getCells().map(c => c.document.getText());
  });
  // each test starts from the notebook as written: the cells' texts put back (and saved, so nothing is left dirty)
  afterEach(async () => {
    const edit = new vscode.WorkspaceEdit();
    nb.getCells().forEach((c, i) => {
      const doc = c.document;
      if (doc.getText() !== original[i]) edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original[i]);
    });
    await vscode.workspace.applyEdit(edit);
    await nb.save();
    await api.idle();
  });

  const cellWith = needle => nb.getCells().find(c => c.kind === vscode.NotebookCellKind.Code && c.document.getText().includes(needle)).document;

  it('reports each finding in its own cell, at the cell\'s lines; evidence in a later cell counts', async () => {
    const load = cellWith('joblib.load('), predict = cellWith('model.predict(');
    assert.equal(load.languageId, 'python');
    const ds = await h.waitForDiagnostics(predict.uri, d => d.length === 1, 'the prediction cell\'s MLO001');
    const at = h.find(predict.getText(), 'model.predict(');
    assert.equal(h.codeOf(ds[0]), 'MLO001');
    assert.deepEqual([ds[0].range.start.line, ds[0].range.start.character], [at.line, at.character]);
    // inputs in this cell, outputs in the next one: neither is missing
    assert.doesNotMatch(ds[0].message, /inputs|outputs/);
    assert.match(ds[0].message, /latency/);
    const loadDs = await h.waitForDiagnostics(load.uri, d => d.length === 1, 'the load cell\'s MLO004');
    assert.equal(h.codeOf(loadDs[0]), 'MLO004');
    assert.equal(loadDs[0].range.start.line, 0);
    assert.deepEqual(h.mlobs(cellWith('import joblib').uri), []);
    // the sidebar lists the cell that has the prediction by notebook and cell number
    await api.idle();
    const files = api.coverageTree.getChildren(api.coverageTree.getChildren().find(n => n.kind === 'files'));
    const labels = files.map(n => api.coverageTree.getTreeItem(n).label);
    const number = nb.getCells().find(c => c.document === predict).index + 1;
    assert.ok(labels.includes(`score.ipynb · cell ${number}`), labels.join(', '));
    // the hover on the prediction is there too (the same providers serve cells)
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', predict.uri, new vscode.Position(at.line, at.character + 2));
    assert.ok(hovers.some(x => x.contents.some(c => /latency/i.test(typeof c === 'string' ? c : c.value))), 'a facet hover on the cell');
  });

  it('"Record latency" adds the import to the first cell and the timer in the prediction\'s cell', async () => {
    const first = cellWith('import joblib'), predict = cellWith('model.predict(');
    const [diag] = await h.waitForDiagnostics(predict.uri, d => d.length === 1, 'the prediction cell\'s MLO001');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', predict.uri, diag.range);
    const fix = actions.find(a => a.title === 'Record latency at this prediction');
    assert.ok(fix, actions.map(a => a.title).join('; '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(first.getText(), 'import joblib\nimport logging\nimport time\nlog = logging.getLogger("score")');
    assert.match(predict.getText(), /^rows = \[\[1, 2, 3\]\]\ninference_start = time\.perf_counter\(\)\nscores = model\.predict\(rows\)\n/);
    const after = await h.waitForDiagnostics(predict.uri, d => d.length === 1 && !/latency/.test(d[0].message), 'latency recorded');
    assert.equal(after[0].range.start.line, h.find(predict.getText(), 'model.predict(').line);
  });

  it('an edit in another cell changes the prediction cell\'s verdict', async () => {
    const outputs = cellWith('log.info("result'), predict = cellWith('model.predict(');
    const [before] = await h.waitForDiagnostics(predict.uri, d => d.length === 1, 'the prediction cell\'s MLO001');
    assert.doesNotMatch(before.message, /outputs/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(outputs.uri, new vscode.Range(0, 0, 0, outputs.lineAt(0).text.length), 'print("done")');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // the prediction cell was not edited, but its outputs are no longer recorded anywhere
    const [after] = await h.waitForDiagnostics(predict.uri, d => d.length === 1 && /outputs/.test(d[0].message), 'outputs missing in the prediction cell');
    assert.deepEqual(after.range, before.range);
  });
});
