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
import type { InstrumentorRow } from './knowledge/types';
import type { InferencePoint } from './detect';

/** An instrumentation started in a file: the row, and its call's 0-based line and text. */
export interface InstrumentationAt { name: string; libraries: string[]; covers: string[]; file: string; line: number; text: string }

/** The instrumentations a file starts. */
export function instrumentationsIn(m: FileModel, r: Resolver, file: string, lines: readonly string[]): InstrumentationAt[] {
  const rows = r.t.instrumentors;
  if (!rows.length) return [];
  const out: InstrumentationAt[] = [];
  for (const c of m.calls) {
    const s = symbolString(r.expr(c.callee, c.scope));
    const row: InstrumentorRow | undefined = s ? r.row(rows, s) : undefined;
    if (row) out.push({ name: row.name, libraries: row.libraries, covers: row.covers, file, line: c.r.start.line, text: (lines[c.r.start.line] ?? '').trim().slice(0, 160) });
  }
  return out;
}

/** Whether an instrumentation records a point: its callee is of a library it instruments (`*`: every LLM call). */
export function instruments(i: InstrumentationAt, p: InferencePoint): boolean {
  return i.libraries.some(lib => (lib === '*' ? p.row.kind === 'llm' : p.callee === lib || p.callee.startsWith(lib + '.') || p.callee.startsWith(lib + '#')));
}
