/** Small text helpers shared by the renderers. */
import type { Pos } from '../model';
import type { TextEdit } from './types';

/**
 * Inserts `text` as a new last item of the bracketed list that ends at `end` (exclusive, after the closing
 * bracket): right after the last item, with a comma unless the list is empty or already ends with one.
 */
export function insertBeforeClosing(end: Pos, lines: string[], text: string): TextEdit {
  let line = end.line;
  let content = lines[line].slice(0, end.col - 1).trimEnd();
  while (!content && line > 0) content = lines[--line].trimEnd();
  const at = { line, col: content.length };
  const sep = /[{(\[]$/.test(content) ? '' : content.endsWith(',') ? ' ' : ', ';
  return { range: { start: at, end: at }, newText: `${sep}${text}` };
}
