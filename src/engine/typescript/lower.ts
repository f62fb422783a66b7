/**
 * TypeScript/JavaScript front end, second half: lowers a typescript-estree tree to the
 * language-neutral FileModel, with the conventions of the Python lowering (0-based positions, module
 * scope 0, a call pushed before its callee and arguments are lowered, `op: 'tuple'` for array
 * literals, `index` on array-destructuring targets). What JS adds is mapped onto that model:
 *  - imports: `import * as m` and default imports bind the module path (`onnxruntime-node`), named
 *    imports `path.name`; `require('m')`, `await import('m')` and destructuring of them are imports
 *    too (used inline, `require('pino')()`, the module is a synthetic name `require("pino")` bound in
 *    the imports); the `node:` prefix is dropped so `node:crypto` and `crypto` are one module; runtime
 *    globals (`console`, `JSON`, `performance`…) are imports of themselves, as Python imports `json`;
 *  - `new X(…)` is a call; `a?.b()`, `x!`, `x as T`, `x satisfies T` are their inner expression;
 *  - object destructuring `const { a, b: c } = v` assigns `a = v.a`, `c = v.b`;
 *  - methods get a leading `this` parameter, as Python methods have `self`, so that the resolver
 *    and the flow's argument offset treat both languages alike;
 *  - `const f = () => …` / `const C = class …` name their scope `f` / `C` (a declaration in all
 *    but syntax); class fields holding functions are methods, other fields class-scope assignments;
 *  - an assignment to a variable declared in an enclosing function (`let model; … model = load()`)
 *    is recorded in the declaring scope, where the resolver looks for the variable's bindings; one to a name declared
 *    nowhere (a script's implicit global) at module level.
 * Unknown constructs are walked generically so calls inside them are still seen.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { Arg, Assignment, DictEntry, Expr, FileModel, Handler, LineIndex, Param, Pos, Range, Target, comparesWithString, emptyModel } from '../model';

type N = TSESTree.Node;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** Beyond this nesting depth the lowering stops descending (keeps deep, generated code from blowing the stack). */
const MAX_DEPTH = 400;

/** Statements that hold no other statement: where fixes insert code (cf. the Python lowering). */
const SIMPLE_STATEMENTS = new Set(['ExpressionStatement', 'VariableDeclaration', 'ReturnStatement', 'ThrowStatement', 'ImportDeclaration',
  'BreakStatement', 'ContinueStatement', 'DebuggerStatement', 'TSImportEqualsDeclaration', 'TSTypeAliasDeclaration', 'TSExportAssignment', 'ExportAllDeclaration']);

/**
 * Runtime globals that are namespaces or functions, never data (`JSON.stringify(x)` carries x, not JSON).
 * Python imports its equivalents (`json`, `math`, `time`), so they are bound as imports of themselves
 * (`performance.now` → `performance.now`) unless the file declares the name.
 */
const GLOBALS = new Set(['JSON', 'Math', 'Object', 'Array', 'Number', 'String', 'Boolean', 'BigInt', 'Symbol', 'Promise', 'Reflect', 'Proxy',
  'Intl', 'Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'Map', 'Set', 'WeakMap', 'WeakSet', 'ArrayBuffer', 'DataView',
  'Float32Array', 'Float64Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
  'BigInt64Array', 'BigUint64Array', 'console', 'process', 'Buffer', 'crypto', 'performance', 'fetch', 'URL', 'URLSearchParams',
  'TextEncoder', 'TextDecoder', 'Headers', 'AbortController', 'AbortSignal', 'structuredClone', 'setTimeout', 'setInterval', 'clearTimeout',
  'clearInterval', 'setImmediate', 'queueMicrotask', 'globalThis', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent',
  'decodeURIComponent', 'atob', 'btoa', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'WebSocket', 'EventSource']);

