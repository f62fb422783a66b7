/**
 * "Mark as inference point": the knowledge entry that teaches the engine a call it does not recognise. For the call
 * under the cursor, the symbol the engine matches inference rows against (`acme_scoring.Client#score`,
 * `acme_inhouse.scoring.connect(…)#evaluate`), so that an entry `{ "match": <symbol> }` in `knowledge.inference`
 * makes that call — and every call of the same function or method — an inference point, in the editor and in CI.
 */
import type { ResolvedConfig } from './config';
import type { ExternalLookup } from './workspace';
import { buildModel, languageOf } from './languages';
import { PARSE_BUDGET_MS } from './analyze';
import { contains, type Expr, type Pos } from './model';
import { Resolver, symbolString } from './resolve';

export interface MarkableCall {
  /** The knowledge entries that make this call an inference point (producers: what returns the object it is called on). */
  knowledge: { inference: { match: string }[]; producers?: { match: string; type: string }[] };
  /** The callee as written (`client.score`). */
  text: string;
  range: { start: Pos; end: Pos };
}

/** The innermost call at `pos` whose callee the engine can name, or undefined (a builtin, an unnamed callee). */
export function markableCallAt(path: string, text: string, config: ResolvedConfig, pos: Pos, external?: ExternalLookup): MarkableCall | undefined {
  const language = languageOf(path);
  if (!language) return undefined;
  const m = buildModel(language, text, PARSE_BUDGET_MS, path);
  const r = new Resolver(m, config.tables, external);
  const at = { start: pos, end: pos };
  const lines = text.split('\n');
  const calls = m.calls.filter(c => contains(c.callee.r, at) || contains(c.r, at))
    .sort((a, b) => (a.r.end.line - a.r.start.line) - (b.r.end.line - b.r.start.line) || (a.r.end.col - a.r.start.col) - (b.r.end.col - b.r.start.col));
  for (const c of calls) {
    const knowledge = entriesFor(r, c.callee, c.scope);
    if (!knowledge) continue;
    const cr = c.callee.r;
    const written = cr.start.line === cr.end.line ? (lines[cr.start.line] ?? '').slice(cr.start.col, cr.end.col) : knowledge.inference[0].match;
    return { knowledge, text: written, range: cr };
  }
  return undefined;
}

const BUILTIN = /^(builtins|console|JSON|Math|Object|Array|Promise|String|Number|asyncio|json)(\.|#|$)/;

function entriesFor(r: Resolver, callee: Expr, scope: number): MarkableCall['knowledge'] | undefined {
  const sym = r.expr(callee, scope);
  const symbol = symbolString(sym);
  // a function of a module (`acme.score`), a method of a type the engine knows (`model.estimator#score`)
  if (symbol) return BUILTIN.test(symbol) ? undefined : { inference: [{ match: symbol }] };
  // a method of an object an unknown library returned (`engine = scoring.connect(…)`; `engine.evaluate(x)`): that
  // call returns a model of its own type, and the method is its inference
  if (callee.k !== 'attr') return undefined;
  const receiver = r.expr(callee.obj, scope);
  if (receiver.k !== 'unknown' || receiver.why !== 'call' || !receiver.callee || BUILTIN.test(receiver.callee)) return undefined;
  const type = `model.${receiver.callee.split(/[.#]/)[0].replace(/^@/, '').replace(/[^A-Za-z0-9_]/g, '_')}`;
  return { producers: [{ match: receiver.callee, type }], inference: [{ match: `${type}#${callee.attr}` }] };
}
