/**
 * Facet coverage of one inference point, each verdict with the evidence that decided it.
 */
import type { Assignment, Call, Expr, FileModel, Pos, Range, Region } from './model';
import { before, contains, namedArg } from './model';
import { Flow, Sink, keyHit, normaliseField } from './flow';
import { Resolver, symbolString, accessKey } from './resolve';
import type { Sym } from './resolve';
import type { InferencePoint, ModelLoad } from './detect';
import { matchesAny, matchingRows } from './knowledge';
import type { RecordedIn } from './workspace';
import type { InstrumentationAt } from './instrumentation';
import type { DomainParts } from './flow';

export interface Evidence {
  line: number; text: string;
  /** The call here is a project module's recorder: where that module records the value (another file). */
  recordedIn?: RecordedIn;
}
/** What a flow reached: the keys and calls that carry the followed value. */
type Flowed = { keys: Set<string>; calls: Set<number> };

export interface FacetVerdict { covered: boolean; evidence?: Evidence; note?: string; waived?: string }

export interface ErrorHandling {
  /** An except/catch around the call that neither records nor re-raises. */
  swallowedAt?: Range;
}

export interface PredictionIdState {
  logged: boolean; joinable: boolean; evidence?: Evidence;
  /** The id recorded is one a middleware gave the request (`req.id`): the middleware, for the evidence's note. */
  byMiddleware?: InstrumentationAt;
}

/** The reads of request ids in one function, by the middleware that made them. */
type RequestIdReads = { seeds: { keys: string[]; calls: number[] }; by: InstrumentationAt };

export class FacetAnalyzer {
  private readonly fieldSets: Map<string, Set<string>>;
  private readonly inferenceCalls: Set<number>;
  /** Inference and load calls: their results are models or predictions, never identity or input data. */
  private readonly modelCalls: Set<number>;

  constructor(readonly m: FileModel, readonly r: Resolver, readonly flow: Flow, readonly lines: string[], points: InferencePoint[]) {
    let sets = FIELD_SETS.get(r.t.fieldNames);
    if (!sets) FIELD_SETS.set(r.t.fieldNames, (sets = new Map(Object.entries(r.t.fieldNames).map(([facet, names]) => [facet, new Set(names.map(normaliseField))]))));
    this.fieldSets = sets;
    this.inferenceCalls = new Set(points.map(p => p.call.id));
    this.modelCalls = new Set([...this.inferenceCalls, ...points.flatMap(p => p.origins)]);
  }

  evidence(r: Range): Evidence { return { line: r.start.line, text: (this.lines[r.start.line] ?? '').trim().slice(0, 160) }; }

  /**
   * Evidence of a record: the line of the field that proves the facet (`"latency_ms": …` in a logger call spread over
   * ten lines, or the `bind(model_version=…)` the record carries), else the line of the argument that carries the
   * followed value, else the record's first line.
   */
  private sinkEvidence(s: Sink, facet?: string, flowed?: Flowed): Evidence {
    const here = this.evidence(this.provingPart(s, facet, flowed) ?? s.call.r);
    return s.recordedIn ? { ...here, recordedIn: s.recordedIn } : here;
  }

  private provingPart(s: Sink, facet?: string, flowed?: Flowed): Range | undefined {
    if (s.call.r.start.line === s.call.r.end.line && !s.bound.length) return undefined;
    const names = facet ? this.fieldSets.get(facet) : undefined;
    const byName = (e: Expr, key?: string): Range | undefined => {
      if (key !== undefined && names?.has(normaliseField(key))) return e.r;
      if (e.k === 'dict') for (const en of e.entries) { const r = byName(en.value, en.key ?? undefined); if (r) return r; }
      if (e.k === 'call') for (const a of this.m.calls[e.call].args) { const r = byName(a.value, a.name); if (r) return r; }
      return undefined;
    };
    const carries = (e: Expr) => {
      if (!flowed) return false;
      const mn = this.flow.mentions(e);
      return mn.calls.some(c => flowed.calls.has(c)) || mn.keys.some(k => keyHit(k, flowed.keys, true));
    };
    // A field named for another facet (`model: resp.model` beside `answer: resp.text`) proves that one: tried last.
    const claimed = (key?: string) => key !== undefined && [...this.fieldSets].some(([f, set]) => f !== facet && set.has(normaliseField(key))) || key === 'model';
    // the innermost entry or argument that carries the value
    const byValue = (e: Expr, strict: boolean): Range | undefined => {
      if (!carries(e)) return undefined;
      if (e.k === 'dict') for (const en of e.entries) { if (strict && claimed(en.key ?? undefined)) continue; const r = byValue(en.value, strict); if (r) return r; }
      if (e.k === 'call') for (const a of this.m.calls[e.call].args) { if (strict && claimed(a.name)) continue; const r = byValue(a.value, strict); if (r) return r; }
      // a container whose carrying part was skipped: left to the second pass, which takes that part
      return strict && (e.k === 'dict' || e.k === 'call') ? undefined : e.r;
    };
    const calls = [s.call, ...s.bound];
    for (const c of calls) for (const a of c.args) { const r = byName(a.value, a.name); if (r) return r; }
    for (const strict of [true, false]) for (const c of calls) for (const a of c.args) { const r = byValue(a.value, strict); if (r) return r; }
    return undefined;
  }

