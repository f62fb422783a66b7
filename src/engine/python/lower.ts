/**
 * Python front end, second half: lowers a tree-sitter Python syntax tree to the language-neutral
 * FileModel. Only structure the analysis needs is kept; unknown constructs are walked generically so
 * that calls inside them are still seen.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { Expr, FileModel, Range, Target, emptyModel, Arg, DictEntry, Param, Handler, comparesWithString } from '../model';
import { Fragment, Fragments, moveFragment } from './fragments';

/** Beyond this nesting depth the lowering stops descending (keeps deep, generated code from blowing the stack). */
const MAX_DEPTH = 400;

const SIMPLE_STATEMENTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'expression_statement', 'return_statement', 'raise_statement', 'assert_statement', 'delete_statement',
  'pass_statement', 'global_statement', 'nonlocal_statement', 'print_statement', 'exec_statement', 'type_alias_statement']);
const TUPLES = new Set(['tuple', 'expression_list', 'list']);
const LITERALS = new Set(['integer', 'float', 'true', 'false', 'none', 'ellipsis']);

function rangeOf(n: Node): Range {
  const s = n.startPosition, e = n.endPosition;
  return { start: { line: s.row, col: s.column }, end: { line: e.row, col: e.column } };
}

/**
 * `reuse` (documents being edited): the fragments of the document's previous lowering, and a map to fill with this
 * lowering's, so that unchanged top-level statements are copied instead of lowered again (see fragments.ts).
 */
export function lowerPython(tree: Tree, text: string, lineCount: number, reuse?: { previous?: Fragments; next: Fragments }): FileModel {
  const m = emptyModel('python');
  m.lineCount = lineCount;
  const lowerer = new PythonLowerer(m, text, reuse);
  const root = tree.rootNode;
  m.scopes.push({ id: 0, kind: 'module', name: '<module>', params: [], r: rangeOf(root), parent: -1, decorators: [], bases: [], classId: -1 });
  lowerer.block(root, 0, 0);
  // Comments matter only as mlobs directives (suppressions, inference markers), so a file that never says `mlobs` has
  // none worth keeping, and the walk of the whole tree that finds them (a fifth of the lowering) is skipped. Otherwise
  // every comment, wherever tree-sitter hangs it (one before a function's first statement is a child of the definition).
  if (text.includes('mlobs')) {
    m.comments = root.descendantsOfType('comment').filter((c): c is Node => !!c).map(c => ({ line: c.startPosition.row, text: c.text }));
  }
  if (lowerer.depthLimitHit) m.notes.push(`nesting deeper than ${MAX_DEPTH} levels was not analysed`);
  return m;
}

class PythonLowerer {
  depthLimitHit = false;
  /** Names a function declares `global` (Azure ML's `init()` sets `global model`): their assignments bind module variables. */
  private readonly globals = new Map<number, Set<string>>();
  constructor(private m: FileModel, private readonly text = '', private reuse?: { previous?: Fragments; next: Fragments }) {}

  block(node: Node, scope: number, depth: number): void {
    // Python requires the statements of a block that begin their lines to share one column; tree-sitter does not
    // (an unexpected indent reads as one more statement), so such lines are syntax errors noted here
    let column = -1;
    let lastRow = node.type === 'module' ? -1 : (node.parent?.startPosition.row ?? -1);
    const children = node.namedChildren;
    // a top-level `global` makes later top-level assignments depend on it: such a module is lowered whole
    const topLevel = node.type === 'module' && this.reuse && !children.some(c => c?.type === 'global_statement');
    for (const child of children) {
      if (!child) continue;
      if (child.type !== 'comment') {
        const { row, column: col } = child.startPosition;
        if (row > lastRow) {
          if (column < 0) column = col;
          else if (col !== column && this.m.errorLines.length < 50) this.m.errorLines.push(row);
        }
        lastRow = child.endPosition.row;
      }
      if (topLevel && child.type !== 'comment') this.topLevelStatement(child, depth + 1);
      else this.stmt(child, scope, depth + 1);
    }
  }

