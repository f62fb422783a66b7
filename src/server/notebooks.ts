/**
 * Notebooks as the client synchronises them (LSP 3.17 `notebookDocument/*`): a notebook's Python code cells run in
 * one kernel, so they are analysed as one program, in order (the CLI reads `.ipynb` files the same way), and the
 * result is split back into each cell's own lines. A fix can edit another cell than its finding's (an import at the
 * top of the first cell): each edit names its cell document. No connection, no I/O.
 */
import type { NotebookDocument } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, FileResult, ResolvedConfig } from '../engine';
import { engine } from '../extension/engine';

const CODE_CELL = 2;   // NotebookCellKind.Code

/** One code cell's part of its notebook's analysis. */
export interface CellAnalysis {
  uri: string;
  version: number;
  text: string;
  result: FileResult;
  /** Its findings' fixes; `targets[i]` is the cell document `edits[i]` changes, with the version the edit is for. */
  fixes(): CellEditorFix[];
}

export interface CellEditorFix extends Fix { targets: { uri: string; version: number }[] }

/** The Python code cells of a notebook, in order, with their text documents. */
export function codeCells(nb: NotebookDocument, cellDocument: (uri: string) => TextDocument | undefined): { index: number; doc: TextDocument }[] {
  const out: { index: number; doc: TextDocument }[] = [];
  nb.cells.forEach((cell, index) => {
    const doc = cellDocument(cell.document);
    if (cell.kind === CODE_CELL && doc && doc.languageId === 'python') out.push({ index, doc });
  });
  return out;
}

/** What a notebook's analysis depends on besides the config: its code cells and their versions. */
export function versionsOf(cells: { doc: TextDocument }[]): string {
  return cells.map(c => `${c.doc.uri}@${c.doc.version}`).join(' ');
}

/**
 * Analyses the cells as one program (`enginePath` ends in `.ipynb`; `lookup` resolves imports of the project's
 * modules) and splits the result per cell.
 */
export function analyseCells(cells: { index: number; doc: TextDocument }[], enginePath: string, config: ResolvedConfig,
  lookup?: Parameters<ReturnType<typeof engine>['computeFixes']>[4]): CellAnalysis[] {
  const e = engine();
  const { program, map } = e.programOfCells(cells.map(c => ({ cell: c.index + 1, lines: c.doc.getText().split(/\r?\n/).map(text => ({ text, fileLine: 0 })) })));
  const result = e.analyzeTextSync(enginePath, program, config, { external: lookup });
  let programFixes: ReturnType<typeof e.fixesInCells> | undefined;
  return cells.map((c, i) => {
    const { result: own, programFinding } = e.resultInCell(result, map, i);
    return {
      uri: c.doc.uri, version: c.doc.version, text: c.doc.getText(), result: own,
      fixes: () => {
        programFixes ??= e.fixesInCells(e.computeFixes(enginePath, program, result, config, lookup), map, program.split('\n'));
        const local = new Map(programFinding.map((p, k) => [p, k]));
        return programFixes.filter(f => local.has(f.findingIndex)).map(f => ({
          ...f, findingIndex: local.get(f.findingIndex)!,
          edits: f.edits.map(({ cell: _cell, ...edit }) => edit),
          targets: f.edits.map(x => ({ uri: cells[x.cell].doc.uri, version: cells[x.cell].doc.version })),
        }));
      },
    };
  });
}
