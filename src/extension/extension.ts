/**
 * The VS Code extension: a client of the mlobs language server (src/server, started as `dist/server.js
 * --node-ipc`, its own process) plus the views. Diagnostics, quick fixes, fix-all, hovers, notebooks and the
 * workspace scan are the server's; this side shows what it reports (sidebar, status bar, language status, rule
 * docs) and does what only the editor can (open a notebook at a cell, edit an open mlobs.json buffer). No analysis
 * here. Activation creates the client and views and returns; the server starts in the background.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AnalysedNotification, CoverageResponse } from '../server/server';
import type { ScanSummary } from '../server/workspaceScan';
import { addKnowledge, KnowledgeAddition } from './configs';
import type * as ClientModule from './languageClient';
import { LanguageStatus } from './languageStatus';
import { CELL_SCHEME } from './notebooks';
import { statusText } from './present';
import { registerRuleDocs, DOCS_SCHEME } from './ruleDocs';
import { CatalogTree, CoverageStore, CoverageTree } from './tree';

export const LANGUAGES = ['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'vue', 'svelte'];
export const SELECTOR: vscode.DocumentFilter[] = [
  ...LANGUAGES.flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
  { language: 'python', scheme: CELL_SCHEME },
];
/** dist/client.js: vscode-languageclient and the client's options, loaded after activation. */
const loadClientModule = () => require('./languageClient') as typeof ClientModule;

/** What `activate` returns: the live parts, for the integration tests and for other extensions. */
export interface MlobsApi {
  activationMs: number;
  client: LanguageClient;
  coverageTree: CoverageTree;
  catalogTree: CatalogTree;
  store: CoverageStore;
  scanWorkspace(options?: { notify?: boolean }): Promise<ScanSummary | undefined>;
  /** mlobs: Restart — the server stopped and started again; resolves when everything has been analysed and scanned again. */
  restart(): Promise<void>;
  /** Code actions asked of the server as VS Code asks for them (the `vscode.executeCodeActionProvider` command drops the trigger kind). */
  codeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<(vscode.CodeAction | vscode.Command)[]>;
  /** An open document's current analysis, as the server holds it (the CLI's JSON for that file). */
  analysisOf(uri: vscode.Uri): Promise<{ version: number; result: import('../engine').FileResult; ms: number } | null>;
  /** The rule docs' rendered editor (its last page, for the tests). */
  ruleDocs: { lastRendered: { uri: string; html: string } | undefined };
  /** Internal errors offered to the user (with Show Log), in order. */
  errors: readonly string[];
  /** Resolves when the server has no analysis, scan or reload pending and the views show its results. */
  idle(): Promise<void>;
  statusBar(): { text: string; tooltip: string };
  /** The language status item of the active document. */
  languageStatus: vscode.LanguageStatusItem;
  /** Warnings shown so far (bad settings, broken config files). */
  warnings: readonly string[];
}

