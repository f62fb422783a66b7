/**
 * Works out what each expression of a FileModel refers to: an import path (`joblib.load`), a value
 * of a known type (`model.onnx`, `client.openai`, `logger.structlog`) tracked through assignments,
 * attributes such as `self.model`, returns of local functions and class bases, or nothing known.
 * Resolution is flow-insensitive per scope and memoised; cycles resolve to `unknown`.
 */
import type { Assignment, Call, Expr, FileModel, Scope } from './model';
import type { KnowledgeTables, ProducerRow } from './knowledge/types';
import { findRow, matches, matchesAny } from './knowledge';
import type { ExternalLookup } from './workspace';

export type Sym =
  | { k: 'path'; path: string }
  | { k: 'typed'; type: string; member: string[]; origins: number[]; heuristic?: boolean }
  | { k: 'fn'; scope: number }
  | { k: 'class'; scope: number }
  | { k: 'instance'; cls: number }
  | { k: 'unknown'; why: 'param' | 'unbound' | 'call' | 'other'; callee?: string };

/** Row lookups depend only on the (immutable) table and the symbol: shared by every file analysed with that table. */
const ROW_CACHE = new WeakMap<unknown[], Map<string, unknown>>();
const CALL_PRODUCERS = new WeakMap<ProducerRow[], Map<string, ProducerRow[]>>();

const UNKNOWN_OTHER: Sym = { k: 'unknown', why: 'other' };

export function symbolString(s: Sym): string | undefined {
  if (s.k === 'path') return s.path;
  if (s.k === 'typed') return `${s.type}#${s.member.join('.')}`;
  return undefined;
}

/** The dotted access path of an expression rooted at a name (`self.model.config`), else undefined. */
export function accessKey(e: Expr): string | undefined {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') { const base = accessKey(e.obj); return base === undefined ? undefined : `${base}.${e.attr}`; }
  return undefined;
}

export class Resolver {
  readonly bindings = new Map<number, Map<string, Assignment[]>>();
  readonly defs = new Map<number, Map<string, number>>();
  readonly imports = new Map<string, string>();
  private readonly callCache = new Map<number, Sym>();
  private readonly nameCache = new Map<string, Sym>();
  private readonly inProgress = new Set<string>();
  private readonly callProducers: Map<string, ProducerRow[]>;
  readonly mlFile: boolean;

  /** `external` answers for imports from other files of the workspace, when a workspace index is available. */
  constructor(readonly m: FileModel, readonly t: KnowledgeTables, private readonly external?: ExternalLookup) {
    for (const imp of m.imports) this.imports.set(imp.local, imp.path);
    for (const a of m.assignments) {
      let byKey = this.bindings.get(a.scope);
      if (!byKey) this.bindings.set(a.scope, (byKey = new Map()));
      for (const target of a.targets) {
        const key = targetKey(target.root, target.path);
        const list = byKey.get(key);
        if (list) list.push(a); else byKey.set(key, [a]);
      }
    }
    for (const s of m.scopes) {
      if (s.parent < 0 || s.name.startsWith('<')) continue;
      let names = this.defs.get(s.parent);
      if (!names) this.defs.set(s.parent, (names = new Map()));
      names.set(s.name, s.id);
    }
    let cp = CALL_PRODUCERS.get(t.producers);
    if (!cp) CALL_PRODUCERS.set(t.producers, (cp = new Map()));
    this.callProducers = cp;
    this.mlFile = m.imports.some(i => t.mlModules.includes(rootModule(i.path)));
  }

  row<T extends { match: string }>(rows: T[], symbol: string): T | undefined {
    let cache = ROW_CACHE.get(rows) as Map<string, T | undefined> | undefined;
    if (!cache) ROW_CACHE.set(rows, (cache = new Map()) as Map<string, unknown>);
    if (cache.has(symbol)) return cache.get(symbol);
    const r = findRow(rows, symbol);
    cache.set(symbol, r);
    return r;
  }

  scope(id: number): Scope { return this.m.scopes[id]; }

  expr(e: Expr, scope: number): Sym {
    switch (e.k) {
      case 'name': return this.name(e.name, scope);
      case 'attr': return this.attr(e.obj, e.attr, scope);
      case 'index': {
        const base = this.expr(e.obj, scope);
        return base.k === 'typed' ? this.access({ ...base, member: [...base.member, '[]'] }) : UNKNOWN_OTHER;
      }
      case 'call': return this.callResult(this.m.calls[e.call]);
      default: return UNKNOWN_OTHER;
    }
  }

