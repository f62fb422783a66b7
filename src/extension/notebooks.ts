/**
 * Notebook cells in VS Code (`vscode-notebook-cell` documents): the Python code cells of a notebook run in one
 * kernel, so they are analysed as one program, in order (the CLI reads `.ipynb` files the same way), and the result
 * is split back into each cell's own lines. Fixes go to the cell they change, possibly another one than the finding's
 * (an import at the top of the first cell). The analysis of a notebook is kept for its cells' current versions, so
 * its cells share one run.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CellFix, ExportSnapshot, FileResult, NotebookMap, ResolvedConfig } from '../engine';
import { engine } from './engine';

export const CELL_SCHEME = 'vscode-notebook-cell';

export function isNotebookCell(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === CELL_SCHEME && doc.languageId === 'python';
}

/** A document's short name for the sidebar: its file name, and for a notebook cell which cell. */
export function shortName(uri: vscode.Uri): string {
  const base = path.basename(uri.fsPath);
  if (uri.scheme !== CELL_SCHEME) return base;
  const cell = vscode.workspace.notebookDocuments.flatMap(nb => nb.getCells()).find(c => c.document.uri.toString() === uri.toString());
  return cell ? `${base} · cell ${cell.index + 1}` : base;
}

interface ProgramRun {
  versions: string;
  cells: vscode.NotebookCell[];
  program: string;
  map: NotebookMap;
  enginePath: string;
  result: FileResult;
  fixes?: CellFix[];
  lookup: Parameters<ReturnType<typeof engine>['computeFixes']>[4];
}

/** What the cell's document needs: its part of the result, and its fixes with each edit's target document. */
export interface CellAnalysis {
  result: FileResult;
  fixes(): { fix: CellFix; uris: vscode.Uri[] }[];
}

export class NotebookPrograms {
  private readonly runs = new Map<string, ProgramRun>();

  /** The notebook holding a cell document, when it is open. */
  static notebookOf(doc: vscode.TextDocument): vscode.NotebookDocument | undefined {
    return vscode.workspace.notebookDocuments.find(nb => nb.getCells().some(c => c.document.uri.toString() === doc.uri.toString()));
  }

  /** What a cell's result depends on besides its own text: its notebook's code cells and their versions ('' for other documents). */
  static contextOf(doc: vscode.TextDocument): string {
    if (!isNotebookCell(doc)) return '';
    const nb = NotebookPrograms.notebookOf(doc);
    return nb ? versionsOf(NotebookPrograms.codeCells(nb)) : '';
  }

  /** The Python code cells of a notebook, in order. */
  static codeCells(nb: vscode.NotebookDocument): vscode.NotebookCell[] {
    return nb.getCells().filter(c => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'python');
  }

  async analyse(doc: vscode.TextDocument, config: ResolvedConfig, root: string, snapshot: ExportSnapshot | undefined): Promise<CellAnalysis | undefined> {
    const nb = NotebookPrograms.notebookOf(doc);
    if (!nb) return undefined;
    const run = await this.programRun(nb, config, root, snapshot);
    const i = run.cells.findIndex(c => c.document.uri.toString() === doc.uri.toString());
    if (i < 0) return undefined;
    const e = engine();
    const { result, programFinding } = e.resultInCell(run.result, run.map, i);
    return {
      result,
      fixes: () => {
        run.fixes ??= e.fixesInCells(e.computeFixes(run.enginePath, run.program, run.result, config, run.lookup), run.map, run.program.split('\n'));
        const local = new Map(programFinding.map((p, k) => [p, k]));
        return run.fixes.filter(f => local.has(f.findingIndex)).map(f => ({
          fix: { ...f, findingIndex: local.get(f.findingIndex)! },
          uris: f.edits.map(x => run.cells[x.cell].document.uri),
        }));
      },
    };
  }

  forget(nb: vscode.NotebookDocument): void { this.runs.delete(nb.uri.toString()); }

  private async programRun(nb: vscode.NotebookDocument, config: ResolvedConfig, root: string, snapshot: ExportSnapshot | undefined): Promise<ProgramRun> {
    const key = nb.uri.toString();
    const cells = NotebookPrograms.codeCells(nb);
    const versions = versionsOf(cells);
    const kept = this.runs.get(key);
    if (kept && kept.versions === versions) return kept;
    const e = engine();
    await e.ensureLanguage('python');
    const { program, map } = e.programOfCells(cells.map(c => ({ cell: c.index + 1, lines: c.document.getText().split(/\r?\n/).map(text => ({ text, fileLine: 0 })) })));
    const enginePath = nb.uri.scheme === 'file' ? path.relative(root, nb.uri.fsPath).split(path.sep).join('/') : 'untitled.ipynb';
    const lookup = snapshot && nb.uri.scheme === 'file' ? e.WorkspaceIndex.fromSnapshot(snapshot, config.tables, '/').lookupFor(nb.uri.fsPath, 'python') : undefined;
    const result = e.analyzeTextSync(enginePath.endsWith('.ipynb') ? enginePath : `${enginePath}.ipynb`, program, config, { external: lookup });
    const run: ProgramRun = { versions, cells, program, map, enginePath, result, lookup };
    this.runs.set(key, run);
    return run;
  }
}

const versionsOf = (cells: vscode.NotebookCell[]) => cells.map(c => `${c.document.uri.toString()}@${c.document.version}`).join(' ');
