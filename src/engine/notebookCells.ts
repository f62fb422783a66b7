/**
 * A notebook program's result and fixes split by code cell, for an editor that shows each cell as its own document
 * (VS Code's `vscode-notebook-cell`): positions in the cell's own lines, findings re-indexed, fix edits addressed to
 * the cell they change (an import added at the top of the first cell for a finding in the fourth stays one fix).
 */
import type { FileResult } from './analyze';
import type { Fix, TextEdit } from './fixes/types';
import type { Range } from './model';
import type { NotebookMap } from './notebook';

export interface CellResult {
  result: FileResult;
  /** Index of each of the cell's findings in the program's findings. */
  programFinding: number[];
}

/** A fix whose edits name the code cell (index into `map.cells`) each applies to. */
export interface CellFix extends Omit<Fix, 'edits'> { edits: (TextEdit & { cell: number })[] }

/** Which code cell (index into `map.cells`) holds a program line; a line past the end is in the last cell. */
export function cellAt(map: NotebookMap, line: number): number {
  let lo = 0, hi = map.cells.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (map.cells[mid].start <= line) lo = mid; else hi = mid - 1; }
  return lo;
}

const shift = (r: Range, by: number): Range => ({ start: { line: r.start.line - by, col: r.start.col }, end: { line: r.end.line - by, col: r.end.col } });

/** The part of the program's result in code cell `i`. Evidence in another cell becomes a note naming that cell. */
export function resultInCell(program: FileResult, map: NotebookMap, i: number): CellResult {
  const { start, lines } = map.cells[i];
  const inCell = (line: number) => line >= start && line < start + lines;
  const points = new Map<number, number>(), loads = new Map<number, number>();
  // "unrecognised" (imports an ML library, nothing found) is a verdict on the whole notebook: its first code cell carries
  // it, once; a cell of a notebook with points is not unrecognised for lacking one itself
  const unrecognised = i === 0 && !program.inferencePoints.length && !program.modelLoads.length;
  const result: FileResult = { ...program, inferencePoints: [], modelLoads: [], findings: [], errors: [], lineCount: lines, notebook: undefined,
    mlLibraries: unrecognised ? program.mlLibraries : undefined };
  program.inferencePoints.forEach((p, k) => {
    if (!inCell(p.range.start.line)) return;
    points.set(k, result.inferencePoints.length);
    const facets = Object.fromEntries(Object.entries(p.facets).map(([id, v]) => {
      if (!v.evidence) return [id, v];
      if (inCell(v.evidence.line)) return [id, { ...v, evidence: { ...v.evidence, line: v.evidence.line - start } }];
      const where = map.cells[cellAt(map, v.evidence.line)];
      const { evidence, ...rest } = v;
      return [id, { ...rest, note: `${rest.note ? `${rest.note}; ` : ''}recorded in cell ${where.cell}, line ${evidence.line - where.start + 1}: ${evidence.text}` }];
    }));
    result.inferencePoints.push({ ...p, range: shift(p.range, start), calleeRange: shift(p.calleeRange, start), facets });
  });
  program.modelLoads.forEach((l, k) => {
    if (!inCell(l.range.start.line)) return;
    loads.set(k, result.modelLoads.length);
    const recordedAt = l.recordedAt && inCell(l.recordedAt.line) ? { ...l.recordedAt, line: l.recordedAt.line - start } : undefined;
    result.modelLoads.push({ ...l, range: shift(l.range, start), recordedAt });
  });
  const programFinding: number[] = [];
  program.findings.forEach((f, k) => {
    if (!inCell(f.range.start.line)) return;
    programFinding.push(k);
    result.findings.push({ ...f, range: shift(f.range, start),
      pointIndex: f.pointIndex === undefined ? undefined : points.get(f.pointIndex), loadIndex: f.loadIndex === undefined ? undefined : loads.get(f.loadIndex) });
  });
  for (const e of program.errors) {
    if (e.line === undefined) { if (i === 0) result.errors.push(e); }
    else if (inCell(e.line)) result.errors.push({ ...e, line: e.line - start });
  }
  return { result, programFinding };
}

/**
 * The program's fixes, each edit moved into the cell it falls in (`programLines`: the program's text by line). A line
 * inserted before the first line of a cell is put at the end of the cell before it: what a fix inserts after a
 * statement belongs with that statement. A fix with an edit across a cell boundary is dropped (a cell is its own
 * document: no edit can span two).
 */
export function fixesInCells(fixes: Fix[], map: NotebookMap, programLines: readonly string[]): CellFix[] {
  const out: CellFix[] = [];
  for (const fix of fixes) {
    const edits: CellFix['edits'] = [];
    for (const e of fix.edits) {
      const { start: from, end: to } = e.range;
      const insertion = from.line === to.line && from.col === to.col && from.col === 0;
      const cell = cellAt(map, from.line);
      const c = map.cells[cell];
      if (insertion && (from.line >= c.start + c.lines || (from.line === c.start && cell > 0))) {
        // at the end of the previous cell's (or this, the last, cell's) last line
        const target = from.line >= c.start + c.lines ? cell : cell - 1;
        const t = map.cells[target];
        const last = t.start + t.lines - 1;
        const at = { line: t.lines - 1, col: (programLines[last] ?? '').length };
        edits.push({ ...e, range: { start: at, end: at }, newText: `\n${e.newText.replace(/\n$/, '')}`, cell: target });
        continue;
      }
      if (cellAt(map, to.line) !== cell || to.line >= c.start + c.lines) break;
      edits.push({ ...e, range: shift(e.range, c.start), cell });
    }
    if (edits.length === fix.edits.length) out.push({ ...fix, edits });
  }
  return out;
}