  /** A module-level statement, copied from the previous lowering when its text is unchanged, else lowered and kept. */
  private topLevelStatement(n: Node, depth: number): void {
    const reuse = this.reuse!, m = this.m;
    const start = n.startPosition;
    const key = this.text.slice(n.startIndex, n.endIndex);
    const old = reuse.previous?.get(key);
    if (old && old.column === start.column) {
      const f = moveFragment(old, start.row - old.row, m.scopes.length - old.scopeBase, m.calls.length - old.callBase);
      pushAll(m.scopes, f.scopes); pushAll(m.calls, f.calls); pushAll(m.imports, f.imports); pushAll(m.assignments, f.assignments);
      pushAll(m.returns, f.returns); pushAll(m.raises, f.raises); pushAll(m.regions, f.regions); pushAll(m.statements, f.statements);
      pushAll(m.branches, f.branches);
      reuse.next.set(key, f);
      return;
    }
    const at = {
      scopes: m.scopes.length, calls: m.calls.length, imports: m.imports.length, assignments: m.assignments.length, returns: m.returns.length,
      raises: m.raises.length, regions: m.regions.length, statements: m.statements.length, branches: m.branches.length, errors: m.errorLines.length,
    };
    this.stmt(n, 0, depth);
    // what this statement's text alone may not decide is not kept (see fragments.ts)
    if (this.depthLimitHit || m.errorLines.length !== at.errors || n.hasError) return;
    const f: Fragment = {
      row: start.row, column: start.column, scopeBase: at.scopes, callBase: at.calls,
      scopes: m.scopes.slice(at.scopes), calls: m.calls.slice(at.calls), imports: m.imports.slice(at.imports),
      assignments: m.assignments.slice(at.assignments), returns: m.returns.slice(at.returns), raises: m.raises.slice(at.raises),
      regions: m.regions.slice(at.regions), statements: m.statements.slice(at.statements), branches: m.branches.slice(at.branches),
    };
    reuse.next.set(key, f);
  }

