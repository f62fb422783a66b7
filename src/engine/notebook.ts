/**
 * Jupyter notebooks (`.ipynb`): the code cells, in order, are one program (they run in one kernel, so a model
 * loaded in cell 2 is the model called in cell 5), analysed as a Python file. Every position of the result is on a
 * line of that program; `NotebookMap` takes it back to the cell and the line in it (what a user looks for) and to
 * the line of the `.ipynb` file that holds it (what SARIF viewers show).
 *
 * IPython syntax that is not Python (`%pip install`, `!nvidia-smi`, `obj?`, `%%bash` cells) is blanked, keeping the
 * line count, so the rest of the cell parses; cell magics that run their body as Python (`%%time`) keep it.
 */
import { parseTree, findNodeAtLocation, type Node as JsonNode, type ParseError } from 'jsonc-parser';

export interface NotebookMap {
  /** Per code cell: its 1-based position among all cells of the notebook, its first program line (0-based), its line count. */
  cells: { cell: number; start: number; lines: number }[];
  /** For each program line (0-based), the 0-based line of the `.ipynb` file it was read from. */
  fileLine: number[];
}

export interface NotebookPosition { cell: number; line: number; fileLine: number }

export const NOTEBOOK_EXTENSIONS = ['.ipynb'];

export function isNotebookPath(path: string): boolean {
  return path.toLowerCase().endsWith('.ipynb');
}

/** Cell magics whose body is Python run as usual (timed, captured, profiled). */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'memit', 'mprun']);

/**
 * The program of a notebook's code cells, or why it cannot be read. `text` is the notebook file's text.
 * Kernels of another language (a Deno or tslab notebook, R) are not analysed: said so.
 */
export function notebookProgram(text: string): { program: string; map: NotebookMap } | { problem: string } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length || root.type !== 'object') return { problem: 'not a valid notebook (the file is not JSON); skipped' };
  const cells = findNodeAtLocation(root, ['cells']);
  if (!cells || cells.type !== 'array') return { problem: 'not a valid notebook (no "cells" list); skipped' };
  const language = kernelLanguage(root);
  if (language && language !== 'python') return { problem: `a ${language} notebook: only Python notebooks are analysed; skipped` };

  const lineStarts = lineStartsOf(text);
  const fileLineAt = (offset: number) => lineOf(lineStarts, offset);
  const code: NotebookCell[] = [];
  (cells.children ?? []).forEach((cell, i) => {
    if (cell.type !== 'object' || stringAt(cell, ['cell_type']) !== 'code') return;
    const source = findNodeAtLocation(cell, ['source']);
    // `source` is a list of lines (nbformat's usual layout) or one string; each piece remembers its file line
    const pieces: { text: string; fileLine: number }[] = [];
    if (source?.type === 'array') for (const p of source.children ?? []) { if (p.type === 'string') pieces.push({ text: String(p.value), fileLine: fileLineAt(p.offset) }); }
    else if (source?.type === 'string') pieces.push({ text: String(source.value), fileLine: fileLineAt(source.offset) });
    const lines: { text: string; fileLine: number }[] = [];
    for (const p of pieces) {
      const split = p.text.split(/\r\n|\r|\n/);
      if (split.length > 1 && split[split.length - 1] === '') split.pop();
      // a piece holding several lines (one string) has no line of its own for each: all point at the string
      split.forEach(l => lines.push({ text: l, fileLine: p.fileLine }));
    }
    code.push({ cell: i + 1, lines: lines.length ? lines : [{ text: '', fileLine: fileLineAt(cell.offset) }] });
  });
  return programOfCells(code);
}

/** A code cell: its 1-based position in the notebook and its lines (with the file line each came from, 0 when unknown). */
export interface NotebookCell { cell: number; lines: { text: string; fileLine: number }[] }

/** The program of code cells, in order (the editor passes the cells of an open notebook). */
export function programOfCells(cells: NotebookCell[]): { program: string; map: NotebookMap } {
  const out: string[] = [];
  const map: NotebookMap = { cells: [], fileLine: [] };
  for (const c of cells) {
    const lines = c.lines.length ? c.lines : [{ text: '', fileLine: 0 }];
    const code = pythonOf(lines.map(l => l.text));
    map.cells.push({ cell: c.cell, start: out.length, lines: code.length });
    code.forEach((l, j) => { out.push(l); map.fileLine.push(lines[j].fileLine); });
  }
  return { program: out.length ? out.join('\n') + '\n' : '', map };
}

/** The cell and the line in it (0-based) of a program line; lines past the end belong to the last cell. */
export function notebookPosition(map: NotebookMap, line: number): NotebookPosition {
  let lo = 0, hi = map.cells.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (map.cells[mid].start <= line) lo = mid; else hi = mid - 1; }
  const c = map.cells[lo] ?? { cell: 1, start: 0, lines: 0 };
  const within = Math.max(0, Math.min(line - c.start, Math.max(0, c.lines - 1)));
  return { cell: c.cell, line: within, fileLine: map.fileLine[Math.min(c.start + within, map.fileLine.length - 1)] ?? 0 };
}

/** A cell's lines with IPython-only syntax blanked (its indentation kept). */
function pythonOf(lines: string[]): string[] {
  const first = lines[0]?.trim() ?? '';
  if (first.startsWith('%%')) {
    const magic = /^%%(\w+)/.exec(first)?.[1] ?? '';
    // `%%bash`, `%%writefile app.py`, `%%sql`…: the body is not run as Python here
    if (!PYTHON_CELL_MAGICS.has(magic)) return lines.map(() => '');
    return ['', ...pythonOf(lines.slice(1))];
  }
  return lines.map(l => {
    const t = l.trim();
    const indent = l.slice(0, l.length - l.trimStart().length);
    // line magics and shell escapes; `x = !ls` and `x = %time f()` assign their output
    if (/^[%!]/.test(t) || /^[A-Za-z_][\w.]*\s*=\s*[%!]/.test(t)) return indent;
    // `obj?`, `obj??`, `?obj`: help, not code
    if (/^\?+[\w.]+$|^[\w.]+\?+$/.test(t)) return indent;
    return l;
  });
}

function kernelLanguage(root: JsonNode): string | undefined {
  const named = stringAt(root, ['metadata', 'kernelspec', 'language']) ?? stringAt(root, ['metadata', 'language_info', 'name']);
  return named?.toLowerCase();
}

function stringAt(node: JsonNode, path: string[]): string | undefined {
  const n = findNodeAtLocation(node, path);
  return n?.type === 'string' ? String(n.value) : undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}
