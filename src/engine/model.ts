/**
 * The language-neutral model of one source file. Both front ends (Python via tree-sitter,
 * TypeScript/JavaScript via typescript-estree) lower their trees to this shape; everything after
 * the front end — resolution, inference detection, value flow, facets, rules — reads only this.
 * Positions are 0-based lines and columns (UTF-16 code units).
 */
export interface Pos { line: number; col: number }
export interface Range { start: Pos; end: Pos }

export type Expr =
  | { k: 'name'; name: string; r: Range }
  | { k: 'attr'; obj: Expr; attr: string; r: Range }
  | { k: 'call'; call: number; r: Range }
  | { k: 'str'; value: string; r: Range; parts?: Expr[] }      // parts: interpolations of f-strings / templates
  | { k: 'lit'; r: Range; falsy?: true }                       // numbers, booleans, None/null; falsy: False/None/0/null
  | { k: 'dict'; entries: DictEntry[]; r: Range }
  | { k: 'index'; obj: Expr; index: Expr; r: Range }
  | { k: 'func'; fn: number; r: Range }                        // lambda / arrow / function expression; a class expression (fn is its scope)
  | { k: 'other'; parts: Expr[]; r: Range; op?: string };     // any other composite (binary ops, lists, …)

export interface DictEntry { key: string | null; value: Expr }

export interface Arg { name?: string; value: Expr; spread?: boolean }

export interface Call {
  id: number;
  callee: Expr;
  args: Arg[];
  r: Range;
  /** Range of the callee expression's last segment plus arguments, used for the diagnostic. */
  scope: number;
  awaited: boolean;
  /** TS type arguments that name a type (`useRef<HandLandmarker | null>(null)`), lowered like annotations. */
  typeArgs?: Expr[];
}

export interface Param { name: string; annotation?: Expr; default?: Expr }

export interface Scope {
  id: number;
  kind: 'module' | 'function' | 'class';
  name: string;
  params: Param[];
  r: Range;
  parent: number;           // -1 for the module scope
  decorators: Expr[];
  bases: Expr[];            // classes only
  /** for a function: the class it is a method of, else -1 */
  classId: number;
  /**
   * Members declared with a type but no value (`session: ort.InferenceSession;` in a class, `AI: Ai` in a TS
   * interface or object type, `model: Optional[Pipeline] = None` in a Python class body): what an instance's
   * member holds when no assignment says.
   */
  fields?: { name: string; annotation: Expr }[];
}

/** A target of an assignment: a local name, or an attribute/index path rooted at a name. */
export interface Target {
  root: string; path: string[]; r: Range;
  /** index write such as x["k"] = v: the literal key */
  key?: string;
  /** position in a tuple/array unpacking (`a, b = f()`) */
  index?: number;
}

export interface Assignment {
  targets: Target[];
  value: Expr;
  scope: number;
  r: Range;
  kind: 'assign' | 'augmented' | 'for' | 'with' | 'except' | 'import';
  /** The scope whose variable is assigned, when not `scope` (Python `global model` in `init()`): the value is still read in `scope`. */
  home?: number;
}

export interface Return { scope: number; value: Expr | null; r: Range }
export interface Raise { scope: number; r: Range }

export interface Handler { r: Range; body: Range; catchName?: string; types: Expr[] }

export interface Region {
  kind: 'try' | 'with';
  scope: number;
  body: Range;
  r: Range;
  handlers: Handler[];      // try only
  items: { value: Expr; asName?: string }[];   // with only
}

export interface Import { local: string; path: string; r: Range }

export interface Branch { test: Expr; body: Range; scope: number }

/** String tests by method (`url.pathname.startsWith("/api/chat")`, Python's `self.path.startswith("/predict")`). */
export const STRING_TESTS = new Set(['startsWith', 'startswith', 'endsWith', 'endswith']);

/** Whether a test compares with a string literal (`a === "/x"`, `p.startsWith("/x")`, within `&&`/`and`): a branch worth keeping. */
export function comparesWithString(e: Expr, calls: readonly Call[], depth = 0): boolean {
  if (depth > 4) return false;
  if (e.k === 'call') {
    const c = calls[e.call];
    return !!c && c.callee.k === 'attr' && STRING_TESTS.has(c.callee.attr) && c.args[0]?.value.k === 'str';
  }
  if (e.k !== 'other') return false;
  if (e.op === '==' || e.op === '===') return e.parts.some(p => p.k === 'str');
  if (e.op === '&&' || e.op === '||' || e.op === 'and' || e.op === 'or' || e.op === undefined) return e.parts.some(p => comparesWithString(p, calls, depth + 1));
  return false;
}

export interface Comment { line: number; text: string }

/** A simple statement (not a block): where fixes insert code before, around or after an inference call. */
export interface Statement { r: Range; scope: number }

export interface FileModel {
  language: 'python' | 'typescript' | 'javascript';
  imports: Import[];
  scopes: Scope[];
  calls: Call[];
  assignments: Assignment[];
  returns: Return[];
  raises: Raise[];
  regions: Region[];
  comments: Comment[];
  /** Simple statements, in source order (front ends that cannot tell may leave this empty: no insertion fixes then). */
  statements: Statement[];
  /** Ranges of the blocks that scope `const`/`let` (TS/JS; empty for Python, whose names are function-scoped). */
  blocks: Range[];
  /**
   * The conditional branches that compare with a string literal (`if (url.pathname === "/generate")`, a `case "/chat":`,
   * `elif self.path == "/predict":`): the test and the body it guards. A hand-written server dispatches on its routes
   * this way; only such tests are kept, so a file pays nothing for its other `if`s.
   */
  branches: Branch[];
  lineCount: number;
  /** Problems met while building the model (syntax errors, depth limit…). */
  notes: string[];
  /** 0-based lines that hold syntax errors. */
  errorLines: number[];
}

export function emptyModel(language: FileModel['language']): FileModel {
  return { language, imports: [], scopes: [], calls: [], assignments: [], returns: [], raises: [], regions: [], comments: [], statements: [], blocks: [], branches: [], lineCount: 0, notes: [], errorLines: [] };
}

/**
 * A named argument: a keyword argument (Python) or a property of an options object passed positionally
 * (the JavaScript convention, `create({ model: 'x' })`, `pipeline(task, id, { revision })`).
 */
export function namedArg(call: Call, name: string): Expr | undefined {
  const kw = call.args.find(a => a.name === name);
  if (kw) return kw.value;
  for (const a of call.args) {
    if (a.name || a.value.k !== 'dict') continue;
    const entry = a.value.entries.find(e => e.key === name);
    if (entry) return entry.value;
  }
  return undefined;
}

export function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
export function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.col <= b.col);
}

/**
 * The engine's line model is VS Code's and LSP's: a line ends at `\n`, `\r\n` or a lone `\r`. A lone `\r` is
 * turned into `\n` before anything reads the text — the same length, so every offset and column stays — and the
 * rest of the engine can split on `\n`. (U+2028/U+2029 end lines in JavaScript's grammar but not in the editor:
 * the TS front end places nodes by offset when the text holds them.)
 */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Positions of offsets in the engine's line model (after `normaliseLineBreaks`). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  pos(offset: number): Pos {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo, col: offset - this.starts[lo] };
  }
}

export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
