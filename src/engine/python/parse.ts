/**
 * Python front end, first half: loads web-tree-sitter and the published tree-sitter-python grammar
 * (WASM, shipped in `grammars/`) once, and parses text within a time budget.
 */
import * as path from 'node:path';
import { Parser, Language, Tree, Node } from 'web-tree-sitter';
import { FileModel, emptyModel, countLines, normaliseLineBreaks } from '../model';
import { lowerPython } from './lower';

let ready: Promise<Parser> | undefined;
let parser: Parser | undefined;

/** Folder holding tree-sitter.wasm and the grammar; the bundles live in dist/, grammars next to it. */
export function grammarsDir(): string {
  return process.env.MLOBS_GRAMMARS_DIR ?? path.join(__dirname, '..', 'grammars');
}

export function initPython(): Promise<Parser> {
  ready ??= (async () => {
    const dir = grammarsDir();
    await Parser.init({ locateFile: (file: string) => path.join(dir, file) });
    const language = await Language.load(path.join(dir, 'tree-sitter-python.wasm'));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
    return p;
  })();
  return ready;
}

export function pythonReady(): boolean { return parser !== undefined; }

export interface ParseOutcome { tree: Tree | null; timedOut: boolean }

/** Parses `text`; gives up (timedOut) after `budgetMs`, so a pathological file cannot hang the editor. */
export function parsePython(text: string, budgetMs: number, oldTree?: Tree | null): ParseOutcome {
  if (!parser) throw new Error('initPython() must be awaited before parsing');
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
  return { tree: timedOut ? null : tree, timedOut };
}

/** Parses and lowers; the tree is freed here unless the caller wants to keep it for incremental reparse. */
export function buildPythonModel(text: string, budgetMs: number, keepTree = false, oldTree?: Tree | null): { model: FileModel; tree: Tree | null } {
  text = normaliseLineBreaks(text);
  const lineCount = countLines(text);
  const { tree, timedOut } = parsePython(text, budgetMs, oldTree);
  if (!tree) {
    const m = emptyModel('python');
    m.lineCount = lineCount;
    m.notes.push(timedOut ? `parsing took longer than ${budgetMs} ms and was stopped` : 'the file could not be parsed');
    return { model: m, tree: null };
  }
  const model = lowerPython(tree, lineCount);
  if (tree.rootNode.hasError) {
    model.errorLines = errorLines(tree.rootNode);
    const shown = model.errorLines.slice(0, 3).map(l => l + 1).join(', ');
    model.notes.push(`syntax errors (line ${shown}${model.errorLines.length > 3 ? ', …' : ''}); the rest of the file was analysed`);
  }
  if (!keepTree) { tree.delete(); return { model, tree: null }; }
  return { model, tree };
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
