/** Small text helpers shared by the renderers. */
import type { Pos } from '../model';
import type { TextEdit } from './types';

/**
 * Inserts `items` as new last items of the bracketed list that ends at `end` (exclusive, after the closing
 * bracket): right after the last item, with a comma unless the list is empty or already ends with one. A list
 * laid out one item per line (its bracket alone on the last line, the item before it ending in a comma) gets
 * one new line per item, indented like the item before.
 */
export function insertBeforeClosing(end: Pos, lines: string[], items: string | string[]): TextEdit {
  const list = typeof items === 'string' ? [items] : items;
  let line = end.line;
  const bracketAlone = !lines[line].slice(0, end.col - 1).trim();
  let content = lines[line].slice(0, end.col - 1).trimEnd();
  while (!content && line > 0) content = lines[--line].trimEnd();
  const at = { line, col: content.length };
  if (bracketAlone && line < end.line && content.endsWith(',')) {
    const indent = /^\s*/.exec(lines[line])![0];
    return { range: { start: at, end: at }, newText: list.map(i => `\n${indent}${i},`).join('') };
  }
  const sep = /[{(\[]$/.test(content) ? '' : content.endsWith(',') ? ' ' : ', ';
  return { range: { start: at, end: at }, newText: `${sep}${list.join(', ')}` };
}
