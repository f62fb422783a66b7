/**
 * Live analysis of open documents: on open, on change (debounced) or on save per `mlobs.run`, cleared on
 * close. Only the latest version counts: a result for a version that has since changed is dropped.
 * Small documents are analysed inline (the engine is fast on them); big ones, or ones whose last inline
 * analysis was slow, go to the worker thread so typing never waits on the extension host.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FileResult } from '../engine';
import type { ExportSnapshot, Fix, TextChange } from '../engine';
import { LiveAnalysis } from './liveAnalysis';
import type { Resolved } from './configs';
import { engine } from './engine';
import { toDiagnostics } from './diagnostics';
import type { Host } from './host';
import { isNotebookCell, NotebookPrograms, CELL_SCHEME } from './notebooks';
import type { Settings } from './settings';

export const LANGUAGES = ['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact'];
const EXT: Record<string, string> = { python: '.py', typescript: '.ts', javascript: '.js', typescriptreact: '.tsx', javascriptreact: '.jsx' };
export const SELECTOR: vscode.DocumentFilter[] = [
  ...LANGUAGES.flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
  { language: 'python', scheme: CELL_SCHEME },
];

const DEBOUNCE_MS = 300;
/** Above this size, or after an inline run slower than the budget, a document is analysed in the worker. */
const INLINE_MAX_CHARS = 200_000;
const INLINE_BUDGET_MS = 100;

export interface DocState {
  uri: vscode.Uri;
  version: number;
  generation: number;
  text: string;
  result: FileResult;
  resolved: Resolved;
  settings: Settings;
  diagnostics: vscode.Diagnostic[];
  ms: number;
  /** For a notebook cell: the versions of its notebook's code cells analysed with it (another cell's edit changes its result). */
  context: string;
  /** Computed on first use (a code action request), for this version's text. */
  fixes(): EditorFix[];
}

/** A fix whose edits may go to other documents than the one analysed (`uris[i]` for `edits[i]`: a notebook's other cells). */
export interface EditorFix extends Fix { uris?: vscode.Uri[] }

