/**
 * The VS Code adapter's entry point. It only wires editor events to the parts in this folder; the
 * analysis is the engine's (src/engine, loaded lazily from dist/engine.js). Activation registers
 * providers and views and loads nothing heavy: the engine and its grammars load on the first analysis.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CodeActions, FIX_ALL } from './codeActions';
import { toFileCoverage } from './coverage';
import { DocumentAnalyzer, SELECTOR } from './documents';
import { addKnowledge, ConfigFilePoll, KnowledgeAddition, SETTINGS_SOURCE } from './configs';
import { Host } from './host';
import { Hovers } from './hover';
import { LanguageStatus } from './languageStatus';
import { statusText } from './present';
import { registerRuleDocs } from './ruleDocs';
import { Scanner, ScanSummary } from './scan';
import { CatalogTree, CoverageStore, CoverageTree } from './tree';

/** What `activate` returns: the live parts, for the integration tests and for other extensions. */
export interface MlobsApi {
  activationMs: number;
  documents: DocumentAnalyzer;
  codeActions: CodeActions;
  hovers: Hovers;
  coverageTree: CoverageTree;
  catalogTree: CatalogTree;
  store: CoverageStore;
  scanWorkspace(options?: { notify?: boolean }): Promise<ScanSummary>;
  /** mlobs: Restart — resolves when everything has been analysed and scanned again. */
  restart(): Promise<void>;
  /** The rule docs' rendered editor (its last page, for the tests). */
  ruleDocs: { lastRendered: { uri: string; html: string } | undefined };
  /** Internal errors offered to the user (with Show Log), in order. */
  errors: readonly string[];
  /** Resolves when no document analysis, scan or config reload is pending. */
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
  const host = new Host(context.extensionUri, log);
  const collection = vscode.languages.createDiagnosticCollection('mlobs');
  const store = new CoverageStore();
  const docs = new DocumentAnalyzer(host, collection);
  const codeActions = new CodeActions(docs, host);
  const hovers = new Hovers(docs, host);
  const coverageTree = new CoverageTree(store);
  const catalogTree = new CatalogTree(store);
  const ruleDocs = registerRuleDocs(context.extensionUri);

