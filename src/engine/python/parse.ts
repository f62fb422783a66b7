/**
 * Python front end, first half: loads web-tree-sitter and the published tree-sitter-python grammar
 * (WASM, shipped in `grammars/`), and parses text within a time budget.
 *
 * Parser isolation: a fault inside the WASM module (`RuntimeError: memory access out of bounds`, an
 * `unreachable`) can leave its memory corrupt, so that every later parse in the process fails too. On
 * such a fault the faulting file gets one note, and the whole binding (module, language, parser) is
 * dropped; the next `initPython()` loads a fresh copy. Trees of the old copy are never touched again.
 */
import * as path from 'node:path';
import type { Parser, Tree, Node, Edit } from 'web-tree-sitter';
import { FileModel, emptyModel, countLines, normaliseLineBreaks } from '../model';
import { lowerPython } from './lower';
import type { Fragments } from './fragments';

type Binding = typeof import('./binding');

let ready: Promise<Parser> | undefined;
let parser: Parser | undefined;
let binding: Binding | undefined;
/** Trees made by the current binding; a tree of a dropped one is dead memory. */
let liveTrees = new WeakSet<Tree>();
/** How many times a WASM fault made the binding restart (for tests and notes). */
let restarts = 0;

/** A fresh copy of web-tree-sitter (dist/tree-sitter.js), not the one `require` has cached. */
function freshBinding(): Binding {
  const file = path.join(__dirname, 'tree-sitter.js');
  delete require.cache[file];
  return require(file) as Binding;
}

/** Folder holding tree-sitter.wasm and the grammar; the bundles live in dist/, grammars next to it. */
export function grammarsDir(): string {
  return process.env.MLOBS_GRAMMARS_DIR ?? path.join(__dirname, '..', 'grammars');
}

export function initPython(): Promise<Parser> {
  if (ready) return ready;
  ready = (async () => {
    const dir = grammarsDir();
    const b = freshBinding();
    await b.Parser.init({ locateFile: (file: string) => path.join(dir, file) });
    const language = await b.Language.load(path.join(dir, 'tree-sitter-python.wasm'));
    const p = new b.Parser();
    p.setLanguage(language);
    binding = b;
    parser = p;
    return p;
  })();
  // a failed load is not cached: the next file tries again
  ready.catch(() => { ready = undefined; });
  return ready;
}

export function pythonReady(): boolean { return parser !== undefined; }

/** Whether `tree` belongs to the running parser (false after a restart: its memory is gone). */
export function isLiveTree(tree: Tree): boolean { return liveTrees.has(tree); }

/** Restarts after WASM faults so far in this process. */
export function pythonParserRestarts(): number { return restarts; }

/** An edit description for `Tree.edit`, from the running binding. */
export function treeEdit(fields: ConstructorParameters<typeof Edit>[0]): Edit {
  if (!binding) throw new Error('initPython() must be awaited before editing trees');
  return new binding.Edit(fields);
}

/** A trap of the WASM module itself (as opposed to an error of ours while lowering). */
function isWasmFault(e: unknown): boolean {
  return e instanceof WebAssembly.RuntimeError || (e instanceof Error && /^(RuntimeError|Aborted)\b/.test(`${e.name}: ${e.message}`));
}

/** Drops the faulted binding; the next `initPython()` loads a new one. */
function dropBinding(): void {
  restarts++;
  parser = undefined;
  binding = undefined;
  ready = undefined;
  liveTrees = new WeakSet();
}

/** Test hook: corrupts the running module's memory the way a scanner bug would, so the next parse faults. */
export function corruptPythonParserForTesting(): void {
  if (!parser) throw new Error('initPython() must be awaited first');
  // the parser's own pointer, pointed far outside the WASM heap: the next call into it traps
  (parser as unknown as number[])[0] = 0x7ffffff0;
}

export interface ParseOutcome { tree: Tree | null; timedOut: boolean }

/** Parses `text`; gives up (timedOut) after `budgetMs`, so a pathological file cannot hang the editor. */
export function parsePython(text: string, budgetMs: number, oldTree?: Tree | null): ParseOutcome {
  if (!parser) throw new Error('initPython() must be awaited before parsing');
  if (oldTree && !liveTrees.has(oldTree)) oldTree = null;
  const deadline = performance.now() + budgetMs;
  let timedOut = false;
  let calls = 0;
  parser.reset();
  const tree = parser.parse(text, oldTree ?? null, {
    // Called very often: look at the clock only every 512th time.
    progressCallback: () => {
      if ((++calls & 511) !== 0) return false;
      if (performance.now() > deadline) { timedOut = true; return true; }
      return false;
    },
  } as never);
  if (tree && !timedOut) liveTrees.add(tree);
  return { tree: timedOut ? null : tree, timedOut };
}

/**
 * Parses and lowers; the tree is freed here unless the caller wants to keep it for incremental reparse. With
 * `fragments` (a document being edited), unchanged top-level statements of the previous lowering are reused; the
 * result's `fragments` are what the next call passes.
 */
export function buildPythonModel(text: string, budgetMs: number, keepTree = false, oldTree?: Tree | null, fragments?: Fragments): { model: FileModel; tree: Tree | null; fragments?: Fragments } {
  text = normaliseLineBreaks(text);
  const lineCount = countLines(text);
  try { return buildFromTree(text, lineCount, budgetMs, keepTree, oldTree, fragments); }
  catch (e) {
    if (!isWasmFault(e)) throw e;
    dropBinding();
    const m = emptyModel('python');
    m.lineCount = lineCount;
    m.notes.push(`internal error in the Python parser on this file (${(e as Error).message}): not analysed; the parser is restarted for the next file`);
    return { model: m, tree: null };
  }
}

function buildFromTree(text: string, lineCount: number, budgetMs: number, keepTree: boolean, oldTree?: Tree | null, previous?: Fragments): { model: FileModel; tree: Tree | null; fragments?: Fragments } {
  const { tree, timedOut } = parsePython(text, budgetMs, oldTree);
  if (!tree) {
    const m = emptyModel('python');
    m.lineCount = lineCount;
    m.notes.push(timedOut ? `parsing took longer than ${budgetMs} ms and was stopped` : 'the file could not be parsed');
    return { model: m, tree: null };
  }
  const reuse = keepTree ? { previous, next: new Map() as Fragments } : undefined;
  const model = lowerPython(tree, text, lineCount, reuse);
  // (the lowering notes misindented lines: tree-sitter reads an unexpected indent as one more statement, Python does not)
  if (tree.rootNode.hasError || model.errorLines.length) {
    model.errorLines = [...new Set([...(tree.rootNode.hasError ? errorLines(tree.rootNode) : []), ...model.errorLines])].sort((a, b) => a - b);
    const shown = model.errorLines.slice(0, 3).map(l => l + 1).join(', ');
    model.notes.push(`syntax errors (line ${shown}${model.errorLines.length > 3 ? ', …' : ''}); the rest of the file was analysed`);
  }
  if (!keepTree) { tree.delete(); return { model, tree: null }; }
  return { model, tree, fragments: reuse?.next };
}

function errorLines(root: Node): number[] {
  const lines = new Set<number>();
  const stack: Node[] = [root];
  while (stack.length && lines.size < 50) {
    const n = stack.pop()!;
    if (n.type === 'ERROR' || n.isMissing) { lines.add(n.startPosition.row); continue; }
    for (const c of n.children) if (c && (c.hasError || c.isMissing)) stack.push(c);
  }
  return [...lines].sort((a, b) => a - b);
}
