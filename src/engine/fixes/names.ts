/**
 * Names a text uses where nothing defines them, for verifying a fix: a fix may not make a name undefined
 * somewhere it was not before (`requestId` used in a `catch` when the `const` is in the `try`).
 *
 * TS/JS: the TypeScript compiler's own scope analysis (block scopes, hoisting, imports) on the one file,
 * without its library files — so globals (`console`, `crypto`, `Promise`) are unknown to it, and only names
 * that are not globals of the running Node are counted. Python: the engine's model, by function scope, with
 * the builtins (Python has no block scopes).
 */
import type { Expr, FileModel } from '../model';
import { buildModel } from '../languages';
import { loadTypeScript } from '../typescript/parse';

/** How many times each name is used undefined. */
export type UndefinedNames = Map<string, number>;

export function undefinedNames(path: string, language: FileModel['language'], text: string): UndefinedNames {
  return language === 'python' ? pythonUndefined(path, text) : typescriptUndefined(path, text);
}

/** The names `after` uses undefined more often than `before` did. */
export function newlyUndefined(before: UndefinedNames, after: UndefinedNames): string[] {
  return [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name);
}

// "Cannot find name", "Cannot find name. Did you mean…", "No value exists in scope for the shorthand property"
const UNDEFINED_CODES = new Set([2304, 2552, 18004]);

function typescriptUndefined(path: string, text: string): UndefinedNames {
  const { ts } = loadTypeScript();
  const fileName = /\.[cm]?[jt]sx?$/.test(path) ? path.replace(/^.*[\\/]/, '') : 'file.ts';
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const host: import('typescript').CompilerHost = {
    getSourceFile: name => (name === fileName ? source : undefined),
    getDefaultLibFileName: () => 'lib.d.ts', writeFile: () => {}, getCurrentDirectory: () => '/', getCanonicalFileName: f => f,
    useCaseSensitiveFileNames: () => true, getNewLine: () => '\n', fileExists: name => name === fileName, readFile: () => undefined,
  };
  const program = ts.createProgram([fileName], { noLib: true, allowJs: true, checkJs: true, noResolve: true, types: [], jsx: ts.JsxEmit.Preserve }, host);
  const out: UndefinedNames = new Map();
  for (const d of program.getSemanticDiagnostics(source)) {
    if (!UNDEFINED_CODES.has(d.code) || d.start === undefined) continue;
    const name = /^[\p{L}\p{N}_$]+/u.exec(text.slice(d.start))?.[0];
    if (!name || name in globalThis) continue;
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}

/** Python's builtins (3.8–3.13) and the names every module has. */
const PYTHON_BUILTINS = new Set(('abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex '
  + 'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex '
  + 'id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property '
  + 'quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ __name__ __file__ '
  + '__doc__ __spec__ __loader__ __package__ __builtins__ __debug__ __dict__ __class__ NotImplemented Ellipsis True False None '
  + 'BaseException BaseExceptionGroup Exception ExceptionGroup ArithmeticError AssertionError AttributeError BlockingIOError '
  + 'BrokenPipeError BufferError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError '
  + 'EOFError EnvironmentError FileExistsError FileNotFoundError FloatingPointError GeneratorExit IOError ImportError IndentationError '
  + 'IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError '
  + 'NotADirectoryError NotImplementedError OSError OverflowError PermissionError ProcessLookupError RecursionError ReferenceError '
  + 'RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError '
  + 'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ValueError ZeroDivisionError Warning UserWarning '
  + 'DeprecationWarning PendingDeprecationWarning RuntimeWarning SyntaxWarning FutureWarning ImportWarning UnicodeWarning BytesWarning '
  + 'ResourceWarning EncodingWarning').split(' '));

function pythonUndefined(path: string, text: string): UndefinedNames {
  const m = buildModel('python', text, 3000, path);
  // a star import may define anything
  if (m.imports.some(i => i.local === '*')) return new Map();
  const out: UndefinedNames = new Map();
  const seen = new Set<Expr>();
  const visit = (e: Expr | null | undefined, scope: number): void => {
    if (!e || seen.has(e)) return;
    seen.add(e);
    switch (e.k) {
      case 'name': {
        if (PYTHON_BUILTINS.has(e.name) || definedSomewhere(m, e.name, scope)) return;
        out.set(e.name, (out.get(e.name) ?? 0) + 1);
        return;
      }
      case 'attr': return visit(e.obj, scope);
      case 'index': visit(e.obj, scope); return visit(e.index, scope);
      case 'dict': for (const x of e.entries) visit(x.value, scope); return;
      case 'other': for (const p of e.parts) visit(p, scope); return;
      case 'str': for (const p of e.parts ?? []) visit(p, scope); return;
      default: return;
    }
  };
  for (const c of m.calls) { visit(c.callee, c.scope); for (const a of c.args) visit(a.value, c.scope); }
  for (const a of m.assignments) visit(a.value, a.scope);
  for (const x of m.returns) visit(x.value, x.scope);
  return out;
}

/** Whether a name is bound in a scope or one that encloses it (assignment, parameter, import, definition, `global`). */
function definedSomewhere(m: FileModel, name: string, scope: number): boolean {
  if (m.imports.some(i => i.local === name)) return true;
  for (let s = scope; s >= 0; s = m.scopes[s].parent) {
    const sc = m.scopes[s];
    if (sc.params.some(p => p.name === name)) return true;
    if (m.scopes.some(x => x.parent === s && x.name === name)) return true;
    if (m.assignments.some(a => (a.home ?? a.scope) === s && a.targets.some(t => t.root === name))) return true;
    if (m.assignments.some(a => a.scope === s && a.targets.some(t => t.root === name))) return true;
  }
  return false;
}
