/**
 * Models of documents being edited. For Python the previous tree-sitter tree is kept per document and
 * edited with the text changes, so tree-sitter reparses only what changed; TypeScript is reparsed whole
 * (typescript-estree has no incremental mode). Trees live in WASM memory: `close` frees them.
 */
import type { Tree } from 'web-tree-sitter';
import type { FileModel, Pos } from './model';
import { buildPythonModel, isLiveTree, treeEdit } from './python/parse';
import type { Fragments } from './python/fragments';
import { buildModel, Language } from './languages';

/** A text change as editors report it: offsets and positions in UTF-16 code units, against the text before it. */
export interface TextChange { rangeOffset: number; rangeLength: number; text: string; range: { start: Pos; end: Pos } }

/** The document's last tree and text, and the lowered fragments of its top-level statements (reused when unchanged). */
interface Cached { tree: Tree; text: string; fragments?: Fragments }

export class DocumentModels {
  private readonly cache = new Map<string, Cached>();

  /**
   * The model of `text`. With `changes` (the edits since the text this document had last time), the
   * previous Python tree is edited and reused; without them, or when the cached text does not match,
   * the document is parsed from scratch.
   */
  update(key: string, language: Language, text: string, budgetMs: number, changes?: readonly TextChange[], fileName?: string): FileModel {
    if (language !== 'python') return buildModel(language, text, budgetMs, fileName);
    let cached = this.cache.get(key);
    // after a parser restart the cached tree lives in the dropped module: forget it, never call into it
    if (cached && !isLiveTree(cached.tree)) { this.cache.delete(key); cached = undefined; }
    let oldTree: Tree | null = null;
    if (cached && changes && applyChanges(cached.text, changes) === text) {
      for (const c of changes) cached.tree.edit(editFor(c));
      oldTree = cached.tree;
    }
    // fragments are reused whenever the document was lowered before, edited or not (they are keyed by text)
    const { model, tree, fragments } = buildPythonModel(text, budgetMs, true, oldTree, cached?.fragments);
    if (cached && isLiveTree(cached.tree)) cached.tree.delete();
    if (tree) this.cache.set(key, { tree, text, fragments }); else this.cache.delete(key);
    return model;
  }

  close(key: string): void {
    const cached = this.cache.get(key);
    if (cached && isLiveTree(cached.tree)) cached.tree.delete();
    this.cache.delete(key);
  }

  dispose(): void {
    for (const key of [...this.cache.keys()]) this.close(key);
  }
}

function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

/** tree-sitter's edit description for one change (web-tree-sitter counts in UTF-16 code units for string input). */
function editFor(c: TextChange) {
  const lines = c.text.split('\n');
  const newEnd = lines.length === 1
    ? { row: c.range.start.line, column: c.range.start.col + c.text.length }
    : { row: c.range.start.line + lines.length - 1, column: lines[lines.length - 1].length };
  return treeEdit({
    startIndex: c.rangeOffset, oldEndIndex: c.rangeOffset + c.rangeLength, newEndIndex: c.rangeOffset + c.text.length,
    startPosition: { row: c.range.start.line, column: c.range.start.col },
    oldEndPosition: { row: c.range.end.line, column: c.range.end.col },
    newEndPosition: newEnd,
  });
}