export class DocumentAnalyzer implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  /** Debounced analyses waiting to run, with a promise of their result for hovers and code actions to await. */
  private readonly timers = new Map<string, { timer?: NodeJS.Timeout; promise: Promise<DocState | undefined>; resolve(s: DocState | undefined): void }>();
  private readonly inflight = new Map<string, { version: number; generation: number; context: string; promise: Promise<DocState | undefined> }>();
  /** Bumped when settings or config files change: results of an older generation are out of date whatever their version. */
  private generation = 0;
  private readonly slow = new Set<string>();
  /** Text changes since each document's last analysis started. */
  private readonly changes = new Map<string, TextChange[]>();
  /** Inline analyses, with the syntax trees of the documents analysed on the extension host. */
  private readonly live = new LiveAnalysis();
  /** Open notebooks' programs, shared by their cells. */
  private readonly notebooks = new NotebookPrograms();
  private readonly changed = new vscode.EventEmitter<{ uri: vscode.Uri; state?: DocState }>();
  /** Fires after a document's diagnostics changed (state undefined: closed). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly host: Host, private readonly collection: vscode.DiagnosticCollection) {}

  static tracks(doc: vscode.TextDocument): boolean {
    return (LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled')) || isNotebookCell(doc);
  }

  opened(doc: vscode.TextDocument): void {
    if (DocumentAnalyzer.tracks(doc)) this.schedule(doc, 0);
  }

  edited(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !DocumentAnalyzer.tracks(e.document)) return;
    if (isNotebookCell(e.document)) {
      // the cells are one program: an edit in one can change every other cell's verdicts
      const nb = NotebookPrograms.notebookOf(e.document);
      if (this.host.settingsFor(nb?.uri ?? e.document.uri).run !== 'onType') return;
      if (nb) this.notebookChanged(nb); else this.schedule(e.document, DEBOUNCE_MS);
      return;
    }
    // Kept for the next analysis, which edits the previous syntax tree with them instead of reparsing everything.
    const key = e.document.uri.toString();
    const changes = this.changes.get(key) ?? [];
    for (const c of e.contentChanges) {
      changes.push({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text,
        range: { start: { line: c.range.start.line, col: c.range.start.character }, end: { line: c.range.end.line, col: c.range.end.character } } });
    }
    this.changes.set(key, changes);
    if (this.host.settingsFor(e.document.uri).run === 'onType') this.schedule(e.document, DEBOUNCE_MS);
  }

  /** A notebook's cells were edited, added, removed or moved: its code cells are analysed again. */
  notebookChanged(nb: vscode.NotebookDocument): void {
    for (const cell of nb.getCells()) if (DocumentAnalyzer.tracks(cell.document)) this.schedule(cell.document, DEBOUNCE_MS);
  }

  notebookClosed(nb: vscode.NotebookDocument): void { this.notebooks.forget(nb); }

  saved(doc: vscode.TextDocument): void {
    if (DocumentAnalyzer.tracks(doc) && this.host.settingsFor(doc.uri).run === 'onSave') this.schedule(doc, 0);
  }

  closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.cancelTimer(key);
    this.changes.delete(key);
    this.live.close(key);
    this.host.liveWorker.closeDocument(key);
    this.states.delete(key);
    this.slow.delete(key);
    this.collection.delete(doc.uri);
    this.changed.fire({ uri: doc.uri });
  }

  /** A restart: every kept syntax tree and result dropped, every open document analysed from scratch. */
  restart(): void {
    this.live.dispose();
    this.slow.clear();
    this.changes.clear();
    this.states.clear();
    this.generation++;
    for (const doc of vscode.workspace.textDocuments) if (DocumentAnalyzer.tracks(doc)) this.schedule(doc, 0);
  }

  /** Re-analyses every open document (settings or a config file changed). */
  reanalyseAll(): void {
    this.generation++;
    // A document with a debounced analysis pending keeps its debounce: that analysis runs in the new generation
    // anyway. Cutting it short made typing analyse early whenever a rescan ended mid-burst (a flaky e2e test).
    for (const doc of vscode.workspace.textDocuments) if (DocumentAnalyzer.tracks(doc) && !this.timers.has(doc.uri.toString())) this.schedule(doc, 0);
  }

  /**
   * The analysis of the document's current version, for hovers and code actions. A pending debounced
   * analysis is awaited rather than run early (VS Code asks for code actions after every keystroke); with
   * "onSave", an edited document has no current analysis until it is saved.
   */
  async current(doc: vscode.TextDocument): Promise<DocState | undefined> {
    if (!DocumentAnalyzer.tracks(doc)) return undefined;
    const key = doc.uri.toString();
    const s = this.states.get(key);
    if (s && s.version === doc.version && s.generation === this.generation && s.context === NotebookPrograms.contextOf(doc)) return s;
    const pending = this.timers.get(key);
    if (pending) return pending.promise;
    if (s && s.generation === this.generation && this.host.settingsFor(doc.uri).run === 'onSave') return undefined;
    return this.analyse(doc);
  }

  /** Last analysis of a document, whatever its version (for the sidebar). */
  stateOf(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  /** Resolves when no analysis is waiting or running (for tests and the bench). */
  async idle(): Promise<void> {
    while (this.timers.size || this.inflight.size) {
      await Promise.all([...this.inflight.values()].map(i => i.promise.catch(() => undefined)));
      if (this.timers.size) await new Promise(r => setTimeout(r, 50));
    }
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    let entry = this.timers.get(key);
    if (!entry) {
      let resolve!: (s: DocState | undefined) => void;
      const promise = new Promise<DocState | undefined>(r => { resolve = r; });
      entry = { promise, resolve };
      this.timers.set(key, entry);
    }
    const e = entry;
    clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed) { e.resolve(undefined); return; }
      this.analyse(doc).then(e.resolve, err => {
        this.host.failed('the analysis', doc.uri.fsPath, err);
        e.resolve(undefined);
      });
    }, delay);
  }

  private cancelTimer(key: string): void {
    const e = this.timers.get(key);
    if (!e) return;
    clearTimeout(e.timer);
    this.timers.delete(key);
    e.resolve(undefined);
  }

  private analyse(doc: vscode.TextDocument): Promise<DocState | undefined> {
    const key = doc.uri.toString();
    const running = this.inflight.get(key);
    const context = NotebookPrograms.contextOf(doc);
    if (running?.version === doc.version && running.generation === this.generation && running.context === context) return running.promise;
    // One analysis per document at a time: a newer version waits for the running one, then goes.
    const promise: Promise<DocState | undefined> = (running?.promise.catch(() => undefined) ?? Promise.resolve())
      .then(() => (doc.isClosed ? undefined : this.run(doc)))
      .finally(() => { if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key); });
    this.inflight.set(key, { version: doc.version, generation: this.generation, context, promise });
    return promise;
  }

  private async run(doc: vscode.TextDocument): Promise<DocState | undefined> {
    const key = doc.uri.toString();
    const version = doc.version, generation = this.generation;
    const context = NotebookPrograms.contextOf(doc);
    const existing = this.states.get(key);
    if (existing?.version === version && existing.generation === generation && existing.context === context) return existing;
    if (isNotebookCell(doc)) return this.runCell(doc, version, generation, context);
    const text = doc.getText();
    const changes = this.changes.get(key);
    this.changes.delete(key);
    const settings = this.host.settingsFor(doc.uri);
    const resolved = this.host.configFor(doc.uri);
    const e = engine();
    let enginePath = doc.uri.scheme === 'file' ? path.relative(resolved.root, doc.uri.fsPath).split(path.sep).join('/') : `untitled${EXT[doc.languageId]}`;
    // A Python script without the .py extension is still Python to the editor: tell the engine so.
    if (!e.languageOf(enginePath)) enginePath += EXT[doc.languageId] ?? '';
    const inWorker = text.length > INLINE_MAX_CHARS || this.slow.has(key);
    const t0 = performance.now();
    // imports from the project's other modules resolve through what the last workspace scan indexed
    const snapshot = doc.uri.scheme === 'file' ? this.host.projectIndexes.get(resolved.key) : undefined;
    const workspace = snapshot && { snapshot, file: doc.uri.fsPath };
    const result = inWorker
      ? (await this.host.liveWorker.analyze(enginePath, text, { key: resolved.key, raw: resolved.raw, rawFile: resolved.rawFile, root: resolved.root }, key, changes, workspace)).result
      : await this.live.analyze(enginePath, text, resolved.config, key, changes, workspace);
    const ms = performance.now() - t0;
    if (!inWorker && ms > INLINE_BUDGET_MS && result.lineCount > 0) this.slow.add(key);
    const name = vscode.workspace.asRelativePath(doc.uri);
    if (doc.isClosed || doc.version !== version || generation !== this.generation) {
      this.host.log.trace(`dropped the result for ${name} v${version}: the document or the configuration changed while it was analysed`);
      return undefined;
    }
    const lines = text.split('\n');
    const diagnostics = toDiagnostics(result, doc.uri, lines, resolved.config.requiredFacets, id => e.facetById(id)?.label ?? id);
    this.collection.set(doc.uri, diagnostics);
    let fixes: Fix[] | undefined;
    const state: DocState = {
      uri: doc.uri, version, generation, context, text, result, resolved, settings, diagnostics, ms,
      // planned with the same project index the diagnostics came from, so each fix is on its own finding's point
      fixes: () => (fixes ??= e.computeFixes(enginePath, text, result, resolved.config, fixLookup(e, snapshot, doc.uri.fsPath, enginePath, resolved.config.tables))),
    };
    this.states.set(key, state);
    this.host.log.info(`analysed ${name} v${version} (${result.lineCount} lines): ${result.inferencePoints.length} inference points, ${result.findings.length} findings in ${ms.toFixed(1)} ms${inWorker ? ' (worker thread)' : ''}`);
    for (const note of result.errors) this.host.log.info(`  ${name}${note.line !== undefined ? `:${note.line + 1}` : ''}: ${note.message}`);
    this.changed.fire({ uri: doc.uri, state });
    return state;
  }

  /** A notebook cell: its notebook's code cells analysed as one program, this cell's part shown. */
  private async runCell(doc: vscode.TextDocument, version: number, generation: number, context: string): Promise<DocState | undefined> {
    const nb = NotebookPrograms.notebookOf(doc);
    if (!nb) return undefined;
    const settings = this.host.settingsFor(nb.uri);
    const resolved = this.host.configFor(nb.uri);
    const snapshot = nb.uri.scheme === 'file' ? this.host.projectIndexes.get(resolved.key) : undefined;
    const t0 = performance.now();
    const cell = await this.notebooks.analyse(doc, resolved.config, resolved.root, snapshot);
    const ms = performance.now() - t0;
    const name = `${vscode.workspace.asRelativePath(nb.uri)}, cell ${(nb.getCells().find(c => c.document === doc)?.index ?? -1) + 1}`;
    if (!cell || doc.isClosed || doc.version !== version || generation !== this.generation || NotebookPrograms.contextOf(doc) !== context) {
      this.host.log.trace(`dropped the result for ${name} v${version}: the notebook or the configuration changed while it was analysed`);
      return undefined;
    }
    const text = doc.getText();
    const e = engine();
    const diagnostics = toDiagnostics(cell.result, doc.uri, text.split('\n'), resolved.config.requiredFacets, id => e.facetById(id)?.label ?? id);
    this.collection.set(doc.uri, diagnostics);
    let fixes: EditorFix[] | undefined;
    const state: DocState = {
      uri: doc.uri, version, generation, context, text, result: cell.result, resolved, settings, diagnostics, ms,
      fixes: () => (fixes ??= cell.fixes().map(({ fix, uris }) => ({ ...fix, uris }))),
    };
    this.states.set(doc.uri.toString(), state);
    this.host.log.info(`analysed ${name} v${version}: ${cell.result.inferencePoints.length} inference points, ${cell.result.findings.length} findings in ${ms.toFixed(1)} ms`);
    this.changed.fire({ uri: doc.uri, state });
    return state;
  }

  dispose(): void {
    for (const key of [...this.timers.keys()]) this.cancelTimer(key);
    this.live.dispose();
    this.changed.dispose();
  }
}

/** The workspace index's lookup for a document, from the scan's snapshot (none for a document outside a scanned folder). */
function fixLookup(e: ReturnType<typeof engine>, snapshot: ExportSnapshot | undefined, file: string, enginePath: string, tables: Resolved['config']['tables']) {
  const language = e.languageOf(enginePath);
  return snapshot && language ? e.WorkspaceIndex.fromSnapshot(snapshot, tables, '/').lookupFor(file, language) : undefined;
}
