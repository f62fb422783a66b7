/**
 * Auto-instrumentation initialised in the project: OpenLLMetry (`Traceloop.init()`, the `opentelemetry-instrumentation-*`
 * instrumentors), OpenInference instrumentors, OpenLIT, Logfire's `instrument_*`. Once initialised (in any module: a
 * `telemetry.py` imported at start-up), they record every call of the libraries they instrument as a span with, by
 * their documented defaults, the model name, the prompt and the completion, the duration and the error. So an inference
 * point of an instrumented library has those facets covered, and its evidence names where the instrumentation starts.
 */
import type { Call, Expr, FileModel } from './model';
import { namedArg } from './model';
import type { Resolver } from './resolve';
import { symbolString } from './resolve';
import { normaliseField } from './flow';
import { matches } from './knowledge';
import type { InstrumentorRow } from './knowledge/types';
import type { InferencePoint } from './detect';
import { fileBasedRoute, routeRegistrations } from './routes';
import { requestScopeFacts } from './requestScope';

/** An instrumentation started in a file: the row, and its call's 0-based line and text. */
export interface InstrumentationAt {
  name: string; libraries: string[]; covers: string[]; file: string; line: number; text: string; requestLevel?: true;
  /** A context binding: the logger type whose records carry the bound fields, and the fields bound. */
  contextFor?: string; fields?: string[];
  /**
   * A context binding read back by a call (`als.getStore()`) rather than carried by a logger, on the object it was bound
   * to: its name (the last segment, which an import keeps: `requestContext`), when the binding names one.
   */
  readBy?: { symbol: string; store?: string };
  /** With `requestLevel`: what it records of a failure escaping the handler (default: the exception). */
  requestNote?: string;
  /** It times each request, not the model call: a handler's uncovered latency says so. */
  timesRequests?: true;
  /**
   * A request id a middleware gives each request: how handlers read it (paths on a parameter, `get:<key>` for
   * `c.get(key)`; `globals`: resolved paths of request-scoped globals, `flask.g.request_id`), and whether it is sent back.
   */
  requestId?: { readAs: string[]; globals: string[]; echoed: boolean };
  /** The same places, set to a constant by a middleware (`req.requestId = "static"`): a handler reading one reads no id. */
  constantRequestId?: { readAs: string[]; globals: string[] };
  /**
   * A logger whose every record reads a context back (pino's `mixin() { return als.getStore() }`): the name it is assigned
   * to (`logger`, as modules import it) and the context it reads (`readBy` of the binding).
   */
  mixinReads?: { logger: string; symbol: string; store?: string };
}

/** The instrumentations a file starts. */
export function instrumentationsIn(m: FileModel, r: Resolver, file: string, lines: readonly string[]): InstrumentationAt[] {
  const rows = r.t.instrumentors;
  if (!rows.length) return [];
  const out: InstrumentationAt[] = [];
  for (const i of m.imports) {
    const row = rows.find(x => x.onImport && matches(x.match, i.path));
    if (row) { out.push({ name: row.name, libraries: row.libraries, covers: row.covers, file, line: i.r.start.line, text: (lines[i.r.start.line] ?? '').trim().slice(0, 160) }); break; }
  }
  for (const c of m.calls) {
    const s = symbolString(r.expr(c.callee, c.scope));
    const row: InstrumentorRow | undefined = s ? r.row(rows, s) : undefined;
    if (!row || row.onImport || (row.withArg && !row.withArg.some(k => given(c, k)))) continue;
    const at = { name: row.name, libraries: row.libraries, file, line: c.r.start.line, text: (lines[c.r.start.line] ?? '').trim().slice(0, 160) };
    if (row.contextFor) {
      // the facets the bound field names prove (`request_id=` → prediction-id); an id that is a constant written in the
      // code (`request_id="static"`) is the same for every request, so it identifies none
      const bound = row.binds?.map(name => ({ name, value: undefined as Expr | undefined }))
        ?? c.args.flatMap(a => (a.name ? [{ name: a.name, value: a.value as Expr | undefined }] : boundEntries(m, a.value, c.scope)));
      const fields = bound.map(b => b.name);
      const proves = (f: string, b: { name: string; value?: Expr }) => (r.t.fieldNames[f] ?? []).some(n => normaliseField(n) === normaliseField(b.name))
        && !(f === 'prediction-id' && b.value && isLiteral(b.value));
      const covers = row.covers.filter(f => bound.some(b => proves(f, b)));
      if (covers.length) out.push({ ...at, covers, contextFor: row.contextFor, fields, ...(row.readBy ? { readBy: { symbol: row.readBy, store: receiverName(c) } } : {}) });
      continue;
    }
    const format = c.args[0]?.value;
    const timesRequests = row.timesRequests === true || (typeof row.timesRequests === 'string' && format?.k === 'str' && new RegExp(row.timesRequests).test(format.value));
    out.push({
      ...at, covers: row.covers, ...(row.requestLevel ? { requestLevel: true as const } : {}), ...(row.requestNote ? { requestNote: row.requestNote } : {}),
      ...(timesRequests ? { timesRequests: true as const } : {}), ...(row.requestId ? { requestId: { readAs: row.requestId.readAs, globals: [], echoed: row.requestId.echoed && !(row.requestId.echoOption && turnedOff(c, row.requestId.echoOption)) } } : {}),
    });
  }
  out.push(...mixinLoggers(m, r, file, lines));
  // the project's own middleware and hooks: an id they give each request, a timer of each request
  const facts = requestScopeFacts(m, r);
  if (facts) {
    const text = (line: number) => (lines[line] ?? '').trim().slice(0, 160);
    for (const id of facts.ids) {
      out.push({ name: 'a request-id middleware', libraries: [], covers: ['prediction-id'], file, line: id.line, text: text(id.line), requestId: { readAs: id.readAs, globals: id.globals, echoed: facts.echoed } });
    }
    for (const k of facts.constants) {
      out.push({ name: 'a middleware', libraries: [], covers: [], file, line: k.line, text: text(k.line), constantRequestId: { readAs: k.readAs, globals: k.globals } });
    }
    if (facts.timerLine !== undefined) {
      out.push({ name: 'a request-timing middleware', libraries: [], covers: [], file, line: facts.timerLine, text: text(facts.timerLine), requestLevel: true, timesRequests: true });
    }
  }
  return out;
}

