/**
 * What every part of the adapter shares: the log, settings read per resource, the config resolver, the
 * warnings shown for bad settings or a broken mlobs.json (each distinct problem once), the worker for
 * large documents, and where the extension's files are.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Resolved, ConfigProblem } from './configs';
import { ConfigResolver } from './configs';
import { engine } from './engine';
import { normaliseSettings, Settings, SETTING_KEYS } from './settings';
import { WorkerClient } from './workerClient';
import type { ExportSnapshot } from '../engine';

export class Host implements vscode.Disposable {
  readonly configs = new ConfigResolver();
  readonly liveWorker: WorkerClient;
  /** What the last scan learned of each project's modules (per config key), for live analyses of open files. */
  readonly projectIndexes = new Map<string, ExportSnapshot>();
  readonly workerScript: string;
  private readonly settingsCache = new Map<string, Settings>();
  private readonly shown = new Set<string>();
  /** Every warning shown to the user, in order (for the log and the integration tests). */
  readonly warnings: string[] = [];

  constructor(readonly extensionUri: vscode.Uri, readonly log: vscode.LogOutputChannel) {
    this.workerScript = path.join(extensionUri.fsPath, 'dist', 'worker.js');
    this.liveWorker = new WorkerClient(this.workerScript);
  }

  /** Settings for a resource (they can differ per workspace folder), normalised; problems are reported once. */
  settingsFor(uri: vscode.Uri | undefined): Settings {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let s = this.settingsCache.get(key);
    if (!s) {
      const cfg = vscode.workspace.getConfiguration('mlobs', folder?.uri ?? uri);
      const raw = Object.fromEntries(SETTING_KEYS.map(k => [k, cfg.get(k)]));
      const e = engine();
      const { settings, problems } = normaliseSettings(raw, { facets: e.FACET_IDS, rules: e.RULES.map(r => r.meta.code) });
      if (problems.length) this.warnOnce(`Some mlobs settings are invalid and were ignored (their defaults are used): ${problems.join('; ')}`, 'Open Settings', () => vscode.commands.executeCommand('workbench.action.openSettings', 'mlobs.'));
      s = settings;
      this.settingsCache.set(key, s);
    }
    return s;
  }

  /** The config for a file or untitled document, with its problems reported. */
  configFor(uri: vscode.Uri): Resolved {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const dir = uri.scheme === 'file' ? path.dirname(uri.fsPath) : folder?.uri.fsPath;
    const resolved = this.configs.resolve(dir, folder?.uri.fsPath, this.settingsFor(uri));
    for (const p of resolved.problems) this.reportConfigProblem(p);
    return resolved;
  }

  /** Config files read so far. */
  configFiles(): string[] {
    return this.configs.loadedFiles();
  }

  /** Settings or config files changed: forget what was read, and let the same problem be shown again. */
  invalidate(): void {
    this.settingsCache.clear();
    this.configs.invalidate();
    this.shown.clear();
  }

  private reportConfigProblem(p: ConfigProblem): void {
    const isFile = path.isAbsolute(p.file);
    const name = isFile ? vscode.workspace.asRelativePath(p.file) : p.file;
    this.warnOnce(`mlobs: configuration error in ${name}: ${p.problem}. Analysis continues with the default configuration.`,
      isFile ? `Open ${path.basename(p.file)}` : undefined, () => vscode.window.showTextDocument(vscode.Uri.file(p.file)));
  }

  /**
   * An internal failure (an analysis, fixes, the scan): logged with its stack, and the user is offered the log once per
   * kind of failure until `invalidate`, never shown it unasked. Errors shown so far are in `errors`.
   */
  failed(kind: string, detail: string, err: unknown): void {
    this.log.error(`${kind} failed${detail ? ` (${detail})` : ''}: ${(err as Error)?.stack ?? err}`);
    const message = `mlobs: ${kind} failed: ${(err as Error)?.message ?? err}. The log has the details.`;
    if (this.shown.has(kind)) return;
    this.shown.add(kind);
    this.errors.push(message);
    vscode.window.showErrorMessage(message, 'Show Log').then(choice => { if (choice) this.log.show(); }, () => undefined);
  }
  /** Every internal error offered to the user, in order. */
  readonly errors: string[] = [];

  /** One warning per distinct message until `invalidate`; always logged. Never throws, never awaited. */
  warnOnce(message: string, action?: string, run?: () => unknown): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    this.warnings.push(message);
    this.log.warn(message);
    const shown = action ? vscode.window.showWarningMessage(message, action) : vscode.window.showWarningMessage(message);
    shown.then(choice => { if (choice && run) run(); }, () => undefined);
  }

  /** Stops the live worker thread (a restart); the next large document starts a fresh one. */
  restartWorker(): Promise<void> { return this.liveWorker.terminate(); }

  dispose(): void {
    void this.liveWorker.terminate();
  }
}
