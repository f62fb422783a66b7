/**
 * Request scope: the functions a web framework runs on every request before (or around) its handler — Express/Koa/Hono
 * `app.use(fn)`, Fastify `addHook("onRequest", fn)`, Flask `@app.before_request`, FastAPI `@app.middleware("http")`,
 * Starlette's `BaseHTTPMiddleware.dispatch` — and what they make of the request for the handlers:
 *   - an id stored on the request (`req.id = randomUUID()`, `ctx.state.requestId`, `request.state.request_id`,
 *     `g.request_id`, Hono's `c.set("requestId", …)`), and whether a hook sends it back (`x-request-id`);
 *   - a timer of the whole request, which is not a timer of the model call.
 * A hook is found by its registration (rows of the framework packs) or by its shape (a function given the rest of the
 * chain, `next`/`call_next`, that it calls), so a middleware exported by one module and installed in another counts.
 */
import type { Call, Expr, FileModel, Scope } from './model';
import type { Resolver } from './resolve';
import { symbolString } from './resolve';
import type { RequestHookRow } from './knowledge/types';
import { matchesAny } from './knowledge';
import { ID_NAME, idSourceOf } from './facets';
import { normaliseField } from './flow';

/** Parameters that run the rest of the chain: what a hook stores on the request is on its other parameters. */
const NEXT_PARAMS = new Set(['next', 'call_next', 'done']);
/** Those that mark a middleware by themselves (`done` is any callback's name: Fastify's hooks are known by `addHook`). */
const MIDDLEWARE_NEXT = new Set(['next', 'call_next']);
/** Methods that set a response header (`res.setHeader`, Fastify `reply.header`, Koa `ctx.set`, Hono `c.header`). */
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append', 'appendHeader']);

/** What the request hooks of one file do. */
export interface RequestScopeFacts {
  /** Ids stored on the request: how a handler reads them, and the assignment's 0-based line. */
  ids: { readAs: string[]; globals: string[]; line: number }[];
  /** Values named like an id but set to a constant (`req.requestId = "static"`): the same for every request, so no id. */
  constants: { readAs: string[]; globals: string[]; line: number }[];
  /** Whether a hook of the file sends a request id back in a response header. */
  echoed: boolean;
  /** The 0-based line of a hook that reads a clock and records: it times each request. */
  timerLine?: number;
}

/** The function scopes of a file that run on every request, by registration or by shape. */
export function requestHookScopes(m: FileModel, r: Resolver): Set<number> {
  const rows = r.t.requestHooks.filter(h => h.languages.includes(m.language));
  const out = new Set<number>();
  const fnOf = (e: Expr): number | undefined => e.k === 'func' ? e.fn
    : e.k === 'name' ? m.scopes.find(s => s.kind === 'function' && s.name === e.name && s.parent === 0)?.id : undefined;
  const arg0Fits = (row: RequestHookRow, c: Call | undefined) => !row.arg0 || (c?.args[0]?.value.k === 'str' && row.arg0.includes(c.args[0].value.value));
  for (const c of m.calls) {
    if (c.callee.k !== 'attr') continue;
    const attr = c.callee.attr;
    const row = rows.find(x => x.method === attr && arg0Fits(x, c));
    if (!row) continue;
    for (const a of c.args) {
      const fn = fnOf(a.value);
      if (fn !== undefined && (!row.needsNext || NEXT_PARAMS.has(m.scopes[fn].params.at(-1)?.name ?? ''))) out.add(fn);
    }
  }
  for (const s of m.scopes) {
    if (s.kind !== 'function') continue;
    for (const d of s.decorators) {
      const call = d.k === 'call' ? m.calls[d.call] : undefined;
      const target = call ? call.callee : d;
      if (target.k === 'attr' && rows.some(row => row.decorator === target.attr && arg0Fits(row, call))) out.add(s.id);
    }
    if (s.classId >= 0) {
      const cls = m.scopes[s.classId];
      const bases = cls.bases.map(b => symbolString(r.classBase(cls.id, b))).filter((b): b is string => !!b);
      if (rows.some(row => row.classMethod === s.name && row.classBase && bases.includes(row.classBase))) out.add(s.id);
    }
    if (takesAndCallsNext(m, s)) out.add(s.id);
  }
  return out;
}

/** A middleware by its shape: its last parameter is the rest of the chain (`(req, res, next)`, `(request, call_next)`), and it calls it. */
function takesAndCallsNext(m: FileModel, s: Scope): boolean {
  const last = s.params.at(-1)?.name;
  if (s.params.length < 2 || !last || !MIDDLEWARE_NEXT.has(last)) return false;
  return m.calls.some(c => c.callee.k === 'name' && c.callee.name === last && within(m, c.scope, s.id));
}