  /** A record of the point's function made through a logger of this type (`logger.structlog#`), if there is one. */
  recordThrough(p: InferencePoint, typePrefix: string): Sink | undefined {
    // `request.log`: a record made through the request's own logger (`req.log.info(…)`, `request.log.warn(…)`), whose
    // object is a parameter of a function around the call (the handler's request)
    if (typePrefix === 'request.log') return this.reachableSinks(p.call.scope).find(s => s.row.role !== 'context' && this.isRequestLogger(s.call, p.call.scope));
    return this.reachableSinks(p.call.scope).find(s => s.row.role !== 'context' && s.row.match.startsWith(typePrefix));
  }

  /**
   * A record of the point's function whose arguments read a context back with a call of this symbol
   * (`logger.info({ ...als.getStore(), answer })`): it carries what was bound to that context.
   */
  recordReading(p: InferencePoint, by: { symbol: string; store?: string }, mixinLoggers: string[] = []): Sink | undefined {
    // (on the store the fields were bound to: `tenantContext.getStore()` does not read what `requestContext.run` bound)
    const readsStore = (callee: Expr) => !by.store || (callee.k === 'attr' && (callee.obj.k === 'name' ? callee.obj.name : callee.obj.k === 'attr' ? callee.obj.attr : undefined) === by.store);
    const reads = (c: Call) => c.args.some(a => this.flow.mentions(a.value).calls.some(id => {
      const callee = this.m.calls[id].callee;
      return readsStore(callee) && symbolString(this.r.expr(callee, this.m.calls[id].scope)) === by.symbol;
    }));
    // (a logger whose mixin reads the store: `logger.info(…)` where `logger = pino({ mixin: () => als.getStore() })`)
    const throughMixin = (c: Call) => c.callee.k === 'attr' && c.callee.obj.k === 'name' && mixinLoggers.includes(c.callee.obj.name);
    return this.reachableSinks(p.call.scope).find(s => s.row.role !== 'context' && ([s.call, ...s.bound].some(reads) || throughMixin(s.call)));
  }

  /** `req.log.info(…)` through the request of the handler the point is in (not of a sibling handler in the same closure). */
  private isRequestLogger(c: Call, pointScope: number): boolean {
    if (c.callee.k !== 'attr' || c.callee.obj.k !== 'attr' || c.callee.obj.attr !== 'log' || c.callee.obj.obj.k !== 'name') return false;
    const name = c.callee.obj.obj.name;
    // (a handler's parameter: a Fastify plugin's `app.log` is the app's logger, not the request's)
    for (let s = c.scope; s >= 0; s = this.m.scopes[s].parent) if (this.m.scopes[s].params.some(x => x.name === name)) return this.inHandler(s) && this.encloses(s, pointScope);
    return false;
  }

