/**
 * The language server's workspace scan. The files are listed and analysed in the analysis worker thread
 * (dist/worker.js, the same one the VS Code extension uses), so the server keeps answering hovers and code
 * actions while a large workspace is read: with the CLI's walker (.gitignore honoured, node_modules and
 * virtual environments skipped), one project per config so that imports between modules resolve.
 * What it learns feeds the live analyses (the project index) and the coverage request.
 */
import * as path from 'node:path';
import type { ExportSnapshot, FileResult } from '../engine';
import { ConfigResolver, wanted } from '../extension/configs';
import { engine } from '../extension/engine';
import type { ConfigRef, ScanFile } from '../extension/protocol';
import type { Settings } from '../extension/settings';
import { WorkerClient } from '../extension/workerClient';

export interface ScanSummary { files: number; open: number; points: number; findings: number; ms: number; cancelled?: boolean }

export interface ScannedFile { fsPath: string; result: FileResult; required: string[] }

export class WorkspaceScan {
  private readonly worker: WorkerClient;
  /** Last scan's result per file path (files open in the client are read for the index only). */
  readonly files = new Map<string, ScannedFile>();
  /** What the last scan learned of each project's modules, per config key. */
  readonly indexes = new Map<string, ExportSnapshot>();
  private running: Promise<ScanSummary> | undefined;
  private cancelled = false;

  constructor(workerScript: string, private readonly configs: ConfigResolver, private readonly settingsFor: (fsPath: string) => Settings) {
    this.worker = new WorkerClient(workerScript);
  }

  get isRunning(): boolean { return !!this.running; }

  /** Stops the running scan (its worker thread ends; the next scan starts a fresh one). Its results so far are dropped. */
  async cancel(): Promise<void> {
    if (!this.running) return;
    this.cancelled = true;
    await this.worker.terminate();
  }

  /** One scan at a time: a request while one runs gets that one's result. */
  scan(folders: string[], isOpen: (fsPath: string) => boolean, onProgress?: (done: number, total: number) => void, excluded?: (fsPath: string) => boolean): Promise<ScanSummary> {
    this.running ??= this.run(folders, isOpen, onProgress, excluded)
      .catch(err => { if (this.cancelled) return { files: 0, open: 0, points: 0, findings: 0, ms: 0, cancelled: true }; throw err; })
      .finally(() => { this.running = undefined; this.cancelled = false; });
    return this.running;
  }

  private async run(folders: string[], isOpen: (fsPath: string) => boolean, onProgress?: (done: number, total: number) => void, excluded?: (fsPath: string) => boolean): Promise<ScanSummary> {
    const t0 = performance.now();
    // notebooks too: a closed notebook is analysed as its code cells in order, as the CLI does; an open one by its cells
    const listed = folders.length ? await this.worker.list(folders, [...engine().supportedExtensions(), ...engine().NOTEBOOK_EXTENSIONS]) : [];
    const files: ScanFile[] = [];
    const refs = new Map<string, ConfigRef>();
    const required = new Map<string, string[]>();
    let open = 0;
    for (const fsPath of listed) {
      if (excluded?.(fsPath)) continue;
      const folder = folders.filter(f => fsPath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
      const r = this.configs.resolve(path.dirname(fsPath), folder, this.settingsFor(fsPath));
      const rel = path.relative(r.root, fsPath).split(path.sep).join('/');
      if (!wanted(rel, r.config.include, r.config.exclude)) continue;
      refs.set(r.key, { key: r.key, raw: r.raw, rawFile: r.rawFile, root: r.root });
      required.set(fsPath, r.config.requiredFacets);
      // an open document is read for the project's index (imports between modules) but reported by its live analysis
      const indexOnly = isOpen(fsPath);
      if (indexOnly) open++;
      files.push({ key: fsPath, fsPath, enginePath: rel, configKey: r.key, indexOnly });
    }
    const summary: ScanSummary = { files: 0, open, points: 0, findings: 0, ms: 0, cancelled: false };
    const seen = new Set<string>();
    const results = new Map<string, ScannedFile>();
    if (files.length) {
      await this.worker.scan(files, [...refs.values()], (key, result) => {
        results.set(key, { fsPath: key, result, required: required.get(key) ?? [] });
        seen.add(key);
        summary.files++; summary.points += result.inferencePoints.length; summary.findings += result.findings.length;
      }, (done, total) => onProgress?.(done, total), (configKey, snapshot) => this.indexes.set(configKey, snapshot));
    }
    if (this.cancelled) return { ...summary, cancelled: true, ms: performance.now() - t0 };
    // kept only once complete, so a cancelled scan leaves the last one's results; files gone since (deleted, newly
    // excluded, now open) leave them
    this.files.clear();
    for (const [key, f] of results) this.files.set(key, f);
    summary.ms = performance.now() - t0;
    return summary;
  }

  dispose(): Promise<void> { return this.worker.terminate(); }
}