/** Loggers made with a `mixin` that reads a context store: each of their records carries what the store holds. */
function mixinLoggers(m: FileModel, r: Resolver, file: string, lines: readonly string[]): InstrumentationAt[] {
  const readers = [...new Set(r.t.instrumentors.flatMap(row => (row.readBy ? [row.readBy] : [])))];
  if (!readers.length) return [];
  const out: InstrumentationAt[] = [];
  for (const a of m.assignments) {
    if (a.value.k !== 'call' || a.targets.length !== 1 || a.targets[0].path.length) continue;
    const mixin = namedArg(m.calls[a.value.call], 'mixin');
    if (mixin?.k !== 'func') continue;
    for (const c of m.calls) {
      if (!inside(m, c.scope, mixin.fn)) continue;
      const symbol = symbolString(r.expr(c.callee, c.scope));
      if (!symbol || !readers.includes(symbol)) continue;
      const line = a.r.start.line;
      out.push({ name: 'a logger mixin', libraries: [], covers: [], file, line, text: (lines[line] ?? '').trim().slice(0, 160), mixinReads: { logger: a.targets[0].root, symbol, store: receiverName(c) } });
      break;
    }
  }
  return out;
}

function inside(m: FileModel, scope: number, outer: number): boolean {
  for (let s = scope; s >= 0; s = m.scopes[s].parent) if (s === outer) return true;
  return false;
}

/** The entries of a dict bound to a context: written in the call, or assigned to the name it is given (`als.run(store, next)`). */
function boundEntries(m: FileModel, e: Expr, scope: number): { name: string; value: Expr }[] {
  if (e.k === 'name') {
    const name = e.name;
    const a = m.assignments.find(x => x.scope === scope && x.value.k === 'dict' && x.targets.some(t => t.root === name && !t.path.length));
    if (a) e = a.value;
  }
  return e.k === 'dict' ? e.entries.flatMap(en => (en.key !== null ? [{ name: en.key, value: en.value }] : [])) : [];
}

/** The last name of a method call's receiver (`requestContext` of `ctx.requestContext.run(…)`). */
function receiverName(c: Call): string | undefined {
  const obj = c.callee.k === 'attr' ? c.callee.obj : undefined;
  return obj?.k === 'name' ? obj.name : obj?.k === 'attr' ? obj.attr : undefined;
}

const isLiteral = (e: Expr) => e.k === 'lit' || (e.k === 'str' && !e.parts?.length);

/** Whether an option is given as `false` (`requestID({ setHeader: false })`). */
function turnedOff(c: Call, option: string): boolean {
  const e = namedArg(c, option);
  return !!e && e.k === 'lit' && !!e.falsy;
}

/** Whether a call is given an argument (a position, or a keyword or option) whose value is not `false`/`None`/`null`. */
function given(c: Call, key: number | string): boolean {
  const e = typeof key === 'number' ? c.args.filter(a => !a.name && !a.spread)[key]?.value : namedArg(c, key);
  return !!e && !(e.k === 'lit' && e.falsy);
}

/**
 * Whether an instrumentation records a point: its callee is of a library it instruments (`*`: every LLM call), or, for a
 * web framework's, the point is in a request handler (`inHandler`).
 */
export function instruments(i: InstrumentationAt, p: InferencePoint, inHandler: (p: InferencePoint) => boolean): boolean {
  // (a request id applies where the handler records it, a context binding where the point's function records through
  // that logger: see analyze)
  if (i.requestId || i.constantRequestId || i.mixinReads || i.contextFor) return false;
  if (i.requestLevel) return inHandler(p);
  return i.libraries.some(lib => (lib === '*' ? p.row.kind === 'llm' : p.callee === lib || p.callee.startsWith(lib + '.') || p.callee.startsWith(lib + '#')));
}

/** The functions that handle requests in a file: route handlers (`@app.post`, `app.get(path, fn)`) and a route file's exports. */
export function requestHandlers(m: FileModel, path: string): Set<number> {
  const out = new Set<number>();
  if (fileBasedRoute(path)) for (const s of m.scopes) if (s.kind === 'function' && s.parent === 0) out.add(s.id);
  for (const reg of routeRegistrations(m)) for (const h of reg.handlers) out.add(h);
  return out;
}

/** Whether a scope is a handler or inside one. */
export function insideAny(m: FileModel, scope: number, handlers: Set<number>): boolean {
  for (let s = scope; s >= 0; s = m.scopes[s].parent) if (handlers.has(s)) return true;
  return false;
}

/** A file in a folder that holds other projects' code copied in (`third_party/ultralytics/…`): its telemetry is theirs. */
export function isVendored(path: string): boolean {
  return /(^|[\\/])(third_party|third-party|thirdparty|vendor|vendored|_vendor)[\\/]/.test(path);
}
