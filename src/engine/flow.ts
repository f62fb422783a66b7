/**
 * Value flow over a FileModel: from seeds (variables, call results) forward through assignments,
 * derived calls, containers and callbacks, into sink calls; across functions of the same file
 * through arguments and return values. Used for every facet that asks "does this value reach a
 * record?" — outputs, inputs, model identity, request ids, timings.
 */
import type { Assignment, Call, Expr, FileModel, Pos, Return } from './model';
import { before } from './model';
import { Resolver, accessKey, targetKey, symbolString } from './resolve';
import type { SinkRow } from './knowledge/types';
import type { RecordedIn } from './workspace';

export interface Sink {
  call: Call;
  row: SinkRow;
  /** `bind`/`child` calls whose fields this record carries (`log = logger.bind(model_version=v); log.info(…)`). */
  bound: Call[];
  /** Normalised field names the record carries (keyword names, dict keys, attribute keys, `key=` in messages, variable names). */
  fields: Set<string>;
  /** A project module's recording function: only these arguments are recorded (the others it uses otherwise). */
  recordedArgs?: { positions: number[]; names: string[] };
  /** For a project module's recording function: where it records (the other file's line). */
  recordedIn?: RecordedIn;
}

/** The arguments of a sink's call (or of a call it is bound from) that it records. */
export function recordedArgsOf(sink: Sink, call: Call): Call['args'] {
  const only = call === sink.call ? sink.recordedArgs : undefined;
  return only ? call.args.filter((a, i) => (a.name ? only.names.includes(a.name) : only.positions.includes(i))) : call.args;
}

export interface Seeds { keys: string[]; calls: number[] }

export interface DomainParts { inDom: Set<number>; assignments: Assignment[]; calls: Call[]; returns: Return[] }

export interface FlowResult { keys: Set<string>; calls: Set<number>; hits: Sink[]; returned: boolean }

export interface FlowOptions {
  /** Sinks must start at or after this position (forward flows). */
  after?: Pos;
  /** Calls whose arguments do not carry taint into their result (inference calls, for input flow). */
  block?: Set<number>;
  /** How many function boundaries to follow. */
  depth?: number;
  /** Whether recording a whole object records the tainted fields inside it (off for attribute seeds like `model.version`). */
  containers?: boolean;
  /**
   * Entered from a call site with the value as an argument: what the function returns flows back to that one
   * call (the caller handles it), not to every other caller of the function. Following all of them would be
   * wrong (another caller's record is not this value's) and cost callers × call sites.
   */
  fromCall?: boolean;
}

const BIND_METHODS = new Set(['bind', 'child', 'new', 'opt']);

/** Caps on value flow (statements woken): the real-code corpus peaks near 100 per propagation and 10k per file. */
const WAKES_PER_FLOW = 20_000;
const WAKES_PER_FILE = 3_000_000;
/** Assignments of one logger name followed for bound fields, when there are more (generated code). */
const MAX_BINDINGS = 8;

