/**
 * Which of the engine's fixes "fix all" may apply, and their edits as one list. Pure (no `vscode`
 * import), unit-tested on Node.
 */
import type { Fix, TextEdit } from '../engine';

type Pos = TextEdit['range']['start'];

const cmp = (a: Pos, b: Pos) => a.line - b.line || a.col - b.col;

/** Two edits conflict when their ranges overlap, or both insert at the same spot with different text. */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (sameEdit(a, b)) return false;
  const aEmpty = cmp(a.range.start, a.range.end) === 0, bEmpty = cmp(b.range.start, b.range.end) === 0;
  if (aEmpty && bEmpty) return cmp(a.range.start, b.range.start) === 0;
  // Half-open ranges; an insertion touching the edge of a replacement does not overlap it.
  return cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return cmp(a.range.start, b.range.start) === 0 && cmp(a.range.end, b.range.end) === 0 && a.newText === b.newText;
}

/**
 * The fixes `source.fixAll.mlobs` applies. Only safe fixes belong there: suppressions never (hiding a
 * finding is a decision, not a fix), instrumentation and pins only when the user opted in with
 * `mlobs.fixAll.includeInstrumentation`, and then only the preferred instrumentation fix of each finding,
 * skipping any whose edits collide with one already taken. Identical edits (two fixes adding the same
 * `import time`) are shared, not conflicts: `fixAllEdits` emits them once.
 */
export function selectFixAll(fixes: readonly Fix[], includeInstrumentation: boolean): Fix[] {
  if (!includeInstrumentation) return [];
  const chosen: Fix[] = [];
  const findings = new Set<number>();
  for (const fix of fixes) {
    if (fix.kind !== 'instrumentation' || !fix.isPreferred || findings.has(fix.findingIndex)) continue;
    const taken = chosen.flatMap(c => c.edits);
    if (fix.edits.some(e => taken.some(t => conflicts(e, t)))) continue;
    chosen.push(fix);
    findings.add(fix.findingIndex);
  }
  return chosen;
}

/** The edits of several fixes as one list, duplicates removed, in document order. */
export function fixAllEdits(fixes: readonly Fix[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of fixes.flatMap(f => f.edits)) if (!out.some(o => sameEdit(o, e))) out.push(e);
  return out.sort((a, b) => cmp(a.range.start, b.range.start));
}