  stmt(n: Node, scope: number, depth: number): void {
    if (depth > MAX_DEPTH) { this.depthLimitHit = true; return; }
    const type = n.type;
    if (SIMPLE_STATEMENTS.has(type)) this.m.statements.push({ r: rangeOf(n), scope });
    switch (type) {
      case 'comment': return; // collected once for the whole tree
      case 'import_statement': return this.importStatement(n);
      case 'import_from_statement': return this.importFrom(n);
      case 'future_import_statement': return;
      case 'global_statement': {
        let names = this.globals.get(scope);
        if (!names) this.globals.set(scope, (names = new Set()));
        for (const c of n.namedChildren) if (c?.type === 'identifier') names.add(c.text);
        return;
      }
      case 'decorated_definition': {
        const decorators = n.namedChildren.filter(c => c?.type === 'decorator').map(d => this.expr(d!.namedChildren[0]!, scope, depth));
        const def = n.childForFieldName('definition');
        if (def) this.definition(def, scope, depth, decorators);
        return;
      }
      case 'function_definition':
      case 'class_definition': return this.definition(n, scope, depth, []);
      case 'expression_statement':
        for (const c of n.namedChildren) if (c) this.exprStatement(c, scope, depth);
        return;
      case 'return_statement': {
        const v = n.namedChildren[0];
        this.m.returns.push({ scope, value: v ? this.expr(v, scope, depth) : null, r: rangeOf(n) });
        return;
      }
      case 'raise_statement':
        for (const c of n.namedChildren) if (c) this.expr(c, scope, depth);
        this.m.raises.push({ scope, r: rangeOf(n) });
        return;
      case 'for_statement': {
        const left = n.childForFieldName('left'), right = n.childForFieldName('right');
        if (left && right) this.assign([left], this.expr(right, scope, depth), scope, rangeOf(n), 'for');
        const body = n.childForFieldName('body'); if (body) this.block(body, scope, depth);
        const alt = n.childForFieldName('alternative'); if (alt) this.block(alt, scope, depth);
        return;
      }
      case 'with_statement': return this.withStatement(n, scope, depth);
      case 'try_statement': return this.tryStatement(n, scope, depth);
      case 'block': return this.block(n, scope, depth);
      case 'if_statement': case 'elif_clause': {
        const cond = n.childForFieldName('condition'), body = n.childForFieldName('consequence');
        const same = (a: Node, b: Node | null) => !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
        if (cond) {
          const test = this.expr(cond, scope, depth + 1);
          if (body && comparesWithString(test, this.m.calls)) this.m.branches.push({ test, body: rangeOf(body), scope });
        }
        for (const c of n.namedChildren) if (c && !same(c, cond)) this.stmt(c, scope, depth + 1);
        return;
      }
      default:
        // if/while/match/else/elif/… : conditions are expressions, bodies are blocks.
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === 'block' || c.type.endsWith('_clause') || c.type.endsWith('_statement') || c.type === 'case_clause') this.stmt(c, scope, depth + 1);
          else this.expr(c, scope, depth + 1);
        }
    }
  }

  exprStatement(n: Node, scope: number, depth: number): void {
    if (n.type === 'assignment') return this.assignment(n, scope, depth);
    if (n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left'), right = n.childForFieldName('right');
      if (left && right) this.assign([left], this.expr(right, scope, depth), scope, rangeOf(n), 'augmented');
      return;
    }
    this.expr(n, scope, depth);
  }

  assignment(n: Node, scope: number, depth: number): void {
    // `model: Optional[Pipeline] = None` in a class body: the declared type, for when no assignment says
    const type = n.childForFieldName('type'), left = n.childForFieldName('left');
    if (type && left?.type === 'identifier' && this.m.scopes[scope].kind === 'class') {
      (this.m.scopes[scope].fields ??= []).push({ name: left.text, annotation: this.expr(type.namedChildren[0] ?? type, scope, depth) });
    }
    // `a = b = value` nests assignments on the right; all targets receive the innermost value.
    const lefts: Node[] = [];
    let cur: Node | null = n;
    while (cur && cur.type === 'assignment') {
      const l = cur.childForFieldName('left'); if (l) lefts.push(l);
      const r = cur.childForFieldName('right');
      if (!r) { // annotated declaration without a value: `x: int`
        return;
      }
      cur = r;
    }
    if (cur) this.assign(lefts, this.expr(cur, scope, depth), scope, rangeOf(n), 'assign');
  }

  assign(lefts: Node[], value: Expr, scope: number, r: Range, kind: 'assign' | 'augmented' | 'for' | 'with' | 'except'): void {
    const targets: Target[] = [];
    for (const l of lefts) this.targets(l, targets);
    if (!targets.length) return;
    const globals = this.globals.get(scope);
    const home = globals && targets.every(t => globals.has(t.root)) ? 0 : undefined;
    this.m.assignments.push(home === undefined ? { targets, value, scope, r, kind } : { targets, value, scope, r, kind, home });
  }

  targets(n: Node, out: Target[]): void {
    switch (n.type) {
      case 'identifier': out.push({ root: n.text, path: [], r: rangeOf(n) }); return;
      case 'attribute': case 'subscript': {
        const path: string[] = [];
        let key: string | undefined;
        let cur: Node | null = n;
        while (cur && (cur.type === 'attribute' || cur.type === 'subscript')) {
          if (cur.type === 'attribute') path.unshift(cur.childForFieldName('attribute')?.text ?? '');
          else {
            const sub = cur.childForFieldName('subscript');
            if (cur === n && sub?.type === 'string') key = stringValue(sub);
            path.unshift('[]');
          }
          cur = cur.childForFieldName(cur.type === 'attribute' ? 'object' : 'value');
        }
        if (cur?.type === 'identifier') out.push({ root: cur.text, path, r: rangeOf(n), key });
        return;
      }
      case 'as_pattern_target': case 'parenthesized_expression': case 'list_splat_pattern':
        for (const c of n.namedChildren) if (c) this.targets(c, out);
        return;
      default:
        if (/^(pattern_list|tuple_pattern|list_pattern|tuple|list|expression_list)$/.test(n.type)) {
          n.namedChildren.forEach((c, i) => {
            if (!c) return;
            const before = out.length;
            this.targets(c, out);
            for (let k = before; k < out.length; k++) out[k].index ??= i;
          });
        }
    }
  }

  importStatement(n: Node): void {
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'dotted_name') this.m.imports.push({ local: c.text.split('.')[0], path: c.text.split('.')[0], r: rangeOf(c) });
      else if (c.type === 'aliased_import') {
        const name = c.childForFieldName('name'), alias = c.childForFieldName('alias');
        if (name && alias) this.m.imports.push({ local: alias.text, path: name.text, r: rangeOf(c) });
      }
    }
  }

  importFrom(n: Node): void {
    const mod = n.childForFieldName('module_name');
    if (!mod) return;
    const base = mod.text.replace(/\s+/g, '');
    // `from fastai.vision.all import *`: recorded as the module's `*`; the resolver reads unbound names through it
    if (n.namedChildren.some(c => c?.type === 'wildcard_import')) this.m.imports.push({ local: '*', path: joinPath(base, '*'), r: rangeOf(n) });
    for (const c of n.childrenForFieldName('name')) {
      if (!c) continue;
      if (c.type === 'dotted_name') this.m.imports.push({ local: c.text, path: joinPath(base, c.text), r: rangeOf(c) });
      else if (c.type === 'aliased_import') {
        const name = c.childForFieldName('name'), alias = c.childForFieldName('alias');
        if (name && alias) this.m.imports.push({ local: alias.text, path: joinPath(base, name.text), r: rangeOf(c) });
      }
    }
  }

  definition(n: Node, scope: number, depth: number, decorators: Expr[]): void {
    const isClass = n.type === 'class_definition';
    const name = n.childForFieldName('name')?.text ?? '<anonymous>';
    const parent = this.m.scopes[scope];
    const bases: Expr[] = [];
    if (isClass) {
      const sup = n.childForFieldName('superclasses');
      for (const b of sup?.namedChildren ?? []) if (b && b.type !== 'keyword_argument') bases.push(this.expr(b, scope, depth));
    }
    const id = this.m.scopes.length;
    this.m.scopes.push({
      id, kind: isClass ? 'class' : 'function', name, params: [], r: rangeOf(n), parent: scope, decorators, bases,
      classId: !isClass && parent.kind === 'class' ? parent.id : -1,
    });
    if (!isClass) this.m.scopes[id].params = this.params(n.childForFieldName('parameters'), scope, depth);
    const body = n.childForFieldName('body');
    if (body) this.block(body, id, depth);
  }

  params(n: Node | null, outerScope: number, depth: number): Param[] {
    const out: Param[] = [];
    for (const p of n?.namedChildren ?? []) {
      if (!p) continue;
      switch (p.type) {
        case 'identifier': out.push({ name: p.text }); break;
        case 'typed_parameter': {
          const id = p.namedChildren.find(c => c?.type === 'identifier' || c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern');
          const type = p.childForFieldName('type');
          out.push({ name: id?.text.replace(/^\*+/, '') ?? '', annotation: type ? this.expr(type.namedChildren[0] ?? type, outerScope, depth) : undefined });
          break;
        }
        case 'default_parameter': case 'typed_default_parameter': {
          const type = p.childForFieldName('type'), value = p.childForFieldName('value');
          out.push({ name: p.childForFieldName('name')?.text ?? '', annotation: type ? this.expr(type.namedChildren[0] ?? type, outerScope, depth) : undefined, default: value ? this.expr(value, outerScope, depth) : undefined });
          break;
        }
        case 'list_splat_pattern': case 'dictionary_splat_pattern': out.push({ name: p.text.replace(/^\*+/, '') }); break;
      }
    }
    return out;
  }

  withStatement(n: Node, scope: number, depth: number): void {
    const items: { value: Expr; asName?: string }[] = [];
    const clause = n.namedChildren.find(c => c?.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
      if (!item || item.type !== 'with_item') continue;
      const v = item.childForFieldName('value');
      if (!v) continue;
      if (v.type === 'as_pattern') {
        const inner = v.namedChildren[0];
        const alias = v.childForFieldName('alias');
        if (!inner) continue;
        const value = this.expr(inner, scope, depth);
        const ts: Target[] = [];
        if (alias) this.targets(alias, ts);
        items.push({ value, asName: ts.length === 1 && ts[0].path.length === 0 ? ts[0].root : undefined });
        if (ts.length) this.m.assignments.push({ targets: ts, value, scope, r: rangeOf(item), kind: 'with' });
      } else items.push({ value: this.expr(v, scope, depth) });
    }
    const body = n.childForFieldName('body');
    this.m.regions.push({ kind: 'with', scope, body: body ? rangeOf(body) : rangeOf(n), r: rangeOf(n), handlers: [], items });
    if (body) this.block(body, scope, depth);
  }

  tryStatement(n: Node, scope: number, depth: number): void {
    const body = n.childForFieldName('body');
    const handlers: Handler[] = [];
    const region = { kind: 'try' as const, scope, body: body ? rangeOf(body) : rangeOf(n), r: rangeOf(n), handlers, items: [] };
    this.m.regions.push(region);
    if (body) this.block(body, scope, depth);
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'except_clause' || c.type === 'except_group_clause') {
        const block = c.namedChildren.find(x => x?.type === 'block');
        const value = c.childForFieldName('value') ?? c.namedChildren.find(x => x && x.type !== 'block' && x.type !== 'comment') ?? null;
        let catchName: string | undefined;
        const types: Expr[] = [];
        if (value) {
          if (value.type === 'as_pattern') {
            const t = value.namedChildren[0];
            if (t) types.push(this.expr(t, scope, depth));
            catchName = value.childForFieldName('alias')?.text;
          } else types.push(this.expr(value, scope, depth));
        }
        handlers.push({ r: rangeOf(c), body: block ? rangeOf(block) : rangeOf(c), catchName, types });
        if (block) this.block(block, scope, depth);
      } else if (c.type === 'else_clause' || c.type === 'finally_clause') {
        this.stmt(c, scope, depth + 1);
      }
    }
  }

  expr(n: Node, scope: number, depth: number): Expr {
    const type = n.type;
    if (type === 'identifier') {
      // Identifiers never span lines: their end follows from their text, which saves a call into WASM per name.
      const name = n.text, s = n.startPosition;
      return { k: 'name', name, r: { start: { line: s.row, col: s.column }, end: { line: s.row, col: s.column + name.length } } };
    }
    const r = rangeOf(n);
    if (depth > MAX_DEPTH) { this.depthLimitHit = true; return { k: 'lit', r }; }
    switch (type) {
      case 'attribute': {
        const obj = n.childForFieldName('object'), attr = n.childForFieldName('attribute');
        if (!obj || !attr) return { k: 'lit', r };
        return { k: 'attr', obj: this.expr(obj, scope, depth + 1), attr: attr.text, r };
      }
      case 'call': return this.call(n, scope, depth, false);
      case 'await': {
        const inner = n.namedChildren[0];
        if (!inner) return { k: 'lit', r };
        if (inner.type === 'call') return this.call(inner, scope, depth, true);
        return this.expr(inner, scope, depth + 1);
      }
      case 'string': return this.string(n, scope, depth);
      case 'concatenated_string': {
        const parts = n.namedChildren.filter(Boolean).map(c => this.string(c!, scope, depth));
        return { k: 'str', value: parts.map(p => (p.k === 'str' ? p.value : '')).join(''), r, parts: parts.flatMap(p => (p.k === 'str' ? p.parts ?? [] : [])) };
      }
      case 'dictionary': {
        const entries: DictEntry[] = [];
        for (const c of n.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type === 'pair') {
            const k = c.childForFieldName('key'), v = c.childForFieldName('value');
            if (!v) continue;
            entries.push({ key: k?.type === 'string' ? stringValue(k) : null, value: this.expr(v, scope, depth + 1) });
          } else entries.push({ key: null, value: this.expr(c.namedChildren[0] ?? c, scope, depth + 1) });
        }
        return { k: 'dict', entries, r };
      }
      case 'subscript': {
        const v = n.childForFieldName('value');
        const subs = n.childrenForFieldName('subscript').filter(Boolean) as Node[];
        if (!v) return { k: 'lit', r };
        const index: Expr = subs.length === 1 ? this.expr(subs[0], scope, depth + 1) : { k: 'other', parts: subs.map(s => this.expr(s, scope, depth + 1)), r };
        return { k: 'index', obj: this.expr(v, scope, depth + 1), index, r };
      }
      case 'parenthesized_expression': {
        const inner = n.namedChildren.find(c => c?.type !== 'comment');
        return inner ? this.expr(inner, scope, depth + 1) : { k: 'lit', r };
      }
      case 'lambda': {
        const id = this.m.scopes.length;
        this.m.scopes.push({ id, kind: 'function', name: '<lambda>', params: [], r, parent: scope, decorators: [], bases: [], classId: -1 });
        this.m.scopes[id].params = this.params(n.childForFieldName('parameters'), scope, depth);
        const body = n.childForFieldName('body');
        if (body) this.m.returns.push({ scope: id, value: this.expr(body, id, depth + 1), r: rangeOf(body) });
        return { k: 'func', fn: id, r };
      }
      case 'named_expression': {
        const name = n.childForFieldName('name'), value = n.childForFieldName('value');
        if (!value) return { k: 'lit', r };
        const v = this.expr(value, scope, depth + 1);
        if (name) this.m.assignments.push({ targets: [{ root: name.text, path: [], r: rangeOf(name) }], value: v, scope, r, kind: 'assign' });
        return v;
      }
      case 'for_in_clause': {
        const left = n.childForFieldName('left'), right = n.childForFieldName('right');
        const v = right ? this.expr(right, scope, depth + 1) : { k: 'lit' as const, r };
        if (left) this.assign([left], v, scope, r, 'for');
        return v;
      }
      case 'comment': return { k: 'lit', r };
      case 'keyword_argument': {
        const v = n.childForFieldName('value');
        return v ? this.expr(v, scope, depth + 1) : { k: 'lit', r };
      }
      case 'conditional_expression': {
        // `a if test else b`, as TS's `test ? a : b`: parts are test, then the two values
        const [a, test, b] = n.namedChildren.filter(c => c && c.type !== 'comment').map(c => this.expr(c!, scope, depth + 1));
        return { k: 'other', parts: [test ?? { k: 'lit', r }, a ?? { k: 'lit', r }, b ?? { k: 'lit', r }], r, op: '?:' };
      }
      default:
        if (LITERALS.has(n.type)) return n.type === 'false' || n.type === 'none' || n.text === '0' ? { k: 'lit', r, falsy: true } : { k: 'lit', r };
        return { k: 'other', parts: n.namedChildren.filter(Boolean).map(c => this.expr(c!, scope, depth + 1)), r, op: TUPLES.has(n.type) ? 'tuple' : operatorOf(n) };
    }
  }

  string(n: Node, scope: number, depth: number): Expr {
    const parts: Expr[] = [];
    let value = '';
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_content') value += c.text;
      else if (c.type === 'interpolation') {
        const e = c.childForFieldName('expression') ?? c.namedChildren[0];
        if (e) parts.push(this.expr(e, scope, depth + 1));
        value += '{}';
      }
    }
    return parts.length ? { k: 'str', value, r: rangeOf(n), parts } : { k: 'str', value, r: rangeOf(n) };
  }

  call(n: Node, scope: number, depth: number, awaited: boolean): Expr {
    const r = rangeOf(n);
    const id = this.m.calls.length;
    const call = { id, callee: { k: 'lit', r } as Expr, args: [] as Arg[], r, scope, awaited };
    this.m.calls.push(call);
    const fn = n.childForFieldName('function');
    if (fn) call.callee = this.expr(fn, scope, depth + 1);
    const argsNode = n.childForFieldName('arguments');
    if (argsNode?.type === 'generator_expression') call.args.push({ value: this.expr(argsNode, scope, depth + 1) });
    else for (const a of argsNode?.namedChildren ?? []) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')?.text, v = a.childForFieldName('value');
        if (v) call.args.push({ name, value: this.expr(v, scope, depth + 1) });
      } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
        const inner = a.namedChildren[0];
        if (inner) call.args.push({ value: this.expr(inner, scope, depth + 1), spread: true });
      } else call.args.push({ value: this.expr(a, scope, depth + 1) });
    }
    return { k: 'call', call: id, r };
  }
}

/** (a loop, not `push(...items)`: a generated statement may hold more items than the call stack takes arguments) */
function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function operatorOf(n: Node): string | undefined {
  // `a or b` is `or`, as JS `a || b` is `||`: the default a URL or a program falls back to is read through it
  // a comparison with one operator (`self.path == "/predict"`) is that operator; chained ones (`a < b < c`) stay composite
  if (n.type === 'comparison_operator') { const ops = n.children.filter(c => c && !c.isNamed); return ops.length === 1 ? ops[0]!.type : undefined; }
  if (n.type !== 'binary_operator' && n.type !== 'boolean_operator') return undefined;
  return n.childForFieldName('operator')?.type;
}

function stringValue(n: Node): string {
  return n.namedChildren.filter(c => c?.type === 'string_content').map(c => c!.text).join('');
}

function joinPath(base: string, name: string): string {
  return base.endsWith('.') ? base + name : `${base}.${name}`;
}