  // an open notebook is analysed by its cells (live); its file is the scan's only while it is closed
  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString() && DocumentAnalyzer.tracks(d))
    || vscode.workspace.notebookDocuments.some(nb => nb.uri.toString() === uri.toString());
  const setState = (state: string) => { void vscode.commands.executeCommand('setContext', 'mlobs.state', state); updateStatus(); };
  const scanner = new Scanner(host, store, isOpen, setState);
  const scan = (options: { notify?: boolean } = {}) => scanner.scan(options.notify ?? true);
  // open documents are analysed live; a new scan's project index can resolve their imports better
  scanner.afterScan = () => docs.reanalyseAll();

  const status = vscode.window.createStatusBarItem('mlobs.coverage', vscode.StatusBarAlignment.Right, 100);
  status.name = 'mlobs coverage';
  status.command = 'mlobs.showCoverage';
  const currentStatus = () => statusText(store.overall(), scanner.isScanning);
  function updateStatus() {
    const s = currentStatus();
    status.text = s.text;
    status.tooltip = s.tooltip;
    status.show();
  }

  const languageStatus = new LanguageStatus(SELECTOR);
  const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  const showActive = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc && docs.stateOf(doc.uri);
    if (state) languageStatus.show(state); else languageStatus.idle();
  };

  // Open documents' results feed the sidebar; a closed one falls back to its file on disk.
  docs.onDidChange(({ uri, state }) => {
    if (state && isActive(uri)) languageStatus.show(state);
    if (state) { store.setLive(toFileCoverage(uri.toString(), state.result, state.resolved.config.requiredFacets)); return; }
    store.deleteLive(uri.toString());
    if (uri.scheme === 'file') scanner.rescanSoon();   // its on-disk text may differ from what was shown
  });
  store.onDidChange(updateStatus);

  // Settings, files.exclude or a config file changed: re-read them, re-analyse open documents, rescan if scanned.
  let reload: NodeJS.Timeout | undefined;
  let reloading: Promise<void> | undefined;
  let reloadDone: (() => void) | undefined;
  const configChanged = (why: string) => {
    clearTimeout(reload);
    reloading ??= new Promise<void>(r => { reloadDone = r; });
    reload = setTimeout(() => {
      log.info(`${why}: re-reading the configuration`);
      poll.resync();
      host.invalidate();
      docs.reanalyseAll();
      const finish = () => { reloading = undefined; reloadDone?.(); };
      if (scanner.hasScanned) scan({ notify: false }).then(finish, finish); else finish();
    }, 200);
  };

  // Restart: the worker threads stopped, every cache, tree and result dropped, everything analysed and scanned again
  // (what a linter's "Restart Server" does; the engine runs in this process and its two worker threads).
  let restarting: Promise<void> | undefined;
  const restart = () => (restarting ??= (async () => {
    log.info('restart requested: stopping the worker threads and analysing everything again');
    await Promise.all([host.restartWorker(), scanner.restart()]);
    host.invalidate();
    host.projectIndexes.clear();
    poll.resync();
    docs.restart();
    if (vscode.workspace.workspaceFolders?.length) await scan({ notify: false });
  })().finally(() => { restarting = undefined; }));

  // Mark as inference point: the knowledge entry added to the nearest mlobs.json (a new one at the workspace folder's
  // root if there is none), comments and layout kept.
  async function markInference(uri: vscode.Uri, knowledge: KnowledgeAddition, text: string): Promise<void> {
    const resolved = host.configFor(uri);
    if (resolved.problems.some(p => path.isAbsolute(p.file))) {
      host.warnOnce(`mlobs: ${vscode.workspace.asRelativePath(resolved.problems[0].file)} has errors; fix it before adding knowledge to it.`);
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const existing = resolved.rawFile !== SETTINGS_SOURCE ? resolved.rawFile : undefined;
    const file = vscode.Uri.file(existing ?? path.join(folder?.uri.fsPath ?? path.dirname(uri.fsPath), 'mlobs.json'));
    // an open, edited mlobs.json gets the entry in its buffer (the user's unsaved changes kept, then saved with it);
    // otherwise the file on disk is rewritten (an open but unchanged editor reloads it)
    const open = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && d.uri.fsPath === file.fsPath);
    try {
      if (open?.isDirty) {
        const after = addKnowledge(open.getText(), knowledge);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file, new vscode.Range(0, 0, open.lineCount, 0), after);
        if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error('the editor refused the edit or the save');
      } else {
        const before = existing ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) : undefined;
        const after = addKnowledge(before, knowledge);
        if (after === before) { log.info(`${text}: its knowledge is already in ${file.fsPath}`); return; }
        await vscode.workspace.fs.writeFile(file, Buffer.from(after));
      }
    } catch (err) {
      host.warnOnce(`mlobs: could not add the knowledge to ${vscode.workspace.asRelativePath(file)}: ${(err as Error).message}`);
      return;
    }
    log.info(`marked ${text} as an inference point: ${JSON.stringify(knowledge)} added to ${file.fsPath}`);
    configChanged(`${vscode.workspace.asRelativePath(file)} gained knowledge for ${text}`);
    const openIt = `Open ${path.basename(file.fsPath)}`;
    void vscode.window.showInformationMessage(`mlobs: ${text} is now an inference point (knowledge in ${vscode.workspace.asRelativePath(file)}).`, openIt)
      .then(choice => { if (choice) void vscode.window.showTextDocument(file); });
  }

  const configWatcher = vscode.workspace.createFileSystemWatcher('**/{mlobs.json,.mlobs.json}');
  // the watcher can miss a write: the config files in use are also polled (a few stats every 1.5 s)
  const poll = new ConfigFilePoll();
  const pollTimer = setInterval(() => {
    const changed = poll.changed(host.configFiles());
    if (changed.length) configChanged(`${vscode.workspace.asRelativePath(changed[0])} changed`);
  }, 1500);
  const isConfigFile = (d: vscode.TextDocument) => d.uri.scheme === 'file' && /^\.?mlobs\.json$/.test(path.basename(d.uri.fsPath));
  const coverageView = vscode.window.createTreeView('mlobs.coverage', { treeDataProvider: coverageTree, showCollapseAll: true });
  const catalogView = vscode.window.createTreeView('mlobs.catalog', { treeDataProvider: catalogTree });

  context.subscriptions.push(
    ...ruleDocs.disposables,
    log, host, collection, store, docs, scanner, status, languageStatus, configWatcher, coverageView, catalogView,
    vscode.window.onDidChangeActiveTextEditor(showActive),
    vscode.workspace.onDidOpenTextDocument(d => docs.opened(d)),
    vscode.workspace.onDidChangeTextDocument(e => { docs.edited(e); if (e.contentChanges.length && isActive(e.document.uri) && DocumentAnalyzer.tracks(e.document) && host.settingsFor(e.document.uri).run === 'onType') languageStatus.busy(); }),
    vscode.workspace.onDidSaveTextDocument(d => { if (isConfigFile(d)) configChanged(`${vscode.workspace.asRelativePath(d.uri)} saved`); else docs.saved(d); }),
    { dispose: () => clearInterval(pollTimer) },
    vscode.workspace.onDidCloseTextDocument(d => docs.closed(d)),
    // cells added, removed or moved change the program (a cell's text edits arrive as text document changes)
    vscode.workspace.onDidChangeNotebookDocument(e => { if (e.contentChanges.length) docs.notebookChanged(e.notebook); }),
    vscode.workspace.onDidOpenNotebookDocument(nb => store.deleteScanned(nb.uri.toString())),
    vscode.workspace.onDidCloseNotebookDocument(nb => { docs.notebookClosed(nb); if (nb.uri.scheme === 'file') scanner.rescanSoon(); }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, codeActions, CodeActions.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, hovers),
    configWatcher.onDidChange(u => configChanged(`${vscode.workspace.asRelativePath(u)} changed`)),
    configWatcher.onDidCreate(u => configChanged(`${vscode.workspace.asRelativePath(u)} was created`)),
    configWatcher.onDidDelete(u => configChanged(`${vscode.workspace.asRelativePath(u)} was deleted`)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('mlobs') || e.affectsConfiguration('files.exclude')) configChanged('settings changed');
    }),
    // The sidebar shows the workspace: opening it is a request to scan, once.
    coverageView.onDidChangeVisibility(e => { if (e.visible && !scanner.hasScanned && !scanner.isScanning) void scan({ notify: false }); }),
    vscode.commands.registerCommand('mlobs.scanWorkspace', () => scan({ notify: true })),
    vscode.commands.registerCommand('mlobs.refresh', () => configChanged('refresh requested')),
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
    // the Source Action menu's fix-all, applied at once (an invoked request: see CodeActions)
    vscode.commands.registerCommand('mlobs.fixAllInFile', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL.value, apply: 'first' })),
    vscode.commands.registerCommand('mlobs.showCoverage', () => vscode.commands.executeCommand('workbench.view.extension.mlobs')),
  );

  setState('idle');
  for (const d of vscode.workspace.textDocuments) docs.opened(d);
  // The startup scan waits a little, so that opening the editor and its first diagnostics come first.
  const startup = setTimeout(() => {
    if (host.settingsFor(undefined).scanOnStartup && vscode.workspace.workspaceFolders?.length && !scanner.hasScanned && !scanner.isScanning) void scan({ notify: false });
  }, 1500);
  context.subscriptions.push({ dispose: () => { clearTimeout(startup); clearTimeout(reload); } });

  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms (the engine loads on first use)`);
  return {
    activationMs, documents: docs, codeActions, hovers, coverageTree, catalogTree, store,
    scanWorkspace: scan,
    restart,
    ruleDocs: ruleDocs.editor,
    async idle() {
      // Settle in rounds: a config reload schedules analyses, which can finish a scan, and so on.
      for (let i = 0; i < 20; i++) {
        await restarting;
        await reloading;
        await docs.idle();
        while (scanner.isScanning || scanner.rescanPending) await new Promise(r => setTimeout(r, 50));
        if (!reloading && !scanner.isScanning && !scanner.rescanPending) break;
      }
      await new Promise(r => setTimeout(r, 200));   // the store's change events are batched every 150 ms
    },
    statusBar: currentStatus,
    languageStatus: languageStatus.item,
    warnings: host.warnings,
    errors: host.errors,
  };
}

export function deactivate(): void {
  // Everything to release is in context.subscriptions.
}
