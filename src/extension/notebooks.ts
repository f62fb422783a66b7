/**
 * Notebook cells in the views. The language server analyses a notebook's code cells as one program (LSP notebook
 * sync; src/server/notebooks.ts); the sidebar names a cell's results by their notebook and cell.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const CELL_SCHEME = 'vscode-notebook-cell';

/** A document's short name for the sidebar: its file name, and for a notebook cell which cell. */
export function shortName(uri: vscode.Uri): string {
  const base = path.basename(uri.fsPath);
  if (uri.scheme !== CELL_SCHEME) return base;
  const cell = vscode.workspace.notebookDocuments.flatMap(nb => nb.getCells()).find(c => c.document.uri.toString() === uri.toString());
  return cell ? `${base} · cell ${cell.index + 1}` : base;
}
