/**
 * Incremental lowering for documents being edited: the lowered model of each top-level statement is kept, keyed by
 * its text, and reused when the statement comes back unchanged after an edit — moved to its new line and renumbered
 * to its new place among the file's scopes and calls. Typing in one function then lowers that function only; the
 * rest of a 20k-line module is copied (or, above the edit, shared as it was).
 *
 * Why this is exact: a top-level statement's lowering reads nothing outside its own syntax subtree except the module
 * scope (id 0), and identical text at the same column parses to the same subtree when it has no syntax error. What
 * could break that is kept out of the cache: statements with syntax errors, misindented lines, or the depth limit,
 * and every statement of a module that declares `global` names at top level. A test compares incremental models with
 * fresh ones over sequences of edits.
 */
import type { Assignment, Branch, Call, Expr, Import, Raise, Range, Region, Return, Scope, Statement } from '../model';

/** The lowered pieces of one top-level statement, as the model held them when it was lowered. */
export interface Fragment {
  row: number;
  column: number;
  scopeBase: number;
  callBase: number;
  scopes: Scope[];
  calls: Call[];
  imports: Import[];
  assignments: Assignment[];
  returns: Return[];
  raises: Raise[];
  regions: Region[];
  statements: Statement[];
  branches: Branch[];
}

/**
 * Fragments of one lowering by the statement's text (a slice of the document: no copy is made to key it); the next
 * lowering of the same document reads them. The column is checked on a hit.
 */
export type Fragments = Map<string, Fragment>;

/** `f` moved `lines` down (or up) and its scope and call ids moved by `scopeShift` and `callShift`. */
export function moveFragment(f: Fragment, lines: number, scopeShift: number, callShift: number): Fragment {
  if (lines === 0 && scopeShift === 0 && callShift === 0) return f;
  const mv = new Mover(lines, scopeShift, callShift);
  return {
    row: f.row + lines, column: f.column, scopeBase: f.scopeBase + scopeShift, callBase: f.callBase + callShift,
    scopes: f.scopes.map(s => mv.scope(s)),
    calls: f.calls.map(c => mv.call(c)),
    imports: f.imports.map(i => ({ local: i.local, path: i.path, r: mv.range(i.r) })),
    assignments: f.assignments.map(a => mv.assignment(a)),
    returns: f.returns.map(r => ({ scope: mv.scopeId(r.scope), value: r.value && mv.expr(r.value), r: mv.range(r.r) })),
    raises: f.raises.map((r): Raise => ({ scope: mv.scopeId(r.scope), r: mv.range(r.r) })),
    regions: f.regions.map(r => mv.region(r)),
    statements: f.statements.map(s => ({ r: mv.range(s.r), scope: mv.scopeId(s.scope) })),
    branches: f.branches.map(b => ({ test: mv.expr(b.test), body: mv.range(b.body), scope: mv.scopeId(b.scope) })),
  };
}

/** Copies model objects with their lines and ids moved; every field the Python lowering writes is listed here. */
class Mover {
  constructor(private readonly lines: number, private readonly scopeShift: number, private readonly callShift: number) {}

  /** The module scope (0) stays; every other scope a fragment refers to is its own. */
  scopeId(id: number): number { return id <= 0 ? id : id + this.scopeShift; }

  range(r: Range): Range {
    return { start: { line: r.start.line + this.lines, col: r.start.col }, end: { line: r.end.line + this.lines, col: r.end.col } };
  }

  expr(e: Expr): Expr {
    const r = this.range(e.r);
    switch (e.k) {
      case 'name': return { k: 'name', name: e.name, r };
      case 'attr': return { k: 'attr', obj: this.expr(e.obj), attr: e.attr, r };
      case 'call': return { k: 'call', call: e.call + this.callShift, r };
      case 'str': return e.parts ? { k: 'str', value: e.value, r, parts: e.parts.map(p => this.expr(p)) } : { k: 'str', value: e.value, r };
      case 'lit': return e.falsy ? { k: 'lit', r, falsy: true } : { k: 'lit', r };
      case 'dict': return { k: 'dict', entries: e.entries.map(d => ({ key: d.key, value: this.expr(d.value) })), r };
      case 'index': return { k: 'index', obj: this.expr(e.obj), index: this.expr(e.index), r };
      case 'func': return { k: 'func', fn: this.scopeId(e.fn), r };
      case 'other': return 'op' in e ? { k: 'other', parts: e.parts.map(p => this.expr(p)), r, op: e.op } : { k: 'other', parts: e.parts.map(p => this.expr(p)), r };
    }
  }

  scope(s: Scope): Scope {
    const out: Scope = {
      id: this.scopeId(s.id), kind: s.kind, name: s.name,
      params: s.params.map(p => {
        const q: Scope['params'][number] = { name: p.name };
        if ('annotation' in p) q.annotation = p.annotation && this.expr(p.annotation);
        if ('default' in p) q.default = p.default && this.expr(p.default);
        return q;
      }),
      r: this.range(s.r), parent: this.scopeId(s.parent), decorators: s.decorators.map(d => this.expr(d)), bases: s.bases.map(b => this.expr(b)),
      classId: this.scopeId(s.classId),
    };
    if (s.fields) out.fields = s.fields.map(f => ({ name: f.name, annotation: this.expr(f.annotation) }));
    return out;
  }

  call(c: Call): Call {
    return {
      id: c.id + this.callShift, callee: this.expr(c.callee),
      args: c.args.map(a => {
        const b: Call['args'][number] = { value: this.expr(a.value) };
        if ('name' in a) b.name = a.name;
        if ('spread' in a) b.spread = a.spread;
        return b;
      }),
      r: this.range(c.r), scope: this.scopeId(c.scope), awaited: c.awaited,
    };
  }

  assignment(a: Assignment): Assignment {
    const out: Assignment = {
      targets: a.targets.map(t => {
        const u: Assignment['targets'][number] = { root: t.root, path: t.path, r: this.range(t.r) };
        if ('key' in t) u.key = t.key;
        if ('index' in t) u.index = t.index;
        return u;
      }),
      value: this.expr(a.value), scope: this.scopeId(a.scope), r: this.range(a.r), kind: a.kind,
    };
    if (a.home !== undefined) out.home = this.scopeId(a.home);
    return out;
  }

  region(r: Region): Region {
    return {
      kind: r.kind, scope: this.scopeId(r.scope), body: this.range(r.body), r: this.range(r.r),
      handlers: r.handlers.map(h => ({ r: this.range(h.r), body: this.range(h.body), catchName: h.catchName, types: h.types.map(t => this.expr(t)) })),
      items: r.items.map(i => ('asName' in i ? { value: this.expr(i.value), asName: i.asName } : { value: this.expr(i.value) })),
    };
  }
}
