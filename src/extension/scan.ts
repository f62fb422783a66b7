/**
 * The workspace scan: the worker thread lists the files with the CLI's walker (.gitignore honoured,
 * node_modules and virtual environments skipped), this side drops what files.exclude and the config's
 * include/exclude leave out and open documents, and the worker analyses the rest, with a cancellable
 * progress notification. Changes on disk lead to a rescan.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { excludedBy, wanted } from './configs';
import { toFileCoverage } from './coverage';
import { engine } from './engine';
import type { Host } from './host';
import type { ConfigRef, ScanFile } from './protocol';
import type { CoverageStore } from './tree';
import { WorkerClient } from './workerClient';

const RESCAN_DELAY_MS = 1000;
/** Folders whose changes are ignored, as the CLI's walker never enters them: dependencies, virtual environments, caches, VCS. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'site-packages', '.ipynb_checkpoints', '.vscode-test', '.vscode-server']);

export interface ScanSummary {
  /** Files analysed by the scan; `open` more were left to the live analysis because they are open. */
  files: number; open: number; points: number; findings: number; ms: number; cancelled: boolean;
}

export class Scanner implements vscode.Disposable {
  private readonly worker: WorkerClient;
  private running: { promise: Promise<ScanSummary>; cancel: () => void } | undefined;
  private scannedOnce = false;
  private rescanTimer: NodeJS.Timeout | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Required facets of each scanned file's config, for the coverage figures. */
  private readonly required = new Map<string, string[]>();

  constructor(private readonly host: Host, private readonly store: CoverageStore, private readonly isOpen: (uri: vscode.Uri) => boolean,
    private readonly setState: (state: 'scanning' | 'done' | 'idle') => void) {
    this.worker = new WorkerClient(host.workerScript);
  }

  get hasScanned(): boolean { return this.scannedOnce; }
  /** Called after each completed scan (open documents are re-analysed with the new project index). */
  afterScan?: () => void;
  get isScanning(): boolean { return !!this.running; }

  /**
   * Scans the workspace; a scan already running is cancelled first (its inputs are out of date).
   * Asked for by the user (`notify`): a notification with a Cancel button; automatic: the status bar.
   */
  async scan(notify: boolean): Promise<ScanSummary> {
    if (this.running) { this.running.cancel(); await this.running.promise.catch(() => undefined); }
    let cancel = () => {};
    const promise = Promise.resolve(vscode.window.withProgress(
      { location: notify ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title: 'mlobs: scanning the workspace', cancellable: notify },
      (progress, token) => {
        const source = new vscode.CancellationTokenSource();
        token.onCancellationRequested(() => source.cancel());
        cancel = () => source.cancel();
        return this.run(progress, source.token);
      }));
    const entry = { promise, cancel: () => cancel() };
    this.running = entry;
    try { return await promise; } finally { if (this.running === entry) this.running = undefined; }
  }