  private encloses(outer: number, scope: number): boolean {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) if (s === outer) return true;
    return false;
  }

  /** Sinks of the call's flow domain; process-wide context (contextvars) counts when the domain records anything. */
  private reachableSinks(scope: number): Sink[] {
    const dom = new Set(this.flow.domain(scope));
    const local = this.flow.sinks.filter(s => dom.has(s.call.scope));
    if (!local.some(s => s.row.role !== 'context')) return local;
    return [...local, ...this.flow.sinks.filter(s => !dom.has(s.call.scope) && s.row.role === 'context' && /contextvars|threadlocal/.test(s.row.match))];
  }

  private fieldSink(facet: string, scope: number, after?: Pos): Sink | undefined {
    const names = this.fieldSets.get(facet);
    if (!names) return undefined;
    return this.reachableSinks(scope).find(s => (!after || before(after, s.call.r.end)) && [...s.fields].some(f => names.has(f)));
  }

  /** Keys of a value whose resolved type is a model, client or logger: never data seeds. */
  private isObjectKey(key: string, scope: number): boolean {
    const parts = key.split('.');
    let e: Expr = { k: 'name', name: parts[0], r: ZERO };
    for (const p of parts.slice(1)) e = { k: 'attr', obj: e, attr: p, r: ZERO };
    const s = this.r.expr(e, scope);
    return s.k === 'typed' && /^(model|client|logger|llm|runner|otel|prom|statsd|bls|predictor)\./.test(s.type) || parts[0] === 'self' && parts.length === 1;
  }

  outputs(p: InferencePoint): { verdict: FacetVerdict; keys: Set<string> } {
    const res = this.flow.propagate(p.call.scope, { keys: [], calls: [p.call.id] }, { after: p.call.r.start });
    if (res.hits.length) return { verdict: { covered: true, evidence: this.sinkEvidence(res.hits[0], 'outputs', res) }, keys: res.keys };
    // returned by a function whose decorator records its return value (`@traceable`)
    const rec = res.returned ? this.recordingDecorator(p.call, 'outputs') : undefined;
    if (rec && rec.scope === this.flow.domain(p.call.scope)[0]) {
      return { verdict: { covered: true, evidence: this.evidence(rec.at), note: 'recorded at function level: the decorator records what the function returns' }, keys: res.keys };
    }
    return { verdict: { covered: false }, keys: res.keys };
  }

  /** The innermost function around a call whose decorator (or callback wrapper) records its arguments or return value. */
  private recordingDecorator(call: Call, facet: 'inputs' | 'outputs'): { scope: number; at: Range } | undefined {
    const records = (e: Expr, scope: number) => {
      const target = e.k === 'call' ? this.m.calls[e.call].callee : e;
      const s = symbolString(this.r.expr(target, scope));
      return !!s && !!this.r.row(this.r.t.regions, s)?.records?.includes(facet);
    };
    for (let s = call.scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.kind !== 'function') continue;
      const d = sc.decorators.find(x => records(x, sc.parent));
      if (d) return { scope: s, at: d.r };
      const owner = this.flow.funcArgOwner.get(s);
      if (owner !== undefined && records({ k: 'call', call: owner, r: this.m.calls[owner].r }, this.m.calls[owner].scope)) return { scope: s, at: this.m.calls[owner].r };
    }
    return undefined;
  }

  inputs(p: InferencePoint): FacetVerdict {
    const exprs = inputExprs(p, this.r.t.configArgs);
    // `forecaster.forecast(steps=7)`: the only inputs are constants written in the call, so the code is their record
    if (exprs.length && exprs.every(isConstant)) return { covered: true, evidence: this.evidence(p.call.r) };
    const keys = new Set<string>();
    const calls = new Set<number>();
    const receiverKey = p.call.callee.k === 'attr' ? accessKey(p.call.callee.obj) : undefined;
    for (const e of exprs) {
      const mn = this.flow.mentions(e, this.inferenceCalls);
      mn.keys.forEach(k => keys.add(k));
      mn.calls.forEach(c => { if (c !== p.call.id) calls.add(c); });
    }
    // The values the input was computed from, in the same function, are inputs too (the request, the raw features).
    const domAssignments = this.flow.domainParts(this.flow.domain(p.call.scope)).assignments;
    for (let changed = true, round = 0; changed && round < 10; round++) {
      changed = false;
      for (const a of domAssignments) {
        if (!a.targets.some(t => keys.has(t.path.length ? `${t.root}.${t.path.join('.')}` : t.root))) continue;
        for (const k of this.flow.mentions(a.value, this.inferenceCalls).keys) if (!keys.has(k)) { keys.add(k); changed = true; }
      }
    }
    const seeds = [...keys].filter(k => k !== receiverKey && !this.isObjectKey(k, p.call.scope));
    if (!seeds.length && !calls.size) return { covered: false };
    const res = this.flow.propagate(p.call.scope, { keys: seeds, calls: [...calls] }, { block: this.inferenceCalls });
    if (res.hits.length) return { covered: true, evidence: this.sinkEvidence(res.hits[0], 'inputs', res) };
    // computed from the arguments of a function whose decorator records them (`@traceable def answer(question)`)
    const rec = this.recordingDecorator(p.call, 'inputs');
    const params = rec ? new Set(this.m.scopes[rec.scope].params.map(x => x.name)) : undefined;
    if (rec && seeds.some(k => params!.has(k.split('.')[0]))) {
      return { covered: true, evidence: this.evidence(rec.at), note: 'recorded at function level: the decorator records the function\'s arguments, from which the input is computed' };
    }
    return { covered: false };
  }

  modelVersion(p: InferencePoint, loads: ModelLoad[], outputKeys: Set<string>): FacetVerdict {
    const named = this.fieldSink('model-version', p.call.scope)
      // a name and a version side by side (`labels(model="churn", version="7")`) identify the model too
      ?? this.reachableSinks(p.call.scope).find(s => s.fields.has('model') && s.fields.has('version'));
    if (named) return { covered: true, evidence: this.sinkEvidence(named, 'model-version') };
    const keys = new Set<string>();
    const receiverKey = p.call.callee.k === 'attr' ? accessKey(p.call.callee.obj) : undefined;
    if (receiverKey) for (const a of this.r.t.identityAttributes) keys.add(`${receiverKey}.${a}`);
    if (p.row.kind === 'llm') for (const k of outputKeys) keys.add(`${k}.model`);
    const identityExprs: { e: Expr; scope: number }[] = [];
    for (const origin of p.origins) {
      const load = loads.find(l => l.call.id === origin);
      for (const e of load?.identity ?? []) identityExprs.push({ e, scope: this.m.calls[origin].scope });
    }
    if (p.row.kind === 'llm') {
      const m = namedArg(p.call, 'model');
      if (m) identityExprs.push({ e: m, scope: p.call.scope });
    }
    const here = this.flow.domain(p.call.scope)[0];
    for (const { e, scope } of identityExprs) {
      const seedKeys = this.flow.mentions(e).keys.filter(k => !this.isObjectKey(k, scope));
      if (!seedKeys.length) continue;
      // Follow the identity where it was loaded (`self.model_uri = uri`), keep what the inference's function can see.
      const spread = this.spreadOf(e, scope, seedKeys);
      const sameDomain = this.flow.domain(scope)[0] === here;
      for (const k of spread.keys) {
        if (this.isObjectKey(k, scope)) continue;
        const root = k.split('.')[0];
        if (sameDomain || root === 'self' || root === 'this' || this.r.bindings.get(0)?.has(root)) keys.add(k);
      }
    }
    if (!keys.size) return { covered: false };
    const res = this.flow.propagate(p.call.scope, { keys: [...keys], calls: [] }, { block: this.modelCalls, containers: false });
    return res.hits.length ? { covered: true, evidence: this.sinkEvidence(res.hits[0], 'model-version', res) } : { covered: false };
  }

  /** Where a model's identity spreads in the function that loads it (shared by every point using that model). */
  private spreadOf(e: Expr, scope: number, seedKeys: string[]) {
    let r = this.spreadCache.get(e);
    if (!r) this.spreadCache.set(e, (r = this.flow.propagate(scope, { keys: seedKeys, calls: [] }, { depth: 0, block: this.modelCalls })));
    return r;
  }
  private readonly spreadCache = new Map<Expr, ReturnType<Flow['propagate']>>();

  predictionId(p: InferencePoint): PredictionIdState {
    const ids = this.domainIds(p.call.scope);
    let named = this.fieldSink('prediction-id', p.call.scope);
    // `requestId: req.requestId` where a middleware set `req.requestId = "static"`: named like an id, the same for every request
    if (named && !ids.byMiddleware && this.namesOnlyConstantIds(named, p.call.scope)) named = undefined;
    const hit = named ?? ids.flowed?.hits[0];
    if (!hit) return { logged: false, joinable: false };
    const bound = named !== undefined && !ids.count; // a bound/context id the file takes from its caller or trace
    return { logged: true, joinable: ids.joinable || bound, evidence: this.sinkEvidence(hit, 'prediction-id', named ? undefined : ids.flowed), ...(ids.byMiddleware ? { byMiddleware: ids.byMiddleware } : {}) };
  }

  /**
   * Request ids the project's middleware gives each request (`req.id = randomUUID()` in an `app.use` hook, express-request-id),
   * and which scopes are request handlers': a handler reading one (`req.id`, `request.state.request_id`) reads the request's id.
   */
  useRequestScope(ids: InstrumentationAt[], inHandler: (scope: number) => boolean): void {
    this.requestIdSources = ids.filter(i => i.requestId);
    this.constantRequestIds = ids.filter(i => i.constantRequestId);
    this.inHandler = inHandler;
  }
  private requestIdSources: InstrumentationAt[] = [];
  private constantRequestIds: InstrumentationAt[] = [];

  /** Whether every id-named field of a record is a value a middleware set to a constant (or named after one). */
  private namesOnlyConstantIds(s: Sink, scope: number): boolean {
    if (!this.constantRequestIds.length) return false;
    const reads = this.requestIdReads(this.flow.domainParts(this.flow.domain(scope)), scope, this.constantRequestIds, i => i.constantRequestId!);
    const constKeys = new Set(reads.flatMap(x => x.seeds.keys));
    if (!constKeys.size) return false;
    const idNames = this.fieldSets.get('prediction-id')!;
    const isIdName = (n: string | null | undefined) => !!n && idNames.has(normaliseField(n));
    let otherId = false;
    const visit = (e: Expr, key?: string | null): void => {
      if (e.k === 'dict') { for (const en of e.entries) visit(en.value, en.key); return; }
      if (e.k === 'call') { for (const a of this.m.calls[e.call].args) visit(a.value, a.name); return; }
      if (this.flow.mentions(e).keys.some(k => constKeys.has(k))) return;   // the constant, under whatever key
      if (isIdName(key) || (e.k === 'name' && isIdName(e.name)) || (e.k === 'attr' && isIdName(e.attr))) otherId = true;
    };
    for (const c of [s.call, ...s.bound]) for (const a of c.args) visit(a.value, a.name);
    return !otherId;
  }
  private inHandler: (scope: number) => boolean = () => false;

  /** Where a handler's function reads an id a middleware stored on the request, per middleware. */
  private requestIdReads(parts: DomainParts, scope: number, sources = this.requestIdSources,
    placesOf: (i: InstrumentationAt) => { readAs: string[]; globals: string[] } = i => i.requestId!): RequestIdReads[] {
    if (!sources.length || !this.inHandler(scope)) return [];
    // the parameters of the handler and of the functions around the call (a callback inside the handler)
    const params = new Set<string>();
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) for (const x of this.m.scopes[s].params) params.add(x.name);
    for (const s of parts.inDom) for (const x of this.m.scopes[s].params) params.add(x.name);
    const out: RequestIdReads[] = [];
    for (const by of sources) {
      const keys: string[] = [], calls: number[] = [];
      for (const path of placesOf(by).readAs) {
        const getKey = path.startsWith('get:') ? path.slice(4) : undefined;
        if (getKey === undefined) { for (const x of params) keys.push(`${x}.${path}`); continue; }
        // `c.get("requestId")` on the handler's context
        for (const c of parts.calls) {
          if (c.callee.k === 'attr' && c.callee.attr === 'get' && c.callee.obj.k === 'name' && params.has(c.callee.obj.name)
            && c.args[0]?.value.k === 'str' && c.args[0].value.value === getKey) calls.push(c.id);
        }
      }
      // a request-scoped global as the file imports it (`from flask import g` → `g.request_id`)
      for (const g of placesOf(by).globals) for (const i of this.m.imports) if (g.startsWith(i.path + '.')) keys.push(i.local + g.slice(i.path.length));
      if (keys.length || calls.length) out.push({ seeds: { keys, calls }, by });
    }
    return out;
  }

  /**
   * The request ids of a function and where they go: made or received there, recorded, and leaving with the response.
   * The same for every point of the function, so computed once per function (a module of many points asked it per point).
   */
  private domainIds(scope: number): DomainIds {
    const dom = this.flow.domain(scope);
    const cached = this.idsByDomain.get(dom[0]);
    if (cached) return cached;
    const parts = this.flow.domainParts(dom);
    const ids = new Set<string>();
    let propagated = false;
    for (const a of parts.assignments) {
      const source = this.idSource(a.value, a.scope);
      if (source === undefined) continue;
      propagated ||= source;
      for (const t of a.targets) ids.add(t.path.length ? `${t.root}.${t.path.join('.')}` : t.root);
    }
    const idNames = this.fieldSets.get('prediction-id')!;
    for (const s of parts.inDom) for (const param of this.m.scopes[s].params) if (idNames.has(normaliseField(param.name))) { ids.add(param.name); propagated = true; }
    let flowed = ids.size ? this.flow.propagate(scope, { keys: [...ids], calls: [] }, {}) : undefined;
    // an id a middleware gave the request, read by the handler (`req.id`): recorded if it reaches a sink; joinable when the
    // middleware sends it back (express-request-id's `X-Request-Id`) or the handler does
    let byMiddleware: InstrumentationAt | undefined;
    if (!flowed?.hits.length) for (const read of this.requestIdReads(parts, scope)) {
      const res = this.flow.propagate(scope, read.seeds, {});
      if (!res.hits.length) continue;
      flowed = res; byMiddleware = read.by; propagated ||= read.by.requestId!.echoed;
      break;
    }
    // The id must leave the service with the response (returned, or written into response headers) or come from the caller.
    const headerWrite = flowed ? parts.assignments.some(a => a.targets.some(t => /headers/i.test(t.root + t.path.join('.')))
      && this.flow.mentions(a.value).keys.some(k => flowed.keys.has(k))) : false;
    const sent = flowed ? parts.calls.some(c => this.isResponseWriter(c) && c.args.some(a => this.flow.mentions(a.value).keys.some(k => flowed.keys.has(k)))) : false;
    const result: DomainIds = {
      count: ids.size + (byMiddleware ? 1 : 0), flowed, joinable: propagated || !!flowed?.returned || headerWrite || sent || this.returnsField(parts.returns, idNames),
      ...(byMiddleware ? { byMiddleware } : {}),
    };
    this.idsByDomain.set(dom[0], result);
    return result;
  }
  private readonly idsByDomain = new Map<number, DomainIds>();

  private isResponseWriter(c: Call): boolean {
    const name = c.callee.k === 'attr' ? c.callee.attr : c.callee.k === 'name' ? c.callee.name : undefined;
    return !!name && this.r.t.responseWriters.includes(name);
  }

  /** Is a return value in the domain a dict with an id-named key (`return {"request_id": rid, …}`)? */
  private returnsField(returns: FileModel['returns'], names: Set<string>): boolean {
    const has = (e: Expr): boolean => e.k === 'dict' ? e.entries.some(en => en.key !== null && names.has(normaliseField(en.key)) || has(en.value))
      : e.k === 'call' ? this.m.calls[e.call].args.some(a => a.name && names.has(normaliseField(a.name)) || has(a.value)) : e.k === 'other' ? e.parts.some(has) : false;
    return returns.some(r => r.value && has(r.value));
  }

  /** undefined: not an id source; true: an id propagated from the caller or the trace; false: generated here. */
  private idSource(e: Expr, scope: number): boolean | undefined { return idSourceOf(this.m, this.r, e, scope); }

  latency(p: InferencePoint): FacetVerdict {
    const region = this.coveringRegion(p.call, 'latency');
    if (region) return { covered: true, evidence: region };
    const clocks: string[] = [];
    for (const a of this.clockReads(p.call.scope)) {
      if (!before(a.r.end, p.call.r.start)) continue;
      for (const t of a.targets) clocks.push(t.root);
    }
    if (clocks.length) {
      const res = this.flow.propagate(p.call.scope, { keys: clocks, calls: [] }, { after: p.call.r.end, depth: 1 });
      if (res.hits.length) return { covered: true, evidence: this.sinkEvidence(res.hits[0], 'latency', res) };
    }
    const stop = this.reachableSinks(p.call.scope).find(s => s.row.role === 'timer-stop' && before(p.call.r.end, s.call.r.start) && this.startedBefore(s.call, p.call));
    if (stop) return { covered: true, evidence: this.sinkEvidence(stop) };
    const named = this.fieldSink('latency', p.call.scope, p.call.r.start);
    if (named) return { covered: true, evidence: this.sinkEvidence(named, 'latency') };
    return { covered: false };
  }

  /** Assignments of a clock reading (`start = time.perf_counter()`) in the function of `scope`, found once per function. */
  private clockReads(scope: number): Assignment[] {
    const dom = this.flow.domain(scope)[0];
    let reads = this.clockReadsByDomain.get(dom);
    if (!reads) {
      reads = this.flow.domainParts(this.flow.domain(scope)).assignments.filter(a => this.flow.mentions(a.value).calls.some(c => this.isClock(this.m.calls[c])));
      this.clockReadsByDomain.set(dom, reads);
    }
    return reads;
  }
  private readonly clockReadsByDomain = new Map<number, Assignment[]>();

  private isClock(c: Call): boolean {
    const s = symbolString(this.r.expr(c.callee, c.scope));
    return !!s && matchesAny(this.r.t.clocks, s);
  }

  /** For `end()` of `const end = hist.startTimer()`: was the timer started before the call? */
  private startedBefore(stopCall: Call, call: Call): boolean {
    const key = stopCall.callee.k === 'attr' ? accessKey(stopCall.callee.obj) : accessKey(stopCall.callee);
    if (!key) return false;
    return this.flow.domainParts(this.flow.domain(stopCall.scope)).assignments.some(a => a.targets.some(t => t.root === key) && before(a.r.end, call.r.start));
  }

  /** A with-region, decorator or callback region (span, timer) that covers the facet, here or around a same-file caller. */
  coveringRegion(call: Call, facet: 'latency' | 'errors', depth = 2): Evidence | undefined {
    for (const reg of this.m.regions) {
      if (reg.kind !== 'with' || !contains(reg.body, call.r)) continue;
      for (const item of reg.items) if (this.regionCovers(item.value, reg.scope, facet)) return this.evidence(reg.r);
    }
    for (let s = call.scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      for (const d of sc.decorators) if (this.regionCovers(d, sc.parent, facet)) return this.evidence(d.r);
      const owner = this.flow.funcArgOwner.get(s);
      if (owner !== undefined && this.regionCovers({ k: 'call', call: owner, r: this.m.calls[owner].r }, this.m.calls[owner].scope, facet)) return this.evidence(this.m.calls[owner].r);
    }
    if (depth > 0) {
      const top = this.flow.domain(call.scope)[0];
      if (this.m.scopes[top].kind === 'function') for (const site of this.flow.callSitesOf(top)) {
        const ev = this.coveringRegion(site, facet, depth - 1);
        if (ev) return ev;
      }
    }
    return undefined;
  }

  private regionCovers(e: Expr, scope: number, facet: 'latency' | 'errors'): boolean {
    const target = e.k === 'call' ? this.m.calls[e.call].callee : e;
    const s = symbolString(this.r.expr(target, scope));
    const row = s ? this.r.row(this.r.t.regions, s) : undefined;
    return !!row?.covers.includes(facet);
  }

  errors(p: InferencePoint, depth = 2, call: Call = p.call): { verdict: FacetVerdict; handling: ErrorHandling } {
    const dom = new Set(this.flow.domain(call.scope));
    const tries = this.m.regions.filter(reg => reg.kind === 'try' && dom.has(reg.scope) && contains(reg.body, call.r))
      .sort((a, b) => (before(a.body.start, b.body.start) ? 1 : -1)); // innermost first
    for (const t of tries) {
      const recorded = this.recordingHandler(t, dom);
      if (recorded) return { verdict: { covered: true, evidence: recorded }, handling: {} };
      const swallow = t.handlers.find(h => !this.m.raises.some(x => contains(h.body, x.r)));
      if (swallow) return { verdict: { covered: false, note: 'the exception is swallowed' }, handling: { swallowedAt: swallow.r } };
    }
    const region = this.coveringRegion(call, 'errors', 0);
    if (region) return { verdict: { covered: true, evidence: region }, handling: {} };
    const top = this.flow.domain(call.scope)[0];
    if (depth > 0 && this.m.scopes[top].kind === 'function') {
      for (const site of this.flow.callSitesOf(top)) {
        const outer = this.errors(p, depth - 1, site);
        if (outer.verdict.covered) return { verdict: outer.verdict, handling: {} };
      }
    }
    return { verdict: { covered: false }, handling: {} };
  }

  private recordingHandler(t: Region, dom: Set<number>): Evidence | undefined {
    for (const h of t.handlers) {
      const sink = this.flow.sinks.find(s => dom.has(s.call.scope) && contains(h.body, s.call.r));
      if (sink) return this.sinkEvidence(sink, 'errors');
      // a same-file helper that records (`handle_error(e)`)
      for (const c of this.m.calls) {
        if (!contains(h.body, c.r)) continue;
        const callee = this.r.expr(c.callee, c.scope);
        if (callee.k === 'fn' && this.flow.sinks.some(s => this.flow.domain(callee.scope).includes(s.call.scope))) return this.evidence(c.r);
      }
    }
    return undefined;
  }

  inputValidation(p: InferencePoint): FacetVerdict {
    const dom = this.flow.domain(p.call.scope);
    for (const c of this.validatorCalls(dom)) if (before(c.r.end, p.call.r.start)) return { covered: true, evidence: this.evidence(c.r) };
    const top = this.m.scopes[dom[0]];
    for (const param of top.params) if (param.annotation && this.isValidatorClass(param.annotation, top.parent)) return { covered: true, evidence: this.evidence(param.annotation.r) };
    return { covered: false };
  }

  /** The validating calls of a function (schema validators, `Model.model_validate`), found once per function. */
  private validatorCalls(dom: number[]): Call[] {
    let found = this.validatorsByDomain.get(dom[0]);
    if (found) return found;
    found = [];
    for (const s of dom) for (const c of this.flow.callsIn(s)) {
      const name = symbolString(this.r.expr(c.callee, c.scope));
      if (name && matchesAny(this.r.t.validators, name) || /(^|\.)(model_validate|parse_obj|validate)$/.test(name ?? '')
        || c.callee.k === 'attr' && ['model_validate', 'parse_obj', 'model_validate_json', 'safeParse', 'parse'].includes(c.callee.attr) && this.isValidatorClass(c.callee.obj, c.scope)) found.push(c);
    }
    this.validatorsByDomain.set(dom[0], found);
    return found;
  }
  private readonly validatorsByDomain = new Map<number, Call[]>();

  private isValidatorClass(e: Expr, scope: number, seen = new Set<number>()): boolean {
    return this.isValidatorSym(this.r.expr(e, scope), seen);
  }
  private isValidatorSym(s: Sym, seen: Set<number>): boolean {
    if (s.k === 'path') return matchesAny(this.r.t.validators, s.path);
    if (s.k !== 'class' || seen.has(s.scope)) return false;
    seen.add(s.scope);
    return this.m.scopes[s.scope].bases.some(b => this.isValidatorSym(this.r.classBase(s.scope, b), seen));
  }

  decision(p: InferencePoint): FacetVerdict {
    const s = this.fieldSink('decision', p.call.scope, p.call.r.start);
    return s ? { covered: true, evidence: this.sinkEvidence(s, 'decision') } : { covered: false };
  }

  /**
   * The first sink, in a function of the file, that records one of `keys` (attributes of self, module names).
   * Memoised by the keys: loads that store their identity under the same names (many loads of one module
   * global, a generated file) share the search, which would otherwise cost loads × functions.
   */
  private recordedElsewhere(keys: string[]): Sink | undefined {
    const memo = [...new Set(keys)].sort().join('\n');
    if (this.recordedElsewhereMemo.has(memo)) return this.recordedElsewhereMemo.get(memo);
    let found: Sink | undefined;
    for (const root of this.flow.domainsWithSinks()) {
      // only functions that record something and mention one of the keys can record it
      if (this.m.scopes[root].kind !== 'function' || !this.flow.mayMention(root, keys)) continue;
      const r = this.flow.propagate(root, { keys, calls: [] }, { depth: 0, block: this.modelCalls });
      if (r.hits.length) { found = r.hits[0]; break; }
    }
    this.recordedElsewhereMemo.set(memo, found);
    return found;
  }
  private readonly recordedElsewhereMemo = new Map<string, Sink | undefined>();

  /** Is anything naming the load's model recorded anywhere in the file (at load time or with predictions)? */
  /** The simple statement holding a range (statements do not nest; the one starting last at or before it). */
  private statementAt(r: Range): FileModel['statements'][number] | undefined {
    const sts = (this.sortedStatements ??= [...this.m.statements].sort((a, b) => (before(a.r.start, b.r.start) ? -1 : before(b.r.start, a.r.start) ? 1 : 0)));
    let lo = 0, hi = sts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (before(r.start, sts[mid].r.start)) hi = mid; else lo = mid + 1; }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (contains(sts[i].r, r)) return sts[i];
    return undefined;
  }
  private sortedStatements?: FileModel['statements'];
  private assignedFromCall?: Map<number, Assignment[]>;

  /** Where the first of the loads that start after `end` starts. */
  private nextLoadStart(loads: ModelLoad[], end: Pos): Pos | undefined {
    if (this.loadStartsOf !== loads) { this.loadStartsOf = loads; this.loadStarts = loads.map(l => l.call.r.start).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)); }
    const starts = this.loadStarts!;
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (before(end, starts[mid])) hi = mid; else lo = mid + 1; }
    return starts[lo];
  }
  private loadStartsOf?: ModelLoad[];
  private loadStarts?: Pos[];

  identityRecorded(load: ModelLoad, others: ModelLoad[]): Evidence | undefined {
    const keys = load.identity.flatMap(e => this.flow.mentions(e).keys).filter(k => !this.isObjectKey(k, load.call.scope));
    if (!this.assignedFromCall) {
      this.assignedFromCall = new Map();
      for (const a of this.m.assignments) if (a.value.k === 'call') this.assignedFromCall.set(a.value.call, [...(this.assignedFromCall.get(a.value.call) ?? []), a]);
    }
    for (const a of this.assignedFromCall.get(load.call.id) ?? []) {
      for (const t of a.targets) for (const attr of this.r.t.identityAttributes) keys.push(`${t.path.length ? `${t.root}.${t.path.join('.')}` : t.root}.${attr}`);
    }
    if (keys.length) {
      const res = this.flow.propagate(load.call.scope, { keys, calls: [] }, { block: this.modelCalls });
      if (res.hits.length) return this.sinkEvidence(res.hits[0], 'model-version', res);
      // Identity stored on self or at module level, recorded by another function of the file.
      const visible = [...res.keys].filter(k => /^(self|this)\./.test(k) || this.r.bindings.get(0)?.has(k.split('.')[0]));
      if (visible.length) {
        const hit = this.recordedElsewhere(visible);
        if (hit) return this.sinkEvidence(hit, 'model-version');
      }
    }
    // A model-version field recorded right after the load, before the next load (`self.log = logger.bind(model_version=…)`).
    // (loads in one statement, `Promise.all([a.loadFromUri(u), b.loadFromUri(u)])`, share the record after it)
    const end = this.statementAt(load.call.r)?.r.end ?? load.call.r.end;
    const next = this.nextLoadStart(others, end);
    const names = this.fieldSets.get('model-version')!;
    const named = this.reachableSinks(load.call.scope).find(s => before(load.call.r.end, s.call.r.start) && (!next || before(s.call.r.end, next))
      && [...s.fields].some(f => names.has(f)));
    return named ? this.sinkEvidence(named, 'model-version') : undefined;
  }
}

