/**
 * Analysis of open documents as they are edited, on the extension host (small documents) or in the worker
 * (large ones): each document's syntax tree is kept and edited with the text changes since the last
 * analysis, so tree-sitter reparses only what changed. No `vscode` import: the worker uses it too.
 */
import type { DocumentModels, ExportSnapshot, FileResult, ResolvedConfig, TextChange, WorkspaceIndex } from '../engine';
import type { LiveWorkspace } from './protocol';
import { engine } from './engine';

export class LiveAnalysis {
  private models?: DocumentModels;

  /** `doc` keys the kept tree; `changes` are the edits since the text last analysed for that doc (if known). */
  async analyze(path: string, text: string, config: ResolvedConfig, doc?: string, changes?: TextChange[], workspace?: LiveWorkspace): Promise<FileResult> {
    const e = engine();
    const language = e.languageOf(path);
    if (!doc || !language) return e.analyzeText(path, text, config);
    await e.ensureLanguage(language);
    this.models ??= new e.DocumentModels();
    const model = this.models.update(doc, language, text, e.PARSE_BUDGET_MS, changes, path);
    const index = workspace && this.indexOf(workspace.snapshot, config);
    return e.analyzeTextSync(path, text, config, { model, workspace: index ? { index, file: workspace.file } : undefined });
  }

  /** One index per snapshot (a scan makes a new one). */
  private indexOf(snapshot: ExportSnapshot, config: ResolvedConfig): WorkspaceIndex {
    let index = this.indexes.get(snapshot);
    if (!index) this.indexes.set(snapshot, (index = engine().WorkspaceIndex.fromSnapshot(snapshot, config.tables, '/')));
    return index;
  }
  private readonly indexes = new WeakMap<ExportSnapshot, WorkspaceIndex>();

  close(doc: string): void { this.models?.close(doc); }

  /** Frees every kept tree; the next analysis starts afresh (dispose, or a restart). */
  dispose(): void { this.models?.dispose(); this.models = undefined; }
}