  private async run(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<ScanSummary> {
    const t0 = performance.now();
    this.setState('scanning');
    const summary: ScanSummary = { files: 0, open: 0, points: 0, findings: 0, ms: 0, cancelled: false };
    try {
      progress.report({ message: 'listing files…' });
      const { files, configs, open } = await this.collect(token);
      summary.open = open;
      if (token.isCancellationRequested) return { ...summary, cancelled: true };
      const seen = new Set(files.map(f => f.key));
      const stop = token.onCancellationRequested(() => void this.worker.terminate());
      try {
        if (files.length) {
          let reported = 0;
          await this.worker.scan(files, configs, (key, result) => {
            this.store.setScanned(toFileCoverage(key, result, this.required.get(key) ?? []));
            summary.files++; summary.points += result.inferencePoints.length; summary.findings += result.findings.length;
          }, (done, total) => {
            progress.report({ message: `${done}/${total} files`, increment: (100 * (done - reported)) / total });
            reported = done;
          }, (configKey, snapshot) => this.host.projectIndexes.set(configKey, snapshot));
        }
      } catch (e) {
        if (token.isCancellationRequested) return { ...summary, cancelled: true, ms: performance.now() - t0 };
        throw e;
      } finally { stop.dispose(); }
      // Files gone since the last scan (deleted, newly excluded) leave the tree.
      for (const key of this.store.scannedKeys()) if (!seen.has(key) && !this.isOpen(vscode.Uri.parse(key))) this.store.deleteScanned(key);
      this.scannedOnce = true;
      this.watch();
      this.afterScan?.();
      summary.ms = performance.now() - t0;
      this.host.log.info(`scanned the workspace: ${summary.files} files (and ${summary.open} open in the editor), ${summary.points} inference points, ${summary.findings} findings in ${summary.ms.toFixed(0)} ms`);
      return summary;
    } catch (e) {
      this.host.failed('the workspace scan', '', e);
      return { ...summary, ms: performance.now() - t0 };
    } finally {
      if (token.isCancellationRequested) this.host.log.info('workspace scan cancelled');
      this.setState(this.scannedOnce ? 'done' : 'idle');
    }
  }

  /** Files to scan, each with its config; open documents are left to the live analysis. */
  private async collect(token: vscode.CancellationToken): Promise<{ files: ScanFile[]; configs: ConfigRef[]; open: number }> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file');
    // notebooks too: a closed notebook is analysed as its code cells in order, as the CLI does; an open one by its cells
    const listed = await this.worker.list(folders.map(f => f.uri.fsPath), [...engine().supportedExtensions(), ...engine().NOTEBOOK_EXTENSIONS]);
    const files: ScanFile[] = [];
    const configs = new Map<string, ConfigRef>();
    let open = 0;
    for (const fsPath of listed) {
      if (token.isCancellationRequested) break;
      const uri = vscode.Uri.file(fsPath);
      const entry = this.entryFor(uri);
      if (!entry) continue;
      configs.set(entry.ref.key, entry.ref);
      // an open document is read too, for the project's index (imports between modules), but reported live
      if (this.isOpen(uri)) { open++; files.push({ ...entry.file, indexOnly: true }); continue; }
      files.push(entry.file);
    }
    return { files, configs: [...configs.values()], open };
  }

  /** A file's scan entry, or undefined when files.exclude or the config's include/exclude leave it out. */
  private entryFor(uri: vscode.Uri): { file: ScanFile; ref: ConfigRef } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || filesExcluded(uri, folder)) return undefined;
    const r = this.host.configFor(uri);
    const rel = path.relative(r.root, uri.fsPath).split(path.sep).join('/');
    if (!wanted(rel, r.config.include, r.config.exclude)) return undefined;
    this.required.set(uri.toString(), r.config.requiredFacets);
    return { file: { key: uri.toString(), fsPath: uri.fsPath, enginePath: rel, configKey: r.key }, ref: { key: r.key, raw: r.raw, rawFile: r.rawFile, root: r.root } };
  }

  /**
   * Source files changed on disk (a checkout, a generator, a file closed unsaved): once the workspace has
   * been scanned, it is rescanned shortly after the changes stop, so new files are listed by the walker
   * (.gitignore included) and imports between files are resolved again. Open documents are the live
   * analysis's business, so their saves do not count.
   */
  rescanSoon(uri?: vscode.Uri): void {
    if (!this.scannedOnce || (uri && (this.isOpen(uri) || uri.fsPath.split(path.sep).some(seg => SKIP_DIRS.has(seg))))) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => { this.rescanTimer = undefined; void this.scan(false); }, RESCAN_DELAY_MS);
  }

  /** True while a rescan is waiting for changes to settle. */
  get rescanPending(): boolean { return this.rescanTimer !== undefined; }

  /** Watches the engine's source extensions once the first scan has run (nothing to keep up to date before). */
  private watch(): void {
    if (this.watcher) return;
    const exts = [...engine().supportedExtensions(), ...engine().NOTEBOOK_EXTENSIONS].map(x => x.slice(1));
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/*.{${exts.join(',')}}`);
    this.watcher.onDidCreate(u => this.rescanSoon(u));
    this.watcher.onDidChange(u => this.rescanSoon(u));
    this.watcher.onDidDelete(u => { this.store.deleteScanned(u.toString()); this.rescanSoon(u); });
  }

  /** A restart: a running scan is cancelled and the worker thread stopped; the next scan starts a fresh one. */
  async restart(): Promise<void> {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    if (this.running) { this.running.cancel(); await this.running.promise.catch(() => undefined); }
    await this.worker.terminate();
  }

  dispose(): void {
    clearTimeout(this.rescanTimer);
    this.watcher?.dispose();
    this.running?.cancel();
    void this.worker.terminate();
  }
}

/** Whether files.exclude (of the file's folder) hides the file or a folder above it, as the explorer does. */
function filesExcluded(uri: vscode.Uri, folder: vscode.WorkspaceFolder): boolean {
  return excludedBy(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'), folder.uri.fsPath, uri.fsPath);
}
