// Shared by the e2e suites: where the fixture is, waiting for diagnostics, expected positions read from
// the fixture text (so the tests follow the fixture, not hard-coded numbers).
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const RUN = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.vscode-server', 'e2e-run.json'), 'utf8'));
const ws = (...p) => vscode.Uri.file(path.join(RUN.workspace, ...p));

let api;
async function getApi() {
  if (api) return api;
  const ext = vscode.extensions.getExtension('mlobs.mlobs');
  if (!ext) throw new Error('the mlobs extension is not installed');
  const wasActive = ext.isActive;
  const t0 = performance.now();
  api = await ext.activate();
  globalThis.__mlobsTimings.activateCallMs = wasActive ? undefined : Math.round(performance.now() - t0);
  globalThis.__mlobsTimings.activationMs = +api.activationMs.toFixed(1);
  return api;
}

const mlobs = uri => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'mlobs');

/** Polls until `predicate(diagnostics)` holds, or fails with the last diagnostics seen. */
async function waitForDiagnostics(uri, predicate, what, timeoutMs = 20_000) {
  const t0 = Date.now();
  for (;;) {
    const d = mlobs(uri);
    if (predicate(d)) return d;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; diagnostics now: ${JSON.stringify(d.map(x => `${x.code.value}@${x.range.start.line}:${x.range.start.character} ${x.message}`))}`);
    await new Promise(r => setTimeout(r, 25));
  }
}

/** 0-based position of `needle` in the fixture text (the n-th occurrence). */
function find(text, needle, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) { i = text.indexOf(needle, i + 1); if (i < 0) throw new Error(`${needle} not in fixture`); }
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { line, character: i - (before.lastIndexOf('\n') + 1), offset: i };
}

/** End of the call whose callee starts at `offset`: the matching closing parenthesis. */
function callEnd(text, offset) {
  let depth = 0;
  for (let i = text.indexOf('(', offset); i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) { const before = text.slice(0, i + 1); return { line: before.split('\n').length - 1, character: i + 1 - (before.lastIndexOf('\n') + 1) }; }
  }
  throw new Error('unbalanced call');
}

const codeOf = d => (typeof d.code === 'object' ? d.code.value : d.code);
const summary = ds => ds.map(d => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort();

async function open(...p) {
  const doc = await vscode.workspace.openTextDocument(ws(...p));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

async function revertAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

/** Changes a workspace setting and waits until the extension has taken it in. */
async function setSetting(key, value) {
  await vscode.workspace.getConfiguration('mlobs').update(key, value, vscode.ConfigurationTarget.Workspace);
  const t0 = Date.now();
  // The change event reaches the extension host with the new values: once they are visible, it has fired.
  while (JSON.stringify(vscode.workspace.getConfiguration('mlobs').inspect(key).workspaceValue) !== JSON.stringify(value)) {
    if (Date.now() - t0 > 10_000) throw new Error(`mlobs.${key} did not change`);
    await new Promise(r => setTimeout(r, 25));
  }
  await (await getApi()).idle();
}

const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

module.exports = { RUN, ws, getApi, mlobs, waitForDiagnostics, find, callEnd, codeOf, summary, open, revertAll, median, setSetting };