/** Keys of a node never walked for calls: types, and position bookkeeping. */
const SKIP_KEYS = new Set(['parent', 'loc', 'range', 'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'superTypeArguments', 'implements']);

/** Set while a text holding U+2028/U+2029 is lowered: the parser's `loc` counts those as line breaks, the editor does not. */
let byOffset: LineIndex | undefined;

function rangeOf(n: N): Range {
  if (byOffset) return { start: byOffset.pos(n.range[0]), end: byOffset.pos(n.range[1]) };
  return { start: { line: n.loc.start.line - 1, col: n.loc.start.column }, end: { line: n.loc.end.line - 1, col: n.loc.end.column } };
}

/** `node:crypto` and `crypto` are the same module. */
/**
 * The package an import names: `node:crypto` → `crypto`; Deno's `npm:ollama@0` → `ollama`,
 * `jsr:@openai/openai@4` → `@openai/openai`, `npm:@scope/pkg@1.2/sub` → `@scope/pkg/sub`.
 */
function modulePathOf(source: string): string {
  if (source.startsWith('node:')) return source.slice(5);
  const registry = /^(?:npm|jsr):(@[^/@]+\/[^/@]+|[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(source);
  if (registry) return registry[1] + (registry[2] ?? '');
  // a package from a CDN (`https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.0/dist/…`) is that package
  const cdn = /^https?:\/\/(?:cdn\.jsdelivr\.net\/npm\/|unpkg\.com\/|esm\.sh\/(?:v\d+\/)?|cdn\.skypack\.dev\/|esm\.run\/|ga\.jspm\.io\/npm:)(@[^/@]+\/[^/@?]+|[^/@?]+)/.exec(source);
  if (cdn) return cdn[1];
  // a package's file reached by path (`../node_modules/@xenova/transformers/dist/transformers.min.js`) is that package
  const installed = /(?:^|\/)node_modules\/(@[^/]+\/[^/]+|[^/@][^/]*)(?:\/|$)/.exec(source);
  if (installed) return installed[1];
  // a package's entry file named by path (`brain.js/src/index`, `nsfwjs/dist/index.js`) is the package itself, and so is a
  // build flavour it exports (`onnxruntime-web/webgpu`, `onnxruntime-web/wasm`, `pkg/browser`)
  const entry = /^((?:@[^./][^/]*\/)?[^./][^/]*)\/(?:(?:(?:src|dist|lib|build|esm|cjs|umd)\/)?index|webgpu|wasm|webgl|all|browser|esm|cjs|umd)(?:\.[cm]?js)?$/.exec(source);
  return entry ? entry[1] : source;
}

/** The expression inside TS-only wrappers and optional chains (`x!`, `x as T`, `a?.b()`). */
function unwrap(n: N): N {
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression': case 'TSSatisfiesExpression': case 'TSNonNullExpression': case 'TSTypeAssertion':
      case 'TSInstantiationExpression': case 'ChainExpression':
        n = n.expression; continue;
      default: return n;
    }
  }
}

function isFunction(n: N): n is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression';
}

function stringLiteral(n: N | null | undefined): string | undefined {
  return n?.type === 'Literal' && typeof n.value === 'string' ? n.value : undefined;
}

/** A property key as written: `a`, `"a"`, `1`, `#a`, `["a"]`; undefined for other computed keys. */
function keyName(key: N, computed: boolean): string | undefined {
  if (computed) return stringLiteral(key);
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

export function lowerTypeScript(program: TSESTree.Program, language: 'typescript' | 'javascript', lineCount: number, end: Pos, text?: string): FileModel {
  byOffset = text && /[\u2028\u2029]/.test(text) ? new LineIndex(text) : undefined;
  try { return lowerProgram(program, language, lineCount, end); }
  finally { byOffset = undefined; }
}

function lowerProgram(program: TSESTree.Program, language: 'typescript' | 'javascript', lineCount: number, end: Pos): FileModel {
  const m = emptyModel(language);
  m.lineCount = lineCount;
  m.scopes.push({ id: 0, kind: 'module', name: '<module>', params: [], r: { start: { line: 0, col: 0 }, end }, parent: -1, decorators: [], bases: [], classId: -1 });
  const lowerer = new TypeScriptLowerer(m);
  lowerer.block(program.body, 0, 0);
  lowerer.rehomeAssignments();
  lowerer.bindGlobals();
  for (const c of program.comments ?? []) {
    m.comments.push({ line: rangeOf(c as unknown as N).start.line, text: c.type === 'Line' ? `//${c.value}` : `/*${c.value}*/` });
  }
  if (lowerer.depthLimitHit) m.notes.push(`nesting deeper than ${MAX_DEPTH} levels was not analysed`);
  return m;
}

class TypeScriptLowerer {
  depthLimitHit = false;
  /** Names declared (var/let/const, functions, classes, parameters, catch, imports) per scope. */
  private readonly declared = new Map<number, Set<string>>();
  /** Scopes of arrow functions (they see the `this` of the function around them). */
  private readonly arrows = new Set<number>();
  /** First use of each runtime global the file refers to. */
  private readonly globalsUsed = new Map<string, Range>();
  /** `require('m')` used inline gets one synthetic import name per module. */
  private readonly inlineImports = new Map<string, string>();

  constructor(private m: FileModel) {}

  /** Lowers a block's statements; `r`, the block's own range, is recorded for the fixes' block-scope checks. */
  block(stmts: N[], scope: number, depth: number, r?: Range): void {
    if (r) this.m.blocks.push(r);
    for (const s of stmts) this.stmt(s, scope, depth + 1);
  }

  stmt(n: N, scope: number, depth: number): void {
    if (depth > MAX_DEPTH) { this.depthLimitHit = true; return; }
    if (SIMPLE_STATEMENTS.has(n.type)) this.m.statements.push({ r: rangeOf(n), scope });
    switch (n.type) {
      case 'ImportDeclaration': return this.importDeclaration(n, scope);
      case 'ExportNamedDeclaration': case 'ExportDefaultDeclaration': {
        const d = n.declaration;
        if (!d) return; // `export { a } from 'm'` binds nothing here
        const isDeclaration = /Declaration$|^TSDeclareFunction$/.test(d.type);
        // `export default X` binds `default` in the module, for the files that import it
        if (n.type === 'ExportDefaultDeclaration' && scope === 0) {
          const named = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') ? d.id?.name : undefined;
          if (isDeclaration && !SIMPLE_STATEMENTS.has(d.type)) {
            this.stmt(d, scope, depth);
            if (named) this.m.assignments.push({ targets: [{ root: 'default', path: [], r: rangeOf(n) }], value: { k: 'name', name: named, r: rangeOf(d) }, scope, r: rangeOf(n), kind: 'assign' });
            return;
          }
          this.m.statements.push({ r: rangeOf(n), scope });
          if (!isDeclaration) this.m.assignments.push({ targets: [{ root: 'default', path: [], r: rangeOf(n) }], value: this.expr(d, scope, depth), scope, r: rangeOf(n), kind: 'assign' });
          return;
        }
        if (isDeclaration && !SIMPLE_STATEMENTS.has(d.type)) return this.stmt(d, scope, depth); // functions, classes…
        // `export const x = …`, `export default expr`: one simple statement, recorded with its `export`
        this.m.statements.push({ r: rangeOf(n), scope });
        if (d.type === 'VariableDeclaration') this.lowerDeclaration(d, scope, depth);
        else if (!isDeclaration) this.expr(d, scope, depth);
        return;
      }
      case 'VariableDeclaration': return this.lowerDeclaration(n, scope, depth);
      case 'FunctionDeclaration':
        if (n.id) this.declare(n.id.name, scope);
        this.func(n, scope, depth, n.id?.name ?? '<function>', -1, [], rangeOf(n));
        return;
      case 'ClassDeclaration':
        if (n.id) this.declare(n.id.name, scope);
        this.classNode(n, scope, depth);
        return;
      case 'ExpressionStatement':
        if (n.expression.type === 'AssignmentExpression') this.assignment(n.expression, scope, depth);
        else this.expr(n.expression, scope, depth);
        return;
      case 'ReturnStatement':
        this.m.returns.push({ scope, value: n.argument ? this.expr(n.argument, scope, depth) : null, r: rangeOf(n) });
        return;
      case 'ThrowStatement':
        this.expr(n.argument, scope, depth);
        this.m.raises.push({ scope, r: rangeOf(n) });
        return;
      case 'TryStatement': return this.tryStatement(n, scope, depth);
      case 'ForOfStatement': case 'ForInStatement': {
        const value = this.expr(n.right, scope, depth);
        const left = n.left.type === 'VariableDeclaration' ? n.left.declarations[0]?.id : n.left;
        if (left) {
          if (n.left.type === 'VariableDeclaration') this.declarePattern(left, scope);
          this.bindPattern(left, value, scope, rangeOf(n), 'for', depth);
        }
        this.stmt(n.body, scope, depth + 1);
        return;
      }
      case 'ForStatement':
        if (n.init) { if (n.init.type === 'VariableDeclaration') this.lowerDeclaration(n.init, scope, depth); else this.exprStatement(n.init, scope, depth); }
        if (n.test) this.expr(n.test, scope, depth);
        if (n.update) this.exprStatement(n.update, scope, depth);
        this.stmt(n.body, scope, depth + 1);
        return;
      case 'BlockStatement': return this.block(n.body, scope, depth, rangeOf(n));
      case 'IfStatement': {
        const test = this.expr(n.test, scope, depth);
        if (comparesWithString(test, this.m.calls)) this.m.branches.push({ test, body: rangeOf(n.consequent), scope });
        this.stmt(n.consequent, scope, depth + 1);
        if (n.alternate) this.stmt(n.alternate, scope, depth + 1);
        return;
      }
      case 'WhileStatement': case 'DoWhileStatement':
        this.expr(n.test, scope, depth);
        this.stmt(n.body, scope, depth + 1);
        return;
      case 'SwitchStatement': {
        const subject = this.expr(n.discriminant, scope, depth);
        // the cases of a switch share one block
        this.m.blocks.push(rangeOf(n));
        for (const c of n.cases) {
          const test = c.test ? this.expr(c.test, scope, depth) : undefined;
          // `case "/chat":` on `url.pathname`: the case compares the subject with the string
          if (test?.k === 'str') this.m.branches.push({ test: { k: 'other', parts: [subject, test], r: rangeOf(c), op: '===' }, body: rangeOf(c), scope });
          this.block(c.consequent, scope, depth);
        }
        return;
      }
      case 'LabeledStatement': return this.stmt(n.body, scope, depth + 1);
      case 'WithStatement': this.expr(n.object, scope, depth); return this.stmt(n.body, scope, depth + 1);
      case 'TSImportEqualsDeclaration': {
        // import x = require('m')
        const ref = n.moduleReference;
        if (ref.type === 'TSExternalModuleReference' && stringLiteral(ref.expression) !== undefined) {
          this.addImport(n.id.name, modulePathOf(stringLiteral(ref.expression)!), rangeOf(n), scope);
        }
        return;
      }
      case 'TSModuleDeclaration':
        if (n.body?.type === 'TSModuleBlock') this.block(n.body.body, scope, depth);
        return;
      case 'TSExportAssignment': this.expr(n.expression, scope, depth); return;
      case 'TSInterfaceDeclaration': this.declaredType(n.id.name, n.body.body, n, scope); return;
      case 'TSTypeAliasDeclaration':
        if (n.typeAnnotation.type === 'TSTypeLiteral') this.declaredType(n.id.name, n.typeAnnotation.members, n, scope);
        return;
      case 'TSEnumDeclaration': case 'TSDeclareFunction':
      case 'ExportAllDeclaration': case 'EmptyStatement': case 'DebuggerStatement': case 'BreakStatement': case 'ContinueStatement':
        return;
      default: this.generic(n, scope, depth); return;
    }
  }

  /** Variable declarations, without recording a statement (`export const`, `for (let …;`). */
  private lowerDeclaration(n: TSESTree.VariableDeclaration, scope: number, depth: number): void {
    for (const d of n.declarations) this.declarator(d, scope, depth);
  }

  /** An expression in statement position that may be an assignment (`for (…; …; i = next)`). */
  private exprStatement(n: TSESTree.Expression, scope: number, depth: number): void {
    if (n.type === 'AssignmentExpression') this.assignment(n, scope, depth); else this.expr(n, scope, depth);
  }

  // ---- imports

  private importDeclaration(n: TSESTree.ImportDeclaration, scope: number): void {
    // `import { z } from` while it is being typed: error recovery leaves no source
    if (typeof n.source?.value !== 'string') return;
    const path = modulePathOf(n.source.value);
    for (const s of n.specifiers) {
      if (s.type === 'ImportSpecifier') {
        const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
        this.addImport(s.local.name, imported === 'default' ? path : `${path}.${imported}`, rangeOf(s), scope);
      } else this.addImport(s.local.name, path, rangeOf(s), scope); // default and namespace imports are the module itself
    }
  }

  private addImport(local: string, path: string, r: Range, scope: number): void {
    this.m.imports.push({ local, path, r });
    this.declare(local, scope);
  }

  /** The module path an expression denotes: `require('m')`, `await import('m')`, `require('m').a.b`. */
  private modulePath(n: N): string | undefined {
    n = unwrap(n);
    switch (n.type) {
      case 'CallExpression': {
        const arg = n.arguments.length === 1 ? stringLiteral(n.arguments[0]) : undefined;
        return n.callee.type === 'Identifier' && n.callee.name === 'require' && arg !== undefined ? modulePathOf(arg) : undefined;
      }
      case 'ImportExpression': { const s = stringLiteral(n.source); return s === undefined ? undefined : modulePathOf(s); }
      case 'AwaitExpression': return unwrap(n.argument).type === 'ImportExpression' ? this.modulePath(n.argument) : undefined;
      case 'MemberExpression': {
        const base = this.modulePath(n.object);
        const name = base === undefined ? undefined : keyName(n.property, n.computed);
        if (base === undefined || name === undefined) return undefined;
        return name === 'default' ? base : `${base}.${name}`; // default exports are the module, as default imports are
      }
      default: return undefined;
    }
  }

  /** Binds the names of `const <pattern> = require('m')` as imports. */
  private bindImport(p: N, path: string, r: Range, scope: number): void {
    switch (p.type) {
      case 'Identifier': this.addImport(p.name, path, r, scope); return;
      case 'AssignmentPattern': this.bindImport(p.left, path, r, scope); return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') { this.bindImport(prop.argument, path, r, scope); continue; }
          const key = keyName(prop.key, prop.computed);
          if (key !== undefined) this.bindImport(prop.value, key === 'default' ? path : `${path}.${key}`, rangeOf(prop), scope);
        }
        return;
      default: return;
    }
  }

  // ---- declarations and assignments

  private declarator(d: TSESTree.VariableDeclarator, scope: number, depth: number): void {
    if (!d.init) { this.declarePattern(d.id, scope); return; }
    const path = this.modulePath(d.init);
    if (path !== undefined) { this.bindImport(d.id, path, rangeOf(d), scope); return; }
    this.declarePattern(d.id, scope);
    const init = unwrap(d.init);
    // `const f = () => …` and `const C = class …` are declarations of f and C in all but syntax
    const name = d.id.type === 'Identifier' && (isFunction(init) || init.type === 'ClassExpression') ? d.id.name : undefined;
    const value = this.expr(d.init, scope, depth, name);
    this.bindPattern(d.id, value, scope, rangeOf(d), 'assign', depth);
  }

  /** `a = b = v` (all targets receive v), compound `x += v` (augmented) and `x ??= v` (an assignment). */
  private assignment(n: TSESTree.AssignmentExpression, scope: number, depth: number): Expr {
    const r = rangeOf(n);
    if (n.operator !== '=') {
      const value = this.expr(n.right, scope, depth + 1);
      this.bindPattern(n.left, value, scope, r, /^(\?\?|\|\||&&)=$/.test(n.operator) ? 'assign' : 'augmented', depth);
      return value;
    }
    const lefts: N[] = [];
    let cur: N = n;
    while (cur.type === 'AssignmentExpression' && cur.operator === '=') { lefts.push(cur.left); cur = cur.right; }
    const path = this.modulePath(cur);
    if (path !== undefined) {
      for (const l of lefts) this.bindImport(l, path, r, scope);
      return { k: 'lit', r: rangeOf(cur) };
    }
    const value = this.expr(cur, scope, depth + 1);
    const targets: Target[] = [];
    for (const l of lefts) {
      if (unwrap(l).type === 'ObjectPattern') this.bindPattern(l, value, scope, r, 'assign', depth);
      else this.targets(l, targets);
    }
    if (targets.length) this.m.assignments.push({ targets, value, scope, r, kind: 'assign' });
    // CommonJS `module.exports = analyse` is the module's default export, as `export default analyse` is
    if (scope === 0 && lefts.some(l => { const u = unwrap(l); return u.type === 'MemberExpression' && !u.computed && u.object.type === 'Identifier' && u.object.name === 'module' && u.property.type === 'Identifier' && u.property.name === 'exports'; })) {
      this.m.assignments.push({ targets: [{ root: 'default', path: [], r }], value, scope, r, kind: 'assign' });
    }
    return value;
  }

  /** Assigns `value` to a binding pattern: object patterns become member reads of the value. */
  private bindPattern(p: N, value: Expr, scope: number, r: Range, kind: Assignment['kind'], depth: number): void {
    p = unwrap(p);
    if (p.type === 'ObjectPattern') {
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') { this.bindPattern(prop.argument, value, scope, r, kind, depth); continue; }
        const key = keyName(prop.key, prop.computed);
        const pr = rangeOf(prop);
        const member: Expr = key !== undefined ? { k: 'attr', obj: value, attr: key, r: pr }
          : { k: 'index', obj: value, index: this.expr(prop.key, scope, depth + 1), r: pr };
        this.bindPattern(prop.value, member, scope, r, kind, depth);
      }
      return;
    }
    if (p.type === 'AssignmentPattern') {
      // `{ a = fallback }`: either value
      const fallback = this.expr(p.right, scope, depth + 1);
      this.bindPattern(p.left, { k: 'other', parts: [value, fallback], r: rangeOf(p), op: '??' }, scope, r, kind, depth);
      return;
    }
    const targets: Target[] = [];
    this.targets(p, targets);
    if (targets.length) this.m.assignments.push({ targets, value, scope, r, kind });
  }

  /** Targets of a name, member or array pattern (as Python's `targets`: index = position in the array). */
  private targets(n: N, out: Target[]): void {
    n = unwrap(n);
    switch (n.type) {
      case 'Identifier': out.push({ root: n.name, path: [], r: rangeOf(n) }); return;
      case 'MemberExpression': {
        const path: string[] = [];
        let key: string | undefined;
        let cur: N = n;
        while (cur.type === 'MemberExpression') {
          const name = cur.computed ? undefined : keyName(cur.property, false);
          if (name !== undefined) path.unshift(name);
          else {
            if (cur === n) key = stringLiteral(cur.property);
            path.unshift('[]');
          }
          cur = unwrap(cur.object);
        }
        const root = cur.type === 'Identifier' ? cur.name : cur.type === 'ThisExpression' ? 'this' : undefined;
        if (root !== undefined) out.push({ root, path, r: rangeOf(n), key });
        return;
      }
      case 'AssignmentPattern': this.targets(n.left, out); return;
      case 'RestElement': this.targets(n.argument, out); return;
      case 'ArrayPattern':
        n.elements.forEach((c, i) => {
          if (!c) return;
          const before = out.length;
          this.targets(c, out);
          for (let k = before; k < out.length; k++) out[k].index ??= i;
        });
        return;
      case 'ObjectPattern':
        for (const prop of n.properties) this.targets(prop.type === 'RestElement' ? prop.argument : prop.value, out);
        return;
      default: return;
    }
  }

  private declare(name: string, scope: number): void {
    let names = this.declared.get(scope);
    if (!names) this.declared.set(scope, (names = new Set()));
    names.add(name);
  }

  private declarePattern(p: N, scope: number): void {
    const ts: Target[] = [];
    this.targets(p, ts);
    for (const t of ts) if (!t.path.length) this.declare(t.root, scope);
  }

  /**
   * JS assigns a variable of the scope that declares it (`let model` at module level, set in `init()`);
   * the resolver reads a scope's bindings, so such assignments are recorded in the declaring scope (`home`), and
   * their values are still read where they are written (`.then(m => { model = m })`: `m` is the callback's).
   */
  rehomeAssignments(): void {
    for (const a of this.m.assignments) {
      // an arrow has no `this` of its own: `this.model = m` in `.then(m => …)` inside a method sets the method's `this`
      if (this.arrows.has(a.scope) && a.targets.every(t => t.root === 'this')) {
        let s = a.scope;
        // (an arrow that is itself a class field, `handle = async () => …`, is a method: its `this` is the instance)
        while (this.arrows.has(s) && this.m.scopes[s].classId < 0 && this.m.scopes[s].parent >= 0) s = this.m.scopes[s].parent;
        if (s !== a.scope && this.m.scopes[s].kind === 'function' && this.m.scopes[s].classId >= 0) a.home = s;
        continue;
      }
      if (this.m.scopes[a.scope].kind === 'class' || a.targets.some(t => t.path.length)) continue;
      const homes = new Set(a.targets.map(t => this.declaringScope(t.root, a.scope)));
      const home = homes.size === 1 ? [...homes][0] : -1;
      if (home >= 0 && home !== a.scope) a.home = home;
      // a name declared nowhere, assigned in a function (`classifier = ml5.imageClassifier()` in a p5.js `setup()`): in a
      // script that makes a global, the only way such code runs, so it is recorded at module level for every function to see
      else if (homes.size === 1 && home === -1 && a.scope !== 0) a.home = 0;
    }
  }

  /** Runtime globals the file uses and never declares are imports of themselves. */
  bindGlobals(): void {
    const declared = new Set([...this.declared.values()].flatMap(names => [...names]));
    for (const [name, r] of this.globalsUsed) if (!declared.has(name)) this.m.imports.push({ local: name, path: name, r });
  }

  private declaringScope(name: string, scope: number): number {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      if (this.m.scopes[s].kind !== 'class' && this.declared.get(s)?.has(name)) return s;
    }
    return -1;
  }

  // ---- functions and classes

  private func(n: FunctionNode, scope: number, depth: number, name: string, classId: number, decorators: Expr[], r: Range): number {
    const id = this.m.scopes.length;
    this.m.scopes.push({ id, kind: 'function', name, params: [], r, parent: scope, decorators, bases: [], classId });
    if (n.type === 'ArrowFunctionExpression') this.arrows.add(id);
    const params: Param[] = [];
    // a method's receiver, as Python's `self` (unless TS declares `this: T` itself)
    const first = n.params[0];
    if (classId >= 0 && !(first?.type === 'Identifier' && first.name === 'this')) params.push({ name: 'this' });
    n.params.forEach((p, i) => params.push(this.param(p, i, id, depth)));
    this.m.scopes[id].params = params;
    for (const p of params) this.declare(p.name, id);
    const body = n.body;
    if (body?.type === 'BlockStatement') this.block(body.body, id, depth, rangeOf(body));
    else if (body) this.m.returns.push({ scope: id, value: this.expr(body, id, depth + 1), r: rangeOf(body) });
    return id;
  }

  /**
   * One parameter. Defaults are lowered in the function's scope (JS evaluates them per call).
   * A destructured parameter gets a synthetic name `<paramN>` and its names are assigned from it.
   */
  private param(p: TSESTree.Parameter, i: number, fn: number, depth: number): Param {
    switch (p.type) {
      case 'Identifier': return { name: p.name, annotation: this.annotation(p.typeAnnotation) };
      case 'RestElement': return p.argument.type === 'Identifier' ? { name: p.argument.name, annotation: this.annotation(p.typeAnnotation) } : this.patternParam(p.argument, i, fn, depth, p);
      case 'AssignmentPattern': {
        const def = this.expr(p.right, fn, depth + 1);
        if (p.left.type === 'Identifier') return { name: p.left.name, annotation: this.annotation(p.left.typeAnnotation), default: def };
        return { ...this.patternParam(p.left, i, fn, depth, p), default: def };
      }
      case 'TSParameterProperty': {
        // constructor(private readonly session: Session) also sets this.session
        const inner = this.param(p.parameter, i, fn, depth);
        const r = rangeOf(p);
        this.m.assignments.push({ targets: [{ root: 'this', path: [inner.name], r }], value: { k: 'name', name: inner.name, r }, scope: fn, r, kind: 'assign' });
        return inner;
      }
      default: return this.patternParam(p, i, fn, depth, p);
    }
  }

  private patternParam(pattern: N, i: number, fn: number, depth: number, whole: N): Param {
    const name = `<param${i}>`;
    const annotated = whole as { typeAnnotation?: TSESTree.TSTypeAnnotation };
    const inner = pattern as { typeAnnotation?: TSESTree.TSTypeAnnotation };
    this.declarePattern(pattern, fn);
    this.bindPattern(pattern, { k: 'name', name, r: rangeOf(pattern) }, fn, rangeOf(whole), 'assign', depth);
    return { name, annotation: this.annotation(inner.typeAnnotation ?? annotated.typeAnnotation) };
  }

  /**
   * `interface Env { AI: Ai }`, `type State = { session: ort.InferenceSession | null }`: a class-like scope
   * holding only the members' declared types, so that `env.AI` of a parameter `env: Env` is typed.
   */
  private declaredType(name: string, members: TSESTree.TypeElement[], n: TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration, scope: number): void {
    const fields: { name: string; annotation: Expr }[] = [];
    const typeParameters = new Set(n.typeParameters?.params.map(p => p.name.name) ?? []);
    for (const member of members) {
      if (member.type !== 'TSPropertySignature') continue;
      const key = keyName(member.key, member.computed);
      const annotation = this.annotation(member.typeAnnotation);
      // `value: T` of `interface Box<T>` says nothing about what the member holds
      if (key && annotation && !(annotation.k === 'name' && typeParameters.has(annotation.name))) fields.push({ name: key, annotation });
    }
    if (!fields.length) return;
    const id = this.m.scopes.length;
    this.m.scopes.push({ id, kind: 'class', name, params: [], r: rangeOf(n), parent: scope, decorators: [], bases: [], classId: -1, fields });
  }

  /**
   * The class a type annotation names (`ort.InferenceSession`), as a name/attribute expression; in a union
   * (`InferenceSession | null`) the first named type; literals, functions… give none.
   */
  private annotation(a: TSESTree.TSTypeAnnotation | undefined): Expr | undefined {
    return a ? this.typeExpr(a.typeAnnotation) : undefined;
  }

  private typeExpr(type: TSESTree.TypeNode): Expr | undefined {
    let t: TSESTree.TypeNode | undefined = type;
    if (t?.type === 'TSUnionType') t = t.types.find(u => u.type === 'TSTypeReference');
    if (t?.type !== 'TSTypeReference') return undefined;
    const lower = (n: TSESTree.EntityName): Expr | undefined => {
      if (n.type === 'Identifier') return { k: 'name', name: n.name, r: rangeOf(n) };
      if (n.type === 'TSQualifiedName') { const obj = lower(n.left); return obj && { k: 'attr', obj, attr: n.right.name, r: rangeOf(n) }; }
      return undefined;
    };
    return lower(t.typeName);
  }

  private classNode(n: TSESTree.ClassDeclaration | TSESTree.ClassExpression, scope: number, depth: number, bindName?: string): number {
    const decorators = n.decorators.map(d => this.expr(d.expression, scope, depth + 1));
    const bases = n.superClass ? [this.expr(n.superClass, scope, depth + 1)] : [];
    const id = this.m.scopes.length;
    this.m.scopes.push({ id, kind: 'class', name: n.id?.name ?? bindName ?? '<class>', params: [], r: rangeOf(n), parent: scope, decorators, bases, classId: -1 });
    for (const member of n.body.body) {
      switch (member.type) {
        case 'MethodDefinition': case 'TSAbstractMethodDefinition': {
          if (!member.value.body) continue; // overload signatures and abstract methods
          const decos = member.decorators.map(d => this.expr(d.expression, id, depth + 1));
          this.func(member.value as TSESTree.FunctionExpression, id, depth + 1, keyName(member.key, member.computed) ?? '<computed>', id, decos, rangeOf(member));
          break;
        }
        case 'PropertyDefinition': case 'AccessorProperty': {
          if (!member.value) {
            // `private session: ort.InferenceSession;`: the declared type, for when no assignment says
            const annotation = this.annotation(member.typeAnnotation);
            const name = keyName(member.key, member.computed);
            if (annotation && name) (this.m.scopes[id].fields ??= []).push({ name, annotation });
            continue;
          }
          const decos = member.decorators.map(d => this.expr(d.expression, id, depth + 1));
          const name = keyName(member.key, member.computed) ?? '<computed>';
          const value = unwrap(member.value);
          // `handle = async (req) => { this.model… }` is a method bound to the instance
          if (isFunction(value)) { this.func(value, id, depth + 1, name, id, decos, rangeOf(member)); break; }
          const v = this.expr(member.value, id, depth + 1);
          this.m.assignments.push({ targets: [{ root: name, path: [], r: rangeOf(member.key) }], value: v, scope: id, r: rangeOf(member), kind: 'assign' });
          // `private face: FaceLandmarker | null = null`: the declared type outlives the placeholder value
          const annotation = this.annotation(member.typeAnnotation);
          if (annotation) (this.m.scopes[id].fields ??= []).push({ name, annotation });
          break;
        }
        case 'StaticBlock': {
          const sid = this.m.scopes.length;
          this.m.scopes.push({ id: sid, kind: 'function', name: '<static>', params: [{ name: 'this' }], r: rangeOf(member), parent: id, decorators: [], bases: [], classId: id });
          this.block(member.body, sid, depth + 1, rangeOf(member));
          break;
        }
        default: break; // index signatures, abstract fields without values
      }
    }
    return id;
  }

  // ---- try

  private tryStatement(n: TSESTree.TryStatement, scope: number, depth: number): void {
    const handlers: Handler[] = [];
    this.m.regions.push({ kind: 'try', scope, body: rangeOf(n.block), r: rangeOf(n), handlers, items: [] });
    this.block(n.block.body, scope, depth, rangeOf(n.block));
    if (n.handler) {
      const param = n.handler.param;
      const catchName = param?.type === 'Identifier' ? param.name : undefined;
      if (param) this.declarePattern(param, scope);
      handlers.push({ r: rangeOf(n.handler), body: rangeOf(n.handler.body), catchName, types: [] });
      this.block(n.handler.body.body, scope, depth, rangeOf(n.handler.body));
    }
    if (n.finalizer) this.block(n.finalizer.body, scope, depth, rangeOf(n.finalizer));
  }

  // ---- expressions

  expr(n: N, scope: number, depth: number, bindName?: string): Expr {
    const r = rangeOf(n);
    if (depth > MAX_DEPTH) { this.depthLimitHit = true; return { k: 'lit', r }; }
    switch (n.type) {
      case 'Identifier':
        if (n.name === 'undefined' || n.name === '') return { k: 'lit', r }; // '': a name missing after a syntax error
        if (GLOBALS.has(n.name) && !this.globalsUsed.has(n.name)) this.globalsUsed.set(n.name, r);
        return { k: 'name', name: n.name, r };
      case 'ThisExpression': return { k: 'name', name: 'this', r };
      case 'Super': return { k: 'name', name: 'super', r };
      case 'MemberExpression': {
        const obj = this.expr(n.object, scope, depth + 1);
        const name = n.computed ? undefined : keyName(n.property, false);
        if (name === 'default' && this.modulePath(n.object) !== undefined) return obj; // a module's default export is the module
        return name !== undefined ? { k: 'attr', obj, attr: name, r } : { k: 'index', obj, index: this.expr(n.property, scope, depth + 1), r };
      }
      case 'CallExpression': case 'NewExpression': return this.call(n, scope, depth, false);
      case 'AwaitExpression': {
        const inner = unwrap(n.argument);
        if (inner.type === 'CallExpression' || inner.type === 'NewExpression') return this.call(inner, scope, depth, true);
        return this.expr(n.argument, scope, depth + 1);
      }
      case 'ImportExpression': {
        const path = this.modulePath(n);
        return path !== undefined ? this.inlineImport(path, r) : { k: 'other', parts: [this.expr(n.source, scope, depth + 1)], r };
      }
      case 'Literal': return typeof n.value === 'string' ? { k: 'str', value: n.value, r } : n.value === null || n.value === false || n.value === 0 ? { k: 'lit', r, falsy: true } : { k: 'lit', r };
      case 'TemplateLiteral': return this.template(n, scope, depth);
      case 'TaggedTemplateExpression': {
        // tag`a${x}b` calls the tag with the interpolations
        const id = this.pushCall(r, scope, false);
        const call = this.m.calls[id];
        call.callee = this.expr(n.tag, scope, depth + 1);
        call.args = n.quasi.expressions.map(e => ({ value: this.expr(e, scope, depth + 1) }));
        return { k: 'call', call: id, r };
      }
      case 'ObjectExpression': {
        const entries: DictEntry[] = [];
        for (const p of n.properties) {
          if (p.type === 'SpreadElement') { entries.push({ key: null, value: this.expr(p.argument, scope, depth + 1) }); continue; }
          const key = keyName(p.key, p.computed) ?? null;
          if (p.computed && key === null) this.expr(p.key, scope, depth + 1);
          entries.push({ key, value: this.expr(p.value, scope, depth + 1) });
        }
        return { k: 'dict', entries, r };
      }
      case 'ArrayExpression':
        return { k: 'other', parts: n.elements.map(e => (e ? this.expr(e, scope, depth + 1) : { k: 'lit' as const, r })), r, op: 'tuple' };
      case 'ArrowFunctionExpression': case 'FunctionExpression': {
        const fn = this.func(n, scope, depth + 1, bindName ?? (n.type === 'ArrowFunctionExpression' ? '<arrow>' : '<function>'), -1, [], r);
        return { k: 'func', fn, r };
      }
      // the class's scope, as a value: `const P = () => class { static getInstance() … }`, `P().getInstance()`
      case 'ClassExpression': return { k: 'func', fn: this.classNode(n, scope, depth + 1, bindName), r };
      case 'AssignmentExpression': return this.assignment(n, scope, depth);
      case 'TSAsExpression': case 'TSSatisfiesExpression': case 'TSNonNullExpression': case 'TSTypeAssertion':
      case 'TSInstantiationExpression': case 'ChainExpression':
        return this.expr(n.expression, scope, depth + 1, bindName);
      case 'SpreadElement': return this.expr(n.argument, scope, depth + 1);
      case 'BinaryExpression': case 'LogicalExpression':
        return { k: 'other', parts: [n.left.type === 'PrivateIdentifier' ? { k: 'lit', r: rangeOf(n.left) } : this.expr(n.left, scope, depth + 1), this.expr(n.right, scope, depth + 1)], r, op: n.operator };
      case 'ConditionalExpression':
        return { k: 'other', parts: [this.expr(n.test, scope, depth + 1), this.expr(n.consequent, scope, depth + 1), this.expr(n.alternate, scope, depth + 1)], r, op: '?:' };
      case 'UnaryExpression': return { k: 'other', parts: [this.expr(n.argument, scope, depth + 1)], r, op: n.operator };
      case 'UpdateExpression': return { k: 'other', parts: [this.expr(n.argument, scope, depth + 1)], r, op: n.operator };
      case 'SequenceExpression': return { k: 'other', parts: n.expressions.map(e => this.expr(e, scope, depth + 1)), r };
      case 'JSXExpressionContainer': return n.expression.type === 'JSXEmptyExpression' ? { k: 'lit', r } : this.expr(n.expression, scope, depth + 1);
      case 'JSXText': case 'MetaProperty': case 'PrivateIdentifier': return { k: 'lit', r };
      default: return this.generic(n, scope, depth);
    }
  }

  /** Any other node (yield, JSX elements, class-less TS constructs…): its parts, so calls inside are seen. */
  private generic(n: N, scope: number, depth: number): Expr {
    const parts: Expr[] = [];
    for (const [key, value] of Object.entries(n)) {
      if (SKIP_KEYS.has(key) || !value || typeof value !== 'object') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (!child || typeof child !== 'object' || typeof (child as N).type !== 'string' || !(child as N).loc) continue;
        const c = child as N;
        if (/Statement$|Declaration$/.test(c.type)) this.stmt(c, scope, depth + 1);
        else parts.push(this.expr(c, scope, depth + 1));
      }
    }
    return { k: 'other', parts, r: rangeOf(n) };
  }

  private template(n: TSESTree.TemplateLiteral, scope: number, depth: number): Expr {
    // interpolations become `{}`, as in the Python lowering of f-strings
    const value = n.quasis.map(q => q.value.cooked ?? q.value.raw).join('{}');
    const parts = n.expressions.map(e => this.expr(e, scope, depth + 1));
    return parts.length ? { k: 'str', value, r: rangeOf(n), parts } : { k: 'str', value, r: rangeOf(n) };
  }

  private pushCall(r: Range, scope: number, awaited: boolean): number {
    const id = this.m.calls.length;
    this.m.calls.push({ id, callee: { k: 'lit', r }, args: [], r, scope, awaited });
    return id;
  }

  private call(n: TSESTree.CallExpression | TSESTree.NewExpression, scope: number, depth: number, awaited: boolean): Expr {
    const r = rangeOf(n);
    const path = this.modulePath(n);
    if (path !== undefined) return this.inlineImport(path, r); // `require('m')` refers to the module
    const id = this.pushCall(r, scope, awaited);
    const call = this.m.calls[id];
    call.callee = this.expr(n.callee, scope, depth + 1);
    const args: Arg[] = [];
    for (const a of n.arguments) {
      if (a.type === 'SpreadElement') args.push({ value: this.expr(a.argument, scope, depth + 1), spread: true });
      else args.push({ value: this.expr(a, scope, depth + 1) });
    }
    call.args = args;
    const typeArgs = n.typeArguments?.params.map(t => this.typeExpr(t)).filter((t): t is Expr => !!t);
    if (typeArgs?.length) call.typeArgs = typeArgs;
    return { k: 'call', call: id, r };
  }

  /** `require('pino')()` or `(await import('m')).x`: the module, as a name only the import map knows. */
  private inlineImport(path: string, r: Range): Expr {
    let local = this.inlineImports.get(path);
    if (!local) {
      local = `require(${JSON.stringify(path)})`;
      this.inlineImports.set(path, local);
      this.m.imports.push({ local, path, r });
    }
    return { k: 'name', name: local, r };
  }
}