export function activate(context: vscode.ExtensionContext): MlobsApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('mlobs', { log: true });
  const store = new CoverageStore();
  const coverageTree = new CoverageTree(store);
  const catalogTree = new CatalogTree(store);
  const ruleDocs = registerRuleDocs(context.extensionUri);
  const languageStatus = new LanguageStatus(SELECTOR);
  const warnings: string[] = [];
  const errors: string[] = [];
  let scanning = false, scanned = false;

  const offerLog = (message: string) => {
    errors.push(message);
    log.error(message);
    void vscode.window.showErrorMessage(message, 'Show Log').then(choice => { if (choice) log.show(); }, () => undefined);
  };
  let client!: LanguageClient;
  // made just after activation returns (its module is a bundle of its own): activate() itself stays cheap
  const makeClient = () => {
    const { createClient } = loadClientModule();
    client = createClient(context.extensionPath, {
      log, selector: SELECTOR, ruleDocsUri: `${DOCS_SCHEME}:/mlobs-rules/{code}.md`, markCommand: 'mlobs.markInference',
      warned: message => warnings.push(message),
      failed: message => errors.push(message),
      closed: () => {
        languageStatus.stopped('the language server stopped; run "mlobs: Restart" to start it again');
        offerLog('mlobs: the language server stopped');
      },
    });
    client.onNotification('mlobs/analysed', (s: AnalysedNotification) => {
      statusOf.set(s.uri, s);
      if (s.uri === activeUri()) languageStatus.show(s);
    });
    client.onNotification('mlobs/coverageChanged', () => {
      clearTimeout(coverageTimer);
      coverageTimer = setTimeout(() => void fetchCoverage(), 100);
    });
  };

  // the active document's status, from the server's announcements
  const statusOf = new Map<string, AnalysedNotification>();
  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  const showActive = () => {
    const s = statusOf.get(activeUri() ?? '');
    if (s && s.version === vscode.window.activeTextEditor?.document.version) languageStatus.show(s);
    else if (s) languageStatus.busy();
    else languageStatus.idle();
  };

  // the sidebar and status bar follow the server's coverage, fetched shortly after it says something changed
  const status = vscode.window.createStatusBarItem('mlobs.coverage', vscode.StatusBarAlignment.Right, 100);
  status.name = 'mlobs coverage';
  status.command = 'mlobs.showCoverage';
  const currentStatus = () => statusText(store.overall(), scanning);
  const updateStatus = () => { const s = currentStatus(); status.text = s.text; status.tooltip = s.tooltip; status.show(); };
  store.onDidChange(updateStatus);
  let coverageTimer: NodeJS.Timeout | undefined;
  let fetching: Promise<void> | undefined;
  const fetchCoverage = (): Promise<void> => (fetching ??= (async () => {
    try {
      const cov = await client.sendRequest<CoverageResponse>('mlobs/coverage');
      store.replace(cov.files, cov.services ?? []);
      if (cov.scanning !== scanning || cov.scanned !== scanned) {
        scanning = cov.scanning; scanned = cov.scanned;
        void vscode.commands.executeCommand('setContext', 'mlobs.state', scanning ? 'scanning' : scanned ? 'done' : 'idle');
        updateStatus();
      }
    } catch (err) {
      if (client.isRunning()) log.warn(`could not read the coverage: ${(err as Error).message}`);
    }
  })().finally(() => { fetching = undefined; }));
  const whenRunning = async () => {
    await starting;
    if (!client.isRunning()) throw new Error('the mlobs language server is not running');
  };
  const started = () => client.start().then(() => log.info('the language server is running'), err => {
    languageStatus.stopped(`the language server did not start: ${(err as Error).message}`);
    offerLog(`mlobs: the language server did not start: ${(err as Error).message}`);
  });
  let starting: Promise<void> = new Promise(resolve => setImmediate(() => {
    try { makeClient(); } catch (err) { offerLog(`mlobs: the language client could not be created: ${(err as Error).message}`); resolve(); return; }
    resolve(started());
  }));

  /** Scans the workspace; asked for by the user: a notification with a Cancel button; otherwise the window's progress. */
  async function scanWorkspace(options: { notify?: boolean } = {}): Promise<ScanSummary | undefined> {
    await whenRunning();
    if (!vscode.workspace.workspaceFolders?.length) return undefined;
    const notify = options.notify ?? true;
    const summary = await vscode.window.withProgress(
      { location: notify ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title: 'mlobs: scanning the workspace', cancellable: notify },
      (_progress, token) => client.sendRequest<ScanSummary>('mlobs/scan', {}, token).catch(err => {
        if (token.isCancellationRequested) return { files: 0, open: 0, points: 0, findings: 0, ms: 0, cancelled: true };
        throw err;
      }));
    await fetchCoverage();
    return summary;
  }

  // Restart: the server process stopped and started again (every tree, cache and result dropped), everything analysed again.
  let restarting: Promise<void> | undefined;
  const restart = () => (restarting ??= (async () => {
    log.info('restart requested: stopping the language server and starting it again');
    statusOf.clear();
    await starting.catch(() => undefined);
    starting = client.isRunning() ? client.restart().catch(err => offerLog(`mlobs: the language server did not restart: ${(err as Error).message}`)) : started();
    await starting;
    if (client.isRunning() && vscode.workspace.workspaceFolders?.length) await scanWorkspace({ notify: false });
  })().finally(() => { restarting = undefined; }));

  // Mark as inference point: the knowledge entry added to the file's mlobs.json (a new one at the workspace folder's
  // root if there is none), comments and layout kept; an open, edited mlobs.json gets it in its buffer, then saved.
  async function markInference(uri: vscode.Uri, knowledge: KnowledgeAddition, text: string): Promise<void> {
    await whenRunning();
    const where = await client.sendRequest<{ file?: string; folder?: string; problem?: { file: string; problem: string } } | null>('mlobs/configFile', { uri: uri.toString() });
    if (!where) return;
    if (where.problem) {
      void vscode.window.showWarningMessage(`mlobs: ${vscode.workspace.asRelativePath(where.problem.file)} has errors; fix it before adding knowledge to it.`);
      return;
    }
    const file = vscode.Uri.file(where.file ?? path.join(where.folder ?? path.dirname(uri.fsPath), 'mlobs.json'));
    const open = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && d.uri.fsPath === file.fsPath);
    try {
      if (open?.isDirty) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file, new vscode.Range(0, 0, open.lineCount, 0), addKnowledge(open.getText(), knowledge));
        if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error('the editor refused the edit or the save');
      } else {
        const before = where.file ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) : undefined;
        const after = addKnowledge(before, knowledge);
        if (after === before) { log.info(`${text}: its knowledge is already in ${file.fsPath}`); return; }
        await vscode.workspace.fs.writeFile(file, Buffer.from(after));
      }
    } catch (err) {
      void vscode.window.showWarningMessage(`mlobs: could not add the knowledge to ${vscode.workspace.asRelativePath(file)}: ${(err as Error).message}`);
      return;
    }
    log.info(`marked ${text} as an inference point: ${JSON.stringify(knowledge)} added to ${file.fsPath}`);
    await client.sendRequest('mlobs/reload');
    const openIt = `Open ${path.basename(file.fsPath)}`;
    void vscode.window.showInformationMessage(`mlobs: ${text} is now an inference point (knowledge in ${vscode.workspace.asRelativePath(file)}).`, openIt)
      .then(choice => { if (choice) void vscode.window.showTextDocument(file); });
  }

  const coverageView = vscode.window.createTreeView('mlobs.coverage', { treeDataProvider: coverageTree, showCollapseAll: true });
  const catalogView = vscode.window.createTreeView('mlobs.catalog', { treeDataProvider: catalogTree });
  const run = (uri: vscode.Uri) => vscode.workspace.getConfiguration('mlobs', uri).get<string>('run', 'onType');

  context.subscriptions.push(
    ...ruleDocs.disposables,
    log, store, status, languageStatus, coverageView, catalogView,
    { dispose: () => { clearTimeout(coverageTimer); void client?.stop(); } },
    vscode.window.onDidChangeActiveTextEditor(showActive),
    // an edit of the active document: busy until the server's next result for it
    vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length && e.document.uri.toString() === activeUri() && vscode.languages.match(SELECTOR, e.document) && run(e.document.uri) === 'onType') languageStatus.busy();
    }),
    vscode.workspace.onDidCloseTextDocument(d => statusOf.delete(d.uri.toString())),
    // The sidebar shows the workspace: opening it is a request to scan, once.
    coverageView.onDidChangeVisibility(e => { if (e.visible && !scanned && !scanning) void scanWorkspace({ notify: false }).catch(() => undefined); }),
    vscode.commands.registerCommand('mlobs.scanWorkspace', () => scanWorkspace({ notify: true })),
    vscode.commands.registerCommand('mlobs.refresh', async () => { await whenRunning(); await client.sendRequest('mlobs/reload'); }),
    vscode.commands.registerCommand('mlobs.restart', () => restart()),
    vscode.commands.registerCommand('mlobs.showLog', () => log.show()),
    vscode.commands.registerCommand('mlobs.markInference', (uri: vscode.Uri, knowledge: KnowledgeAddition, text: string) => markInference(uri, knowledge, text)),
    // the sidebar's reveal of a point in a scanned (closed) notebook: the notebook opened at that cell and line
    vscode.commands.registerCommand('mlobs.revealNotebookCell', async (key: string, cell: number, line: number, col: number, endLine: number, endCol: number) => {
      const nb = await vscode.workspace.openNotebookDocument(vscode.Uri.parse(key));
      await vscode.window.showNotebookDocument(nb, { selections: [new vscode.NotebookRange(cell, cell + 1)] });
      const doc = nb.cellAt(cell).document;
      const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(line, col, endLine, endCol), preserveFocus: false });
      editor.revealRange(editor.selection);
    }),
    // the Source Action menu's fix-all, applied at once (an invoked request: the server applies instrumentation then)
    vscode.commands.registerCommand('mlobs.fixAllInFile', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.mlobs', apply: 'first' })),
    vscode.commands.registerCommand('mlobs.showCoverage', () => vscode.commands.executeCommand('workbench.view.extension.mlobs')),
  );
  void vscode.commands.executeCommand('setContext', 'mlobs.state', 'idle');
  updateStatus();

  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms (the language server starts in the background)`);
  return {
    activationMs, coverageTree, catalogTree, store,
    get client() { return client; },
    scanWorkspace,
    restart,
    async codeActions(doc, range, ctx) {
      await whenRunning();
      return loadClientModule().askCodeActions(client, doc, range, ctx);
    },
    async analysisOf(uri) {
      await whenRunning();
      return client.sendRequest('mlobs/analysis', { uri: uri.toString() });
    },
    ruleDocs: ruleDocs.editor,
    async idle() {
      await restarting;
      await whenRunning();
      await client.sendRequest('mlobs/idle');
      clearTimeout(coverageTimer);
      await fetchCoverage();
      await new Promise(r => setTimeout(r, 200));   // the store's change events are batched every 150 ms
    },
    statusBar: currentStatus,
    languageStatus: languageStatus.item,
    warnings,
    errors,
  };
}

export function deactivate(): void {
  // Everything to release (the client included) is in context.subscriptions.
}