/** Whether an expression yields a request or prediction id: undefined: no; true: an id propagated from the caller or the trace; false: generated here. */
export function idSourceOf(m: FileModel, r: Resolver, e: Expr, scope: number): boolean | undefined {
  // (a header or field read by a name that says request id, `request.headers.get("x-request-id")`, is the caller's id)
  let found: boolean | undefined;
  const visit = (x: Expr): void => {
    if (x.k === 'call') {
      const c = m.calls[x.call];
      const s = symbolString(r.expr(c.callee, scope));
      const row = s ? matchingRows(r.t.idSources, s)[0] : undefined;
      if (row) found = found || !!row.propagated;
      else if (c.args.some(a => a.value.k === 'str' && ID_NAME.test(a.value.value))) found = true;
      if (c.callee.k === 'attr') visit(c.callee.obj);
      c.args.forEach(a => visit(a.value));
    } else if (x.k === 'attr') visit(x.obj);
    else if (x.k === 'other') x.parts.forEach(visit);
    else if (x.k === 'str') (x.parts ?? []).forEach(visit);
    else if (x.k === 'index') { visit(x.obj); if (x.index.k === 'str' && ID_NAME.test(x.index.value)) found = true; }
  };
  visit(e);
  return found;
}

/** A header or key that names a request's id (`X-Request-Id`, `correlation_id`, `traceparent` is not one). */
export const ID_NAME = /request[-_]?id|correlation[-_]?id|trace[-_]?id/i;

