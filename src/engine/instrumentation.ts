/**
 * Auto-instrumentation initialised in the project: OpenLLMetry (`Traceloop.init()`, the `opentelemetry-instrumentation-*`
 * instrumentors), OpenInference instrumentors, OpenLIT, Logfire's `instrument_*`. Once initialised (in any module: a
 * `telemetry.py` imported at start-up), they record every call of the libraries they instrument as a span with, by
 * their documented defaults, the model name, the prompt and the completion, the duration and the error. So an inference
 * point of an instrumented library has those facets covered, and its evidence names where the instrumentation starts.
 */
import type { FileModel } from './model';
import type { Resolver } from './resolve';
import { symbolString } from './resolve';
import { normaliseField } from './flow';
import { matches } from './knowledge';
import type { InstrumentorRow } from './knowledge/types';
import type { InferencePoint } from './detect';
import { fileBasedRoute, routeRegistrations } from './routes';

/** An instrumentation started in a file: the row, and its call's 0-based line and text. */
export interface InstrumentationAt {
  name: string; libraries: string[]; covers: string[]; file: string; line: number; text: string; requestLevel?: true;
  /** A context binding: the logger type whose records carry the bound fields, and the fields bound. */
  contextFor?: string; fields?: string[];
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
    if (!row || row.onImport) continue;
    const at = { name: row.name, libraries: row.libraries, file, line: c.r.start.line, text: (lines[c.r.start.line] ?? '').trim().slice(0, 160) };
    if (row.contextFor) {
      // the facets the bound field names prove (`request_id=` → prediction-id)
      const fields = row.binds ?? c.args.flatMap(a => (a.name ? [a.name] : a.value.k === 'dict' ? a.value.entries.flatMap(en => (en.key !== null ? [en.key] : [])) : []));
      const covers = row.covers.filter(f => fields.some(x => (r.t.fieldNames[f] ?? []).some(n => normaliseField(n) === normaliseField(x))));
      if (covers.length) out.push({ ...at, covers, contextFor: row.contextFor, fields });
      continue;
    }
    out.push({ ...at, covers: row.covers, ...(row.requestLevel ? { requestLevel: true as const } : {}) });
  }
  return out;
}

/**
 * Whether an instrumentation records a point: its callee is of a library it instruments (`*`: every LLM call), or, for a
 * web framework's, the point is in a request handler (`inHandler`).
 */
export function instruments(i: InstrumentationAt, p: InferencePoint, inHandler: (p: InferencePoint) => boolean): boolean {
  if (i.requestLevel) return inHandler(p);
  if (i.contextFor) return false;   // (applies where the point's function records through that logger: see analyze)
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