export function normaliseField(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Mentions of an expression: access paths rooted at names, and call ids. */
export interface Mentions { keys: string[]; calls: number[] }

export class Flow {
  readonly sinks: Sink[] = [];
  private readonly sinkByCall = new Map<number, Sink>();
  /** For a function expression passed as an argument, the call that receives it. */
  readonly funcArgOwner = new Map<number, number>();
  private readonly children = new Map<number, number[]>();
  private readonly callsByScope = new Map<number, Call[]>();
  private readonly callSites = new Map<number, Call[]>();
  private readonly mentionCache = new Map<Expr, Mentions>();
  /** Mentions with some calls treated as opaque, per set of such calls (there are only a few sets per file). */
  private readonly blockedMentionCache = new WeakMap<Set<number>, Map<Expr, Mentions>>();

  constructor(readonly m: FileModel, readonly r: Resolver) {
    for (const s of m.scopes) if (s.parent >= 0) push(this.children, s.parent, s.id);
    for (const c of m.calls) {
      push(this.callsByScope, c.scope, c);
      for (const a of c.args) if (a.value.k === 'func') this.funcArgOwner.set(a.value.fn, c.id);
      const callee = r.expr(c.callee, c.scope);
      if (callee.k === 'fn') push(this.callSites, callee.scope, c);
      const sink = this.sinkOf(c);
      if (sink) { this.sinks.push(sink); this.sinkByCall.set(c.id, sink); }
    }
  }

  sink(callId: number): Sink | undefined { return this.sinkByCall.get(callId); }

  /** Calls whose result says nothing about their arguments' data (`len(x)`, `isinstance(x, T)`). */
  private isOpaque(c: Call): boolean {
    let v = this.opaque.get(c.id);
    if (v === undefined) {
      const s = symbolString(this.r.expr(c.callee, c.scope));
      v = !!s && this.r.t.opaqueCalls.includes(s);
      this.opaque.set(c.id, v);
    }
    return v;
  }
  private readonly opaque = new Map<number, boolean>();
  callsIn(scope: number): Call[] { return this.callsByScope.get(scope) ?? []; }
  callSitesOf(fn: number): Call[] { return this.callSites.get(fn) ?? []; }

  private sinkOf(c: Call): Sink | undefined {
    const sym = this.r.expr(c.callee, c.scope);
    const symbol = symbolString(sym);
    let row = symbol ? this.r.row(this.r.t.sinks, symbol) : undefined;
    if (!row && c.callee.k === 'attr' && (sym.k === 'unknown' || sym.k === 'path' && !this.r.row(this.r.t.producers, sym.path))) {
      // A logger whose origin the file does not show (imported from a project module, app.logger…).
      const receiver = c.callee.obj.k === 'name' ? c.callee.obj.name : c.callee.obj.k === 'attr' ? c.callee.obj.attr : undefined;
      if (receiver && this.r.t.loggerNames.includes(receiver) && this.r.t.loggerMethods.includes(c.callee.attr)) row = { match: 'logger.any' };
    }
    // a recording function of another project module (`log_prediction(...)` from `utils/telemetry.py`)
    const recorder = !row && sym.k === 'path' ? this.r.projectRecorder(sym.path) : undefined;
    if (recorder && sym.k === 'path') row = { match: sym.path, role: 'record' };
    if (!row) return undefined;
    const bound = c.callee.k === 'attr' ? this.bindChain(c.callee.obj, c.scope, 0) : [];
    // (a recorder's fields: what it records inside, and the names of what it is given to record, not of the rest)
    const fields = this.fieldsOf(recorder ? { ...c, args: c.args.filter((a, i) => (a.name ? recorder.names.includes(a.name) : recorder.positions.includes(i))) } : c, row);
    for (const b of bound) for (const f of this.boundFields(b)) fields.add(f);
    for (const f of recorder?.fields ?? []) fields.add(f);
    return { call: c, row, fields, bound, ...(recorder ? { recordedArgs: { positions: recorder.positions, names: recorder.names }, ...(recorder.at ? { recordedIn: recorder.at } : {}) } : {}) };
  }

  /** The bind/child calls a logger expression was built from, following assignments (also `self.log`). */
  private bindChain(e: Expr, scope: number, depth: number): Call[] {
    if (depth > 4) return [];
    if (e.k === 'call') {
      const c = this.m.calls[e.call];
      if (c.callee.k === 'attr' && BIND_METHODS.has(c.callee.attr)) return [c, ...this.bindChain(c.callee.obj, c.scope, depth + 1)];
      // a logger created with fields bound to every record (winston `defaultMeta`, pino `base`)
      const symbol = symbolString(this.r.expr(c.callee, c.scope));
      return symbol && this.r.row(this.r.t.sinks, symbol)?.role === 'context' ? [c] : [];
    }
    const key = accessKey(e);
    if (!key) return [];
    const cls = e.k === 'attr' ? this.r.selfClass(e.obj, scope) : -1;
    // asked for every record through the same logger: once per logger name and place
    const memo = `${key}|${cls}|${scope}|${depth}`;
    const known = this.bindChains.get(memo);
    if (known) return known;
    const out: Call[] = [];
    let visible = this.assignmentsTo(key).filter(a => a.value.k === 'call'
      && (cls >= 0 ? this.m.scopes[a.scope].classId === cls : a.scope === scope || a.scope === 0 || this.isAncestor(a.scope, scope)));
    // a logger is bound once or twice; a name rebound hundreds of times (generated code) keeps the bindings nearest
    // before this use, so the cost stays linear
    const many = visible.length > MAX_BINDINGS;
    if (many) visible = visible.filter(a => before(a.r.start, e.r.start)).slice(-MAX_BINDINGS);
    else this.bindChains.set(memo, out);
    for (const a of visible) out.push(...this.bindChain(a.value, a.scope, depth + 1));
    return out;
  }

  private readonly bindChains = new Map<string, Call[]>();

  /** Assignments to an access path anywhere in the file, indexed once. */
  private assignmentsTo(key: string): Assignment[] {
    if (!this.byTarget) {
      this.byTarget = new Map();
      for (const a of this.m.assignments) for (const t of a.targets) push(this.byTarget, targetKey(t.root, t.path), a);
    }
    return this.byTarget.get(key) ?? [];
  }
  private byTarget?: Map<string, Assignment[]>;

  private isAncestor(outer: number, inner: number): boolean {
    for (let s = this.m.scopes[inner].parent; s >= 0; s = this.m.scopes[s].parent) if (s === outer) return true;
    return false;
  }

  /** The fields a bind/child call adds to every record made through it (shared by all those records). */
  private boundFields(c: Call): Set<string> {
    let f = this.boundFieldsCache.get(c.id);
    if (!f) this.boundFieldsCache.set(c.id, (f = this.fieldsOf(c, { match: '' })));
    return f;
  }
  private readonly boundFieldsCache = new Map<number, Set<string>>();

  private fieldsOf(c: Call, row: SinkRow): Set<string> {
    const fields = new Set<string>();
    const visit = (e: Expr): void => {
      switch (e.k) {
        case 'dict': for (const en of e.entries) { if (en.key) fields.add(normaliseField(en.key)); visit(en.value); } break;
        case 'str': for (const m of e.value.matchAll(/([A-Za-z_][\w.-]*)\s*[=:]/g)) fields.add(normaliseField(m[1])); for (const p of e.parts ?? []) visit(p); break;
        case 'name': fields.add(normaliseField(e.name)); break;
        case 'attr': fields.add(normaliseField(e.attr)); break;
        case 'other': for (const p of e.parts) visit(p); break;
        case 'call': { const inner = this.m.calls[e.call]; for (const a of inner.args) { if (a.name) fields.add(normaliseField(a.name)); visit(a.value); } break; }
        default: break;
      }
    };
    c.args.forEach((a, i) => {
      if (a.name) fields.add(normaliseField(a.name));
      if (row.keyArg === i && a.value.k === 'str') fields.add(normaliseField(a.value.value));
      visit(a.value);
    });
    return fields;
  }

  /** The set of scopes whose statements share names with `scope`: its top function and every closure inside it. */
  domain(scope: number): number[] {
    const cached = this.domainCache.get(scope);
    if (cached) return cached;
    const computed = this.computeDomain(scope);
    this.domainCache.set(scope, computed);
    return computed;
  }
  private readonly domainCache = new Map<number, number[]>();

  private computeDomain(scope: number): number[] {
    let top = scope;
    const scopes = this.m.scopes;
    while (scopes[top].parent >= 0 && scopes[scopes[top].parent].kind === 'function') top = scopes[top].parent;
    const out: number[] = [];
    const stack = [top];
    while (stack.length) {
      const s = stack.pop()!;
      out.push(s);
      for (const child of this.children.get(s) ?? []) {
        const k = scopes[child];
        if (k.kind === 'class') continue;
        // At module level only anonymous callbacks belong to the module's flow; named functions have their own.
        if (scopes[s].kind === 'module' && !k.name.startsWith('<')) continue;
        stack.push(child);
      }
    }
    return out;
  }

  /** The statements of a domain, indexed once: propagation runs many times per domain (per point and facet). */
  domainParts(dom: number[]): DomainParts {
    let parts = this.partsCache.get(dom[0]);
    if (!parts) {
      if (!this.assignmentsByScope) {
        // by scope, in source order: a domain's parts are then gathered without scanning the whole file per domain
        this.assignmentsByScope = new Map(); this.returnsByScope = new Map();
        this.m.assignments.forEach((a, i) => push(this.assignmentsByScope!, a.scope, i));
        this.m.returns.forEach((r, i) => push(this.returnsByScope!, r.scope, i));
      }
      const gather = <T>(by: Map<number, number[]>, all: T[]) => (dom.length === 1 ? by.get(dom[0]) ?? [] : dom.flatMap(s => by.get(s) ?? []).sort((a, b) => a - b)).map(i => all[i]);
      parts = {
        inDom: new Set(dom),
        assignments: gather(this.assignmentsByScope, this.m.assignments),
        calls: dom.flatMap(s => this.callsIn(s)),
        returns: gather(this.returnsByScope!, this.m.returns),
      };
      this.partsCache.set(dom[0], parts);
    }
    return parts;
  }
  private assignmentsByScope?: Map<number, number[]>;
  private returnsByScope?: Map<number, number[]>;
  private readonly partsCache = new Map<number, DomainParts>();

  /** Roots of the domains that contain at least one sink call. */
  domainsWithSinks(): number[] {
    this.sinkDomains ??= [...new Set(this.sinks.map(s => this.domain(s.call.scope)[0]))];
    return this.sinkDomains;
  }
  private sinkDomains?: number[];

  /**
   * Could a value under one of `keys` be mentioned in the domain of `scope`? A cheap pre-check (exact keys and
   * their prefixes, indexed once per domain) that lets callers skip propagating through unrelated functions.
   */
  mayMention(scope: number, keys: Iterable<string>): boolean {
    const dom = this.domain(scope);
    let index = this.keysCache.get(dom[0]);
    if (!index) {
      index = { exact: new Set(), prefixes: new Set() };
      const parts = this.domainParts(dom);
      const add = (k: string) => {
        index!.exact.add(k);
        for (let i = k.indexOf('.'); i > 0; i = k.indexOf('.', i + 1)) index!.prefixes.add(k.slice(0, i));
        index!.prefixes.add(k);
      };
      for (const a of parts.assignments) this.mentions(a.value).keys.forEach(add);
      for (const c of parts.calls) for (const a of c.args) this.mentions(a.value).keys.forEach(add);
      this.keysCache.set(dom[0], index);
    }
    for (const k of keys) {
      if (index.prefixes.has(k)) return true; // k itself or something under it is mentioned
      for (let i = k.lastIndexOf('.'); i > 0; i = k.lastIndexOf('.', i - 1)) if (index.exact.has(k.slice(0, i))) return true; // a container of k
    }
    return false;
  }
  private readonly keysCache = new Map<number, { exact: Set<string>; prefixes: Set<string> }>();

  /** A name that can hold data: not an import, unless it imports a request proxy. */
  private isData(name: string): boolean {
    const imported = this.r.imports.get(name);
    return imported === undefined || this.r.t.requestImports.includes(imported);
  }

  mentions(e: Expr, block?: Set<number>): Mentions {
    let cache = this.mentionCache;
    if (block) {
      cache = this.blockedMentionCache.get(block) ?? new Map();
      this.blockedMentionCache.set(block, cache);
    }
    const cached = cache.get(e);
    if (cached) return cached;
    const out: Mentions = { keys: [], calls: [] };
    const visit = (x: Expr): void => {
      switch (x.k) {
        // Imported modules and classes are never data: `json.loads(x)` carries x, not `json`. A request proxy
        // (`from flask import request`) is: `request.json["messages"]` is the caller's input.
        case 'name': if (this.isData(x.name)) out.keys.push(x.name); break;
        case 'attr': { const k = accessKey(x); if (k) { if (this.isData(k.split('.')[0])) out.keys.push(k); } else visit(x.obj); break; }
        case 'call': {
          out.calls.push(x.call);
          if (block?.has(x.call) || this.isOpaque(this.m.calls[x.call])) break;
          const c = this.m.calls[x.call];
          if (c.callee.k === 'attr') visit(c.callee.obj);
          for (const a of c.args) visit(a.value);
          break;
        }
        case 'index': visit(x.obj); visit(x.index); break;
        case 'str': for (const p of x.parts ?? []) visit(p); break;
        case 'dict': for (const en of x.entries) visit(en.value); break;
        case 'other': for (const p of x.parts) visit(p); break;
        default: break;
      }
    };
    visit(e);
    cache.set(e, out);
    return out;
  }

  /**
   * Propagates seeds through the domain of `scope` (and, within `depth`, callers and callees in the file). A top-level propagation is memoised: many points of one
   * function ask the same question (its request ids, its clocks), and the answer depends only on the seeds and
   * options. Callers treat the result as read-only.
   */
  propagate(scope: number, seeds: Seeds, opts: FlowOptions = {}, visited?: Set<string>): FlowResult {
    if (visited) return this.propagateFrom(scope, seeds, opts, visited);
    const key = `${this.domain(scope)[0]}|${seeds.keys.join(',')}|${seeds.calls.join(',')}|${opts.depth ?? 2}|${opts.containers !== false}|${opts.fromCall ? 1 : 0}`
      + `|${opts.after ? `${opts.after.line}:${opts.after.col}` : ''}|${opts.block ? this.blockId(opts.block) : ''}`;
    let result = this.propagated.get(key);
    if (!result) this.propagated.set(key, (result = this.propagateFrom(scope, seeds, opts, new Set())));
    return result;
  }
  private readonly propagated = new Map<string, FlowResult>();
  /** Statements woken in this file so far, and how many propagations the caps cut short. */
  private wakes = 0;
  cutShort = 0;
  private blockId(block: Set<number>): number {
    let id = this.blockIds.get(block);
    if (id === undefined) this.blockIds.set(block, (id = this.blockIds.size + 1));
    return id;
  }
  private readonly blockIds = new Map<Set<number>, number>();

  private propagateFrom(scope: number, seeds: Seeds, opts: FlowOptions, visited: Set<string>): FlowResult {
    const depth = opts.depth ?? 2;
    const dom = this.domain(scope);
    const visitKey = `${dom[0]}|${seeds.keys.join(',')}|${seeds.calls.join(',')}`;
    const result: FlowResult = { keys: new Set(seeds.keys), calls: new Set(seeds.calls), hits: [], returned: false };
    if (visited.has(visitKey)) return result;
    visited.add(visitKey);
    const { inDom } = this.domainParts(dom);
    const block = opts.block;
    const index = this.triggerIndex(dom, block);
    const hit = (mn: Mentions): boolean => mn.calls.some(c => result.calls.has(c)) || mn.keys.some(k => keyHit(k, result.keys, false));
    // A record of a whole object (`log(self.state)`) records the tainted fields inside it.
    const sinkHit = (mn: Mentions): boolean => mn.calls.some(c => result.calls.has(c)) || mn.keys.some(k => keyHit(k, result.keys, opts.containers !== false));

    // Worklist to the fixed point: a new key or call wakes only the statements that mention it (the index), so a
    // propagation costs what it reaches, not rounds × the domain's size (which made big modules quadratic).
    const keyQueue = [...result.keys], callQueue = [...result.calls];
    const fired = new Set<Trigger>();
    const argHitCalls = new Set<Call>();
    const woken = new Set<Sink>();
    const containers = opts.containers !== false;
    const addKey = (k: string) => { if (!result.keys.has(k)) { result.keys.add(k); keyQueue.push(k); } };
    const addCall = (c: number) => { if (!result.calls.has(c)) { result.calls.add(c); callQueue.push(c); } };
    const fire = (t: Trigger) => {
      if (t.role === 'arg') argHitCalls.add(t.call);
      if (t.role === 'sink') { woken.add(t.sink); return; }
      if (fired.has(t)) return;
      fired.add(t);
      switch (t.role) {
        case 'assign': for (const target of t.a.targets) addKey(targetKey(target.root, target.path)); break;
        case 'arg': case 'receiver': {
          const c = t.call;
          if (block?.has(c.id) || this.isOpaque(c)) break;
          addCall(c.id);
          // `out.append(pred)`: the container now carries the value.
          if (t.role === 'arg' && c.callee.k === 'attr' && this.r.t.mutators.includes(c.callee.attr)) {
            const key = accessKey(c.callee.obj);
            if (key) addKey(key);
          }
          break;
        }
        case 'return': {
          const owner = this.funcArgOwner.get(t.ret.scope);
          if (owner !== undefined) addCall(owner);
          if (t.ret.scope === dom[0]) result.returned = true;
          break;
        }
      }
    };
    let wakes = 0;
    while (keyQueue.length || callQueue.length) {
      // Bounded cost: real functions wake at most about a hundred statements per propagation; a generated module
      // with thousands of points and shared names can wake most of itself for every point. Past the caps the flow
      // stops there, and the file says so (`cutShort`).
      if (wakes > WAKES_PER_FLOW || this.wakes > WAKES_PER_FILE) { this.cutShort++; break; }
      // a key wakes what mentions it or a path under it (`pred` wakes `pred.tolist`)
      if (keyQueue.length) {
        const k = keyQueue.pop()!;
        const woke = index.byKey.get(k) ?? [];
        wakes += woke.length; this.wakes += woke.length;
        for (const t of woke) fire(t);
        // a record of a container (`log(self.state)`) records the key inside it
        if (containers) for (let i = k.lastIndexOf('.'); i > 0; i = k.lastIndexOf('.', i - 1)) {
          const container = k.slice(0, i);
          if (container !== 'self' && container !== 'this' && container !== 'cls') for (const sink of index.sinksByMention.get(container) ?? []) woken.add(sink);
        }
        continue;
      }
      const woke = index.byCall.get(callQueue.pop()!) ?? [];
      wakes += woke.length; this.wakes += woke.length;
      for (const t of woke) fire(t);
    }

    for (const sink of index.sinks) {
      if (!woken.has(sink)) continue;
      if (opts.after && !before(opts.after, sink.call.r.end)) continue;
      if ([sink.call, ...sink.bound].some(x => recordedArgsOf(sink, x).some(a => sinkHit(this.mentions(a.value, block))))) result.hits.push(sink);
    }

    if (depth > 0) {
      // Into same-file functions that receive the value as an argument (in source order, as the hits are).
      for (const c of [...argHitCalls].sort((a, b) => index.order.get(a.id)! - index.order.get(b.id)!)) {
        const callee = this.r.expr(c.callee, c.scope);
        if (callee.k !== 'fn' || inDom.has(callee.scope)) continue;
        const fn = this.m.scopes[callee.scope];
        const offset = fn.classId >= 0 && c.callee.k === 'attr' ? 1 : 0;
        const keys: string[] = [];
        c.args.forEach((a, i) => {
          if (!hit(this.mentions(a.value, block))) return;
          const p = a.name ? fn.params.find(x => x.name === a.name) : fn.params[i + offset];
          if (p) keys.push(p.name);
        });
        if (!keys.length) continue;
        const inner = this.propagateFrom(callee.scope, { keys, calls: [] }, { block, depth: depth - 1, fromCall: true }, visited);
        result.hits.push(...inner.hits);
        if (inner.returned) result.calls.add(c.id);
      }
      // Back to same-file callers when the value is returned.
      if (result.returned && !opts.fromCall && this.m.scopes[dom[0]].kind === 'function') {
        for (const site of this.callSitesOf(dom[0])) {
          if (inDom.has(site.scope)) continue;
          const outer = this.propagateFrom(site.scope, { keys: [], calls: [site.id] }, { block, depth: depth - 1, after: site.r.start }, visited);
          result.hits.push(...outer.hits);
        }
      }
    }
    return result;
  }

  /**
   * A domain's statements indexed by what wakes them: each key they mention and every dotted prefix of it, and each
   * call they mention. Built once per domain and set of blocked calls (mentions depend on the block).
   */
  private triggerIndex(dom: number[], block: Set<number> | undefined): TriggerIndex {
    let byBlock = this.triggerCache.get(dom[0]);
    if (!byBlock) this.triggerCache.set(dom[0], (byBlock = new Map()));
    const cached = byBlock.get(block);
    if (cached) return cached;
    const { assignments, calls, returns } = this.domainParts(dom);
    const index: TriggerIndex = { byKey: new Map(), byCall: new Map(), sinks: [], sinksByMention: new Map(), order: new Map() };
    const add = (mn: Mentions, t: Trigger) => {
      for (const c of mn.calls) push(index.byCall, c, t);
      for (const k of mn.keys) {
        push(index.byKey, k, t);
        for (let i = k.lastIndexOf('.'); i > 0; i = k.lastIndexOf('.', i - 1)) push(index.byKey, k.slice(0, i), t);
      }
    };
    for (const a of assignments) if (a.kind !== 'import') add(this.mentions(a.value, block), { role: 'assign', a });
    calls.forEach((c, i) => {
      index.order.set(c.id, i);
      const sink = this.sinkByCall.get(c.id);
      if (sink) {
        index.sinks.push(sink);
        const t: Trigger = { role: 'sink', sink };
        for (const x of [c, ...sink.bound]) for (const a of x.args) {
          const mn = this.mentions(a.value, block);
          add(mn, t);
          for (const k of mn.keys) push(index.sinksByMention, k, sink);
        }
      }
      if (c.callee.k === 'attr') add(this.mentions(c.callee.obj, block), { role: 'receiver', call: c });
      const arg: Trigger = { role: 'arg', call: c };
      for (const a of c.args) add(this.mentions(a.value, block), arg);
    });
    for (const ret of returns) if (ret.value) add(this.mentions(ret.value, block), { role: 'return', ret });
    byBlock.set(block, index);
    return index;
  }
  private readonly triggerCache = new Map<number, Map<Set<number> | undefined, TriggerIndex>>();
}

/** What a tainted key or call can wake: an assignment's value, a call's receiver or arguments, a return, a record's arguments. */
type Trigger = { role: 'assign'; a: Assignment } | { role: 'arg' | 'receiver'; call: Call } | { role: 'return'; ret: Return } | { role: 'sink'; sink: Sink };
interface TriggerIndex {
  byKey: Map<string, Trigger[]>; byCall: Map<number, Trigger[]>;
  /** The domain's sinks in source order, and by each key their arguments mention exactly (for container records). */
  sinks: Sink[]; sinksByMention: Map<string, Sink[]>;
  order: Map<number, number>;
}

/** Does a mentioned access path carry a tainted key? `pred.tolist` carries `pred`; `self.cache` carries `self.cache.pred`. */
export function keyHit(mention: string, keys: Set<string>, containers: boolean): boolean {
  if (keys.has(mention)) return true;
  for (let i = mention.lastIndexOf('.'); i > 0; i = mention.lastIndexOf('.', i - 1)) if (keys.has(mention.slice(0, i))) return true;
  if (!containers || mention === 'self' || mention === 'this' || mention === 'cls') return false;
  for (const k of keys) if (k.startsWith(mention + '.')) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