/** The request ids of a function (see `domainIds`). */
type DomainIds = { count: number; flowed?: ReturnType<Flow['propagate']>; joinable: boolean; byMiddleware?: InstrumentationAt };

/** Normalised field names per facet, per (unchanging) table. */
const FIELD_SETS = new WeakMap<Record<string, string[]>, Map<string, Set<string>>>();

const ZERO: Range = { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } };

/** A value written out in the code: literals, and lists and dicts of them (`{ prompt: 'hello' }`). */
function isConstant(e: Expr): boolean {
  if (e.k === 'lit') return true;
  if (e.k === 'str') return !e.parts?.length;
  if (e.k === 'dict') return e.entries.every(en => en.key !== null && isConstant(en.value));
  if (e.k === 'other' && e.op === 'tuple') return e.parts.every(isConstant);
  return false;
}

function inputExprs(p: InferencePoint, configArgs: string[]): Expr[] {
  const spec = p.row.inputArgs;
  const positional = p.call.args.filter(a => !a.name);
  if (spec) {
    const out: Expr[] = [];
    for (const k of spec) {
      const e = typeof k === 'string' ? namedArg(p.call, k) : positional[k]?.value;
      if (e) out.push(e);
    }
    if (out.length) return out;
  }
  // every argument that is not configuration; an options object (`create({ model, messages })`) counts by its entries
  return p.call.args.flatMap(a => a.name ? (configArgs.includes(a.name) ? [] : [a.value])
    : a.value.k === 'dict' ? a.value.entries.filter(en => en.key === null || !configArgs.includes(en.key)).map(en => en.value) : [a.value]);
}