function within(m: FileModel, scope: number, outer: number): boolean {
  for (let s = scope; s >= 0; s = m.scopes[s].parent) if (s === outer) return true;
  return false;
}

/** What the request hooks of a file store, send back and time; undefined when it has none that do any of it. */
export function requestScopeFacts(m: FileModel, r: Resolver): RequestScopeFacts | undefined {
  const hooks = requestHookScopes(m, r);
  if (!hooks.size) return undefined;
  const hookOf = (scope: number) => { for (let s = scope; s >= 0; s = m.scopes[s].parent) if (hooks.has(s)) return s; return undefined; };
  const facts: RequestScopeFacts = { ids: [], constants: [], echoed: false };
  const idNames = new Set((r.t.fieldNames['prediction-id'] ?? []).map(normaliseField));
  const isId = (e: Expr, scope: number) => idSourceOf(m, r, e, scope) !== undefined || (e.k === 'name' && assignedId(m, r, e.name, scope));
  for (const a of m.assignments) {
    const hook = hookOf(a.scope);
    if (hook === undefined) continue;
    for (const t of a.targets) {
      // `response.headers["X-Request-ID"] = rid`: the id goes back to the caller
      if (t.path.some(p => /^headers$/i.test(p)) && t.key && ID_NAME.test(t.key)) { facts.echoed = true; continue; }
      if (!t.path.length) continue;
      const segments = [...t.path, ...(t.key ? [t.key] : [])];
      const into = isId(a.value, a.scope) ? facts.ids : isConstant(a.value) && idNames.has(normaliseField(segments.at(-1)!)) ? facts.constants : undefined;
      if (!into) continue;
      const path = segments.join('.');
      if (requestParams(m.scopes[hook]).includes(t.root)) into.push({ readAs: [path], globals: [], line: a.r.start.line });
      else {
        // a request-scoped global (`g.request_id = …` in a Flask before_request hook)
        const root = symbolString(r.expr({ k: 'name', name: t.root, r: t.r }, a.scope));
        if (root && r.t.requestImports.includes(root)) into.push({ readAs: [], globals: [`${root}.${path}`], line: a.r.start.line });
      }
    }
  }
  let clockRead = false, recorded: number | undefined;
  for (const c of m.calls) {
    const hook = hookOf(c.scope);
    if (hook === undefined) continue;
    const key = c.args[0]?.value;
    const method = c.callee.k === 'attr' ? c.callee.attr : undefined;
    // (`set` is Koa's header setter and Hono's context setter: a header's name is hyphenated, `X-Request-Id`)
    const headerName = key?.k === 'str' && (method !== 'set' || key.value.includes('-'));
    if (method && HEADER_SETTERS.has(method) && headerName && key?.k === 'str' && ID_NAME.test(key.value)) facts.echoed = true;
    // Hono's `c.set("requestId", id)`: read back by `c.get("requestId")` or `c.var.requestId`
    else if (method === 'set' && !headerName && key?.k === 'str' && c.args[1] && c.callee.k === 'attr' && c.callee.obj.k === 'name'
      && requestParams(m.scopes[hook]).includes(c.callee.obj.name) && isId(c.args[1].value, c.scope)) {
      facts.ids.push({ readAs: [`get:${key.value}`, `var.${key.value}`], globals: [], line: c.r.start.line });
    }
    const s = symbolString(r.expr(c.callee, c.scope));
    if (s && matchesAny(r.t.clocks, s)) clockRead = true;
    else if (s && r.row(r.t.sinks, s) && recorded === undefined) recorded = c.r.start.line;
  }
  if (clockRead && recorded !== undefined) facts.timerLine = recorded;
  return facts.ids.length || facts.constants.length || facts.echoed || facts.timerLine !== undefined ? facts : undefined;
}

const isConstant = (e: Expr) => e.k === 'lit' || (e.k === 'str' && !e.parts?.length);

/** The parameters of a hook that hold the request and response (not `self`, not the rest of the chain). */
function requestParams(s: Scope): string[] {
  return s.params.map(p => p.name).filter(n => n !== 'self' && !NEXT_PARAMS.has(n));
}

/** `rid = request.headers.get("x-request-id") or str(uuid4())` earlier in the same function: `rid` is an id. */
function assignedId(m: FileModel, r: Resolver, name: string, scope: number): boolean {
  return m.assignments.some(a => a.scope === scope && a.targets.some(t => t.root === name && !t.path.length) && idSourceOf(m, r, a.value, a.scope) !== undefined);
}