  /** A typed value reached by attribute/index access may itself be a known kind of value (`signatures["x"]`). */
  private access(s: Extract<Sym, { k: 'typed' }>): Sym {
    const row = this.row(this.t.producers, symbolString(s)!);
    if (row?.on === 'access' && row.type) return { k: 'typed', type: row.type, member: [], origins: s.origins, heuristic: s.heuristic };
    return s;
  }

  name(name: string, scope: number): Sym {
    const cacheKey = `${scope}:${name}`;
    const cached = this.nameCache.get(cacheKey);
    if (cached) return cached;
    if (this.inProgress.has(cacheKey)) return UNKNOWN_OTHER;
    this.inProgress.add(cacheKey);
    const result = this.lookupName(name, scope);
    this.inProgress.delete(cacheKey);
    this.nameCache.set(cacheKey, result);
    return result;
  }

  private lookupName(name: string, scope: number): Sym {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.kind === 'class' && s !== scope) continue;
      const assigned = this.bindings.get(s)?.get(name);
      if (assigned) {
        const r = this.best(assigned.map(a => this.assignedValue(a, name)));
        if (r.k === 'unknown') { const used = this.usageType(name); if (used) return used; }
        if (r.k !== 'unknown' || !this.defs.get(s)?.has(name)) return r;
      }
      const def = this.defs.get(s)?.get(name);
      if (def !== undefined) return this.m.scopes[def].kind === 'class' ? { k: 'class', scope: def } : { k: 'fn', scope: def };
      const param = sc.params.find(p => p.name === name);
      if (param) {
        if (param.annotation) {
          const ann = this.annotation(param.annotation, s);
          if (ann.k !== 'unknown') return ann;
        }
        return this.callbackParam(s, sc.params.indexOf(param)) ?? { k: 'unknown', why: 'param' };
      }
    }
    const imported = this.imports.get(name);
    if (imported !== undefined) return this.pathSym(imported);
    const builtin = this.t.builtins[name];
    if (builtin) return { k: 'path', path: builtin };
    return { k: 'unknown', why: 'unbound' };
  }

  /** What an assignment gives a key: with tuple unpacking, the matching element. */
  private assignedValue(a: Assignment, key: string): Sym {
    if (a.kind === 'augmented' || a.kind === 'for') return UNKNOWN_OTHER;
    const target = a.targets.find(t => targetKey(t.root, t.path) === key);
    if (target?.index !== undefined) return this.element(a.value, target.index, a.scope);
    return this.expr(a.value, a.scope);
  }

  /** Element `i` of a tuple expression, or of the tuples a same-file function returns. */
  private element(e: Expr, i: number, scope: number, depth = 0): Sym {
    if (e.k === 'other' && e.op === 'tuple') return e.parts[i] ? this.expr(e.parts[i], scope) : UNKNOWN_OTHER;
    if (e.k === 'call' && depth < 3) {
      const callee = this.expr(this.m.calls[e.call].callee, scope);
      if (callee.k === 'fn') return this.best(this.m.returns.filter(r => r.scope === callee.scope && r.value).map(r => this.element(r.value!, i, r.scope, depth + 1)));
    }
    return this.expr(e, scope);
  }

  /** `x.load_state_dict(…)` somewhere in the file says what `x` is, when its origin does not. */
  private usageType(key: string): Sym | undefined {
    if (!this.usage) {
      this.usage = new Map();
      for (const c of this.m.calls) {
        if (c.callee.k !== 'attr') continue;
        const type = this.t.typeFromUsage[c.callee.attr];
        const k = type ? accessKey(c.callee.obj) : undefined;
        if (k && type) this.usage.set(k, type);
      }
    }
    const type = this.usage.get(key);
    return type ? { k: 'typed', type, member: [], origins: [] } : undefined;
  }
  private usage?: Map<string, string>;

  /** The string a name stands for, when it is bound once to a literal in its scope chain (`MODEL_URI = "models:/x/3"`). */
  constant(e: Expr, scope: number): string | undefined {
    if (e.k === 'str') return e.parts ? undefined : e.value;
    if (e.k !== 'name') return undefined;
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const assigned = this.bindings.get(s)?.get(e.name);
      if (!assigned) continue;
      if (assigned.length !== 1 || assigned[0].kind !== 'assign') return undefined;
      const v = assigned[0].value;
      return v.k === 'str' && !v.parts ? v.value : undefined;
    }
    return undefined;
  }

  /** An import path, or the typed object it is when the tables say so (`from loguru import logger`). */
  private pathSym(path: string): Sym {
    const row = this.row(this.t.producers, path);
    if (row?.on === 'value' && row.type) return { k: 'typed', type: row.type, member: [], origins: [] };
    const exported = row ? undefined : this.external?.(path);
    if (exported?.via === 'value') return { k: 'typed', type: exported.type, member: [], origins: [] };
    return { k: 'path', path };
  }

  /** A parameter of a callback a known API calls with typed values (`startActiveSpan(name, span => …)`). */
  private callbackParam(fn: number, index: number): Sym | undefined {
    if (!this.t.callbacks.length) return undefined;
    if (!this.callbackOwner) {
      this.callbackOwner = new Map();
      for (const c of this.m.calls) for (const a of c.args) if (a.value.k === 'func') this.callbackOwner.set(a.value.fn, c);
    }
    const owner = this.callbackOwner.get(fn);
    const symbol = owner ? symbolString(this.expr(owner.callee, owner.scope)) : undefined;
    const type = symbol ? this.row(this.t.callbacks, symbol)?.params[index] : undefined;
    return type ? { k: 'typed', type, member: [], origins: [] } : undefined;
  }
  private callbackOwner?: Map<number, Call>;

  /** What a same-file function returns. */
  returnOf(fn: number): Sym {
    return this.best(this.m.returns.filter(r => r.scope === fn && r.value).map(r => this.expr(r.value!, r.scope)));
  }

  /** A type annotation names a class; a known class gives its instances' type. */
  annotation(e: Expr, scope: number): Sym {
    const s = this.expr(e, scope);
    if (s.k === 'path') {
      const row = this.row(this.t.producers, s.path);
      if (row?.type) return { k: 'typed', type: row.type, member: [], origins: [] };
      return UNKNOWN_OTHER;
    }
    if (s.k === 'class') return this.instanceOf(s.scope);
    return UNKNOWN_OTHER;
  }

  private best(syms: Sym[]): Sym {
    return syms.find(s => s.k === 'typed') ?? syms.find(s => s.k !== 'unknown') ?? syms[0] ?? UNKNOWN_OTHER;
  }

  attr(obj: Expr, attr: string, scope: number): Sym {
    const base = this.expr(obj, scope);
    switch (base.k) {
      case 'path': return this.pathSym(`${base.path}.${attr}`);
      case 'typed': return this.access({ ...base, member: [...base.member, attr] });
      case 'instance': return this.classAttribute(base.cls, attr);
      case 'class': return this.classAttribute(base.scope, attr);
      case 'unknown': {
        const cls = this.selfClass(obj, scope);
        return cls >= 0 ? this.classAttribute(cls, attr) : UNKNOWN_OTHER;
      }
      default: return UNKNOWN_OTHER;
    }
  }

  /** If `obj` is the first parameter of a method (self/this), the class id; else -1. */
  selfClass(obj: Expr, scope: number): number {
    if (obj.k !== 'name') return -1;
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.classId >= 0) {
        const first = sc.params[0]?.name;
        if (obj.name === first || obj.name === 'this') return sc.classId;
        return -1;
      }
      if (sc.kind === 'class') return -1;
    }
    return -1;
  }

  classAttribute(cls: number, attr: string, seen = new Set<number>()): Sym {
    if (seen.has(cls)) return UNKNOWN_OTHER;
    seen.add(cls);
    const key = `class${cls}.${attr}`;
    const cached = this.nameCache.get(key);
    if (cached) return cached;
    if (this.inProgress.has(key)) return UNKNOWN_OTHER;
    this.inProgress.add(key);
    const found: Sym[] = [];
    // assignments `self.attr = …` in the class's methods, and `attr = …` in the class body
    for (const s of this.m.scopes) {
      if (s.classId !== cls) continue;
      const self = s.params[0]?.name ?? 'this';
      for (const a of this.bindings.get(s.id)?.get(`${self}.${attr}`) ?? []) found.push(this.assignedValue(a, `${self}.${attr}`));
      if (self !== 'this') for (const a of this.bindings.get(s.id)?.get(`this.${attr}`) ?? []) found.push(this.assignedValue(a, `this.${attr}`));
    }
    for (const a of this.bindings.get(cls)?.get(attr) ?? []) found.push(this.expr(a.value, a.scope));
    const method = this.defs.get(cls)?.get(attr);
    if (method !== undefined) found.push({ k: 'fn', scope: method });
    let result = this.best(found);
    if (result.k === 'unknown') result = this.usageType(`self.${attr}`) ?? this.usageType(`this.${attr}`) ?? result;
    if (result.k === 'unknown') {
      for (const b of this.m.scopes[cls].bases) {
        const base = this.expr(b, this.m.scopes[cls].parent);
        if (base.k === 'class') { const r = this.classAttribute(base.scope, attr, seen); if (r.k !== 'unknown') { result = r; break; } }
        if (base.k === 'path') {
          const row = this.row(this.t.classBases, base.path);
          const type = row?.attributes?.[attr];
          if (type) { result = { k: 'typed', type, member: [], origins: [] }; break; }
        }
      }
    }
    this.inProgress.delete(key);
    this.nameCache.set(key, result);
    return result;
  }

  instanceOf(cls: number, seen = new Set<number>()): Sym {
    if (seen.has(cls)) return { k: 'instance', cls };
    seen.add(cls);
    for (const b of this.m.scopes[cls].bases) {
      const base = this.expr(b, this.m.scopes[cls].parent);
      if (base.k === 'path') {
        const row = this.row(this.t.classBases, base.path);
        if (row?.type) return { k: 'typed', type: row.type, member: [], origins: [] };
      } else if (base.k === 'class') {
        const inner = this.instanceOf(base.scope, seen);
        if (inner.k === 'typed') return inner;
      }
    }
    return { k: 'instance', cls };
  }

  /** The producer row a call matches (taking `arg0` conditions into account). */
  producerOf(call: Call): ProducerRow | undefined {
    const sym = this.expr(call.callee, call.scope);
    const symbol = symbolString(sym);
    if (!symbol) return undefined;
    const first = call.args.find(a => !a.name && !a.spread)?.value;
    const firstLiteral = first?.k === 'str' && !first.parts ? first.value : undefined;
    let rows = this.callProducers.get(symbol);
    if (!rows) this.callProducers.set(symbol, (rows = this.t.producers.filter(row => row.on !== 'access' && row.on !== 'value' && matches(row.match, symbol))));
    return rows.find(row => row.arg0 === undefined || row.arg0 === firstLiteral);
  }

  callResult(call: Call): Sym {
    const cached = this.callCache.get(call.id);
    if (cached) return cached;
    const key = `call${call.id}`;
    if (this.inProgress.has(key)) return UNKNOWN_OTHER;
    this.inProgress.add(key);
    const result = this.computeCallResult(call);
    this.inProgress.delete(key);
    this.callCache.set(call.id, result);
    return result;
  }

  private computeCallResult(call: Call): Sym {
    const callee = this.expr(call.callee, call.scope);
    if (callee.k === 'fn') return this.returnOf(callee.scope);
    if (callee.k === 'class') return this.instanceOf(callee.scope);
    const row = this.producerOf(call);
    if (row) {
      if (row.passThrough === 'receiver' && callee.k === 'typed') return { ...callee, member: callee.member.slice(0, -1) };
      if (row.passThrough === 'arg0' && call.args[0]) return this.expr(call.args[0].value, call.scope);
      if (row.type) {
        const origins = row.load ? [call.id] : callee.k === 'typed' ? callee.origins : [];
        return { k: 'typed', type: row.type, member: [], origins };
      }
    }
    if (callee.k === 'path' && !row) {
      const exported = this.external?.(callee.path);
      if (exported?.via === 'call') return { k: 'typed', type: exported.type, member: [], origins: [] };
    }
    if (this.isHeuristicLoad(call, callee)) return { k: 'typed', type: 'model.generic', member: [], origins: [call.id], heuristic: true };
    return { k: 'unknown', why: 'call', callee: symbolString(callee) ?? (callee.k === 'unknown' ? callee.callee : undefined) };
  }

  /** A project helper named like a loader (`load_model`) given a model-file literal (`"model.pkl"`). */
  isHeuristicLoad(call: Call, callee: Sym): boolean {
    if (callee.k === 'typed') return false;
    if (callee.k === 'path' && this.row(this.t.producers, callee.path)) return false;
    const name = lastSegment(call.callee);
    if (!name || !matchesAny(this.t.heuristicLoaderNames, name)) return false;
    return call.args.some(a => a.value.k === 'str' && this.t.modelFileExtensions.some(ext => (a.value as { value: string }).value.toLowerCase().endsWith(ext)));
  }
}

export function lastSegment(e: Expr): string | undefined {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') return e.attr;
  return undefined;
}

export function targetKey(root: string, path: string[]): string {
  const cut = path.indexOf('[]');
  const p = cut >= 0 ? path.slice(0, cut) : path;
  return p.length ? `${root}.${p.join('.')}` : root;
}

export function rootModule(path: string): string {
  return path.split('.')[0];
}
