// A minimal LSP client for tests and the bench: starts `mlobs server --stdio` as an editor would, answers
// the server's requests (settings, progress, messages) and records what it sends.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export const uriOf = file => pathToFileURL(file).toString();

/**
 * @param root workspace folder
 * @param opts.settings what the client answers to `workspace/configuration` for section mlobs (undefined: null)
 * @param opts.pull whether the client supports `workspace/configuration`
 * @param opts.initializationOptions sent in `initialize`
 * @param opts.snippets whether the client takes snippet edits (`workspace.workspaceEdit.snippetEditSupport`)
 */
export async function startClient(root, opts = {}) {
  const child = spawn(process.execPath, [CLI, 'server', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', d => { stderr += d; });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const waiters = [];
  const messages = [], logs = [], coverageChanged = [], analysed = [];
  const settle = () => { for (const w of [...waiters]) if (w.test()) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); } };
  conn.onNotification('textDocument/publishDiagnostics', p => { diagnostics.set(p.uri, p); settle(); });
  conn.onNotification('window/logMessage', p => { logs.push(p.message); settle(); });
  conn.onNotification('window/showMessage', p => { messages.push(p); settle(); });
  conn.onNotification('mlobs/coverageChanged', p => { coverageChanged.push(p); settle(); });
  conn.onNotification('mlobs/analysed', p => { analysed.push(p); settle(); });
  conn.onRequest('window/showMessageRequest', p => { messages.push(p); settle(); return null; });
  // `opts.settings` answers the section mlobs; `opts.sections` any other (`files`)
  conn.onRequest('workspace/configuration', p => p.items.map(i => (i.section === 'mlobs' || !i.section ? opts.settings ?? null : opts.sections?.[i.section] ?? null)));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('$/progress', () => undefined);
  conn.listen();
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const init = await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
    initializationOptions: opts.initializationOptions,
    capabilities: {
      workspace: { configuration: opts.pull !== false, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, snippetEditSupport: !!opts.snippets } },
      window: { workDoneProgress: true, showDocument: { support: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
  });
  await conn.sendNotification('initialized', {});
  const versions = new Map();
  const client = {
    init, conn, child, diagnostics, messages, logs, coverageChanged, analysed, exited,
    get stderr() { return stderr; },
    /** Resolves when `test()` holds (checked after each message from the server), or rejects after `ms`. */
    until(test, what, ms = 20_000) {
      if (test()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const w = { test, resolve: () => { clearTimeout(timer); resolve(); } };
        const timer = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`timed out waiting for ${what}; server log:\n${logs.join('\n')}\n${stderr}`)); }, ms);
        waiters.push(w);
      });
    },
    /** The diagnostics the server publishes for this version of the document. */
    async diagnosticsFor(uri, version) {
      await client.until(() => diagnostics.get(uri)?.version === version, `diagnostics of ${uri} v${version}`);
      return diagnostics.get(uri).diagnostics;
    },
    async open(file, text, languageId) {
      const uri = uriOf(file);
      versions.set(uri, 1);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return { uri, diagnostics: await client.diagnosticsFor(uri, 1) };
    },
    async change(uri, contentChanges) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return { version, diagnostics: await client.diagnosticsFor(uri, version) };
    },
    /**
     * Opens a notebook (LSP notebook sync): `cells` are `{ kind: 'code' | 'markdown', text }`; each cell document is
     * `<notebook uri>#cell<i>`. Resolves with the cell URIs once every code cell's diagnostics are published.
     */
    async openNotebook(file, cells) {
      const uri = uriOf(file);
      const cellUris = cells.map((_, i) => `${uri.replace(/^file:/, 'vscode-notebook-cell:')}#cell${i}`);
      cellUris.forEach(u => versions.set(u, 1));
      await conn.sendNotification('notebookDocument/didOpen', {
        notebookDocument: { uri, notebookType: 'jupyter-notebook', version: 1, cells: cells.map((c, i) => ({ kind: c.kind === 'markdown' ? 1 : 2, document: cellUris[i] })) },
        cellTextDocuments: cells.map((c, i) => ({ uri: cellUris[i], languageId: c.kind === 'markdown' ? 'markdown' : 'python', version: 1, text: c.text })),
      });
      for (const [i, c] of cells.entries()) if (c.kind !== 'markdown') await client.diagnosticsFor(cellUris[i], 1);
      return { uri, cellUris };
    },
    /** Replaces a cell's whole text (a notebook change); resolves with that cell's new diagnostics. */
    async changeCell(nbUri, cellUri, text, notebookVersion) {
      const version = versions.get(cellUri) + 1;
      versions.set(cellUri, version);
      await conn.sendNotification('notebookDocument/didChange', {
        notebookDocument: { uri: nbUri, version: notebookVersion },
        change: { cells: { textContent: [{ document: { uri: cellUri, version }, changes: [{ text }] }] } },
      });
      return version;
    },
    async stop() {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      const code = await exited;
      conn.dispose();
      return code;
    },
  };
  return client;
}

/** Applies LSP text edits (non-overlapping, positions in the original text) to a text. */
export function applyLspEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = p => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  // from the end backwards; insertions at one spot keep their order (applied last first)
  return edits.map((e, i) => ({ e, i })).sort((a, b) => off(b.e.range.start) - off(a.e.range.start) || b.i - a.i)
    .reduce((t, { e }) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}
