/**
 * Finds inference points and model loads in a resolved FileModel, and decides how each load is pinned.
 * A call is inference because of what its receiver is (a value from a known loader, constructor or
 * client), not because of its method name; the one name-based heuristic is documented in README.
 */
import type { Call, Expr, Range } from './model';
import { namedArg } from './model';
import type { InferenceRow, LoadRule } from './knowledge/types';
import { Resolver, Sym, symbolString, rootModule } from './resolve';
import { matchesAny, matchingRows } from './knowledge';

export interface InferencePoint {
  call: Call;
  callee: string;
  row: InferenceRow;
  heuristic: boolean;
  receiver: Sym;
  /** Load calls the model object came from. */
  origins: number[];
  /** Range the diagnostic sits on: the callee expression. */
  range: Range;
}

export interface ModelLoad {
  call: Call;
  callee: string;
  kind: 'load' | 'llm';
  pinned: boolean;
  /** Why the verdict: "commit revision", "models:/…/latest is a moving alias", … */
  pinReason: string;
  heuristic: boolean;
  /** Where an unpinned finding sits: the model reference argument, else the callee. */
  range: Range;
  /** Expressions naming the model (path, URI, name, revision). */
  identity: Expr[];
  /** The argument that references the model, when the loader has one. */
  modelArg?: Expr;
}

export function detect(r: Resolver): { points: InferencePoint[]; loads: ModelLoad[] } {
  const points: InferencePoint[] = [];
  const loads: ModelLoad[] = [];
  for (const call of r.m.calls) {
    const callee = r.expr(call.callee, call.scope);
    const symbol = symbolString(callee);
    const row = symbol ? inferenceRow(r, call, symbol) : undefined;
    if (row) {
      const point: InferencePoint = { call, callee: displayCallee(r, callee), row, heuristic: callee.k === 'typed' && !!callee.heuristic, receiver: callee, origins: callee.k === 'typed' ? callee.origins : [], range: call.callee.r };
      points.push(point);
      if (row.kind === 'llm') { const l = llmModel(call, r.m.calls); if (l) loads.push(l); }
      continue;
    }
    if (isHeuristicInference(r, call, callee)) {
      points.push({ call, callee: `${describeReceiver(call.callee)}.${(call.callee as { attr: string }).attr}`, row: { match: 'heuristic' }, heuristic: true, receiver: callee, origins: [], range: call.callee.r });
      continue;
    }
    const producer = r.producerOf(call);
    if (producer?.load) {
      const load = modelLoad(r, call, producer.load, symbol ?? '?');
      if (load) loads.push(load);
    } else if (r.isHeuristicLoad(call, callee)) {
      loads.push({ call, callee: symbol ?? describeReceiver(call.callee), kind: 'load', pinned: true, pinReason: 'local model file', heuristic: true, range: call.callee.r, identity: call.args.map(a => a.value) });
    }
  }
  return { points, loads };
}

/** The first inference row for the symbol that applies to this file's language and, if it asks, to the URL argument. */
function inferenceRow(r: Resolver, call: Call, symbol: string): InferenceRow | undefined {
  for (const row of matchingRows(rowsFor(r.t.inference, r.m.language), symbol)) {
    if (row.arg0Pattern) {
      const first = call.args.find(a => !a.name && !a.spread)?.value;
      const url = first ? r.constant(first, call.scope) ?? (first.k === 'str' ? first.value : undefined) : undefined;
      if (url === undefined || !new RegExp(row.arg0Pattern).test(url)) continue;
    }
    return row;
  }
  return undefined;
}

const ROWS_BY_LANGUAGE = new WeakMap<InferenceRow[], Map<string, InferenceRow[]>>();
function rowsFor(rows: InferenceRow[], language: string): InferenceRow[] {
  let byLanguage = ROWS_BY_LANGUAGE.get(rows);
  if (!byLanguage) ROWS_BY_LANGUAGE.set(rows, (byLanguage = new Map()));
  let out = byLanguage.get(language);
  if (!out) byLanguage.set(language, (out = rows.filter(row => !row.languages || row.languages.includes(language as never))));
  return out;
}

/**
 * The one name-based rule: `x.predict(...)` (and the other estimator methods) on a receiver whose
 * origin the file does not show — a parameter, an attribute set elsewhere, a project helper named
 * like a loader — in a file that imports an ML library.
 */
function isHeuristicInference(r: Resolver, call: Call, callee: Sym): boolean {
  if (!r.mlFile || call.callee.k !== 'attr' || !r.t.heuristicInferenceMethods.includes(call.callee.attr)) return false;
  if (callee.k !== 'unknown') return false;
  const receiver = r.expr(call.callee.obj, call.scope);
  // an object imported from a project module (not a library the tables know)
  if (receiver.k === 'path') return !r.t.mlModules.includes(rootModule(receiver.path)) && !r.row(r.t.producers, receiver.path);
  if (receiver.k !== 'unknown') return false;
  if (receiver.why !== 'call') return true;
  const name = receiver.callee?.split(/[.#]/).pop();
  return !!name && matchesAny(r.t.heuristicLoaderNames, name);
}

function describeReceiver(e: Expr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') return `${describeReceiver(e.obj)}.${e.attr}`.replace(/^\.+/, '');
  if (e.k === 'call') return '(…)';
  return '…';
}

function displayCallee(r: Resolver, s: Sym): string {
  if (s.k === 'path') return s.path;
  if (s.k !== 'typed') return '?';
  const member = s.member.length ? s.member.join('.') : '__call__';
  const origin = s.origins[0];
  if (origin !== undefined) {
    const o = symbolString(r.expr(r.m.calls[origin].callee, r.m.calls[origin].scope)) ?? s.type;
    const last = o.split(/[.#]/).pop() ?? '';
    return /^[A-Z]/.test(last) ? `${o}.${member}` : `${o}(…).${member}`;
  }
  return `${s.type}.${member}`;
}

function argFor(call: Call, spec: (number | string)[] | undefined): Expr | undefined {
  for (const key of spec ?? [0]) {
    if (typeof key === 'string') { const a = namedArg(call, key); if (a) return a; }
    else { const a = call.args.filter(x => !x.name && !x.spread)[key]; if (a) return a.value; }
  }
  return undefined;
}

function literal(e: Expr | undefined): string | undefined {
  return e?.k === 'str' && !e.parts ? e.value : undefined;
}

const COMMIT_SHA = /^[0-9a-f]{40}$/i;

function modelLoad(r: Resolver, call: Call, rule: LoadRule, symbol: string): ModelLoad | undefined {
  const modelExpr = argFor(call, rule.modelArg);
  const identity = call.args.map(a => a.value);
  const base = { call, callee: symbol, kind: 'load' as const, heuristic: false, identity, modelArg: modelExpr, range: modelExpr?.r ?? call.callee.r };
  const name = modelExpr ? r.constant(modelExpr, call.scope) : undefined;
  const isLocal = (s: string) => /^(\/|\.\.?\/|~|file:)/.test(s) || s.split('/').length > 2 || /\.(\w{2,12})$/.test(s) && !s.includes('/');
  switch (rule.pin) {
    case 'local':
      if (rule.modelArg && !modelExpr) return undefined; // `xgb.Booster()` with no file is a constructor, not a load
      return { ...base, pinned: true, pinReason: 'local artifact shipped with the service' };
    case 'hf': {
      const revision = namedArg(call, 'revision') ?? namedArg(call, 'commit_hash');
      if (revision) {
        const rev = r.constant(revision, call.scope);
        if (rev === undefined) return { ...base, pinned: true, pinReason: 'revision from configuration' };
        return COMMIT_SHA.test(rev) ? { ...base, pinned: true, pinReason: 'commit revision' }
          : { ...base, pinned: false, pinReason: `revision "${rev}" is a branch or tag, which can move`, range: revision.r };
      }
      if (name !== undefined && isLocal(name)) return { ...base, pinned: true, pinReason: 'local model directory' };
      if (!modelExpr) return { ...base, pinned: false, pinReason: "no model given: the library's default for the task can change between releases" };
      return { ...base, pinned: false, pinReason: 'no commit revision: the hub repository can change under the service' };
    }
    case 'mlflow': {
      if (name === undefined) {
        const template = modelExpr?.k === 'str' ? modelExpr.value : '';
        if (/latest|production|staging|@/i.test(template)) return { ...base, pinned: false, pinReason: 'registry alias or stage, which can move' };
        return { ...base, pinned: true, pinReason: 'model URI from configuration' };
      }
      if (/^models:\/[^/@]+\/\d+\/?$/.test(name)) return { ...base, pinned: true, pinReason: 'registry version' };
      if (/^models:\//.test(name)) return { ...base, pinned: false, pinReason: `"${name}" names a stage, alias or latest, which can move` };
      return { ...base, pinned: true, pinReason: name.startsWith('runs:/') ? 'run artifact' : 'artifact path' };
    }
    case 'bentoml': {
      if (name === undefined) return modelExpr ? { ...base, pinned: true, pinReason: 'tag from configuration' } : { ...base, pinned: false, pinReason: 'no tag given' };
      const version = name.split(':')[1];
      return version && version !== 'latest' ? { ...base, pinned: true, pinReason: 'model store version' }
        : { ...base, pinned: false, pinReason: `"${name}" resolves to the latest version in the store` };
    }
    case 'url': {
      if (name === undefined) return { ...base, pinned: true, pinReason: 'URL from configuration' };
      if (!/^https?:/.test(name)) return { ...base, pinned: true, pinReason: 'local artifact' };
      return /\/v\d+\/|[0-9a-f]{12,}|@\d/.test(name) ? { ...base, pinned: true, pinReason: 'versioned URL' }
        : { ...base, pinned: false, pinReason: 'a URL without a version can serve a different model tomorrow' };
    }
  }
  return undefined;
}

function llmModel(call: Call, calls: Call[]): ModelLoad | undefined {
  let model = namedArg(call, 'model');
  // Vercel AI SDK: `generateText({ model: openai('gpt-4o-2024-08-06') })` names the model in a provider call
  if (model?.k === 'call') model = calls[model.call].args.find(a => !a.name)?.value;
  const name = literal(model);
  if (!model || name === undefined) return undefined;
  return { call, callee: 'model name', kind: 'llm', pinned: false, pinReason: '', heuristic: false, range: model.r, identity: [model] };
}

/** LLM model names are checked against the snapshot patterns of the tables (done once tables are known). */
export function pinLlmModel(load: ModelLoad, patterns: string[]): void {
  const name = literal(load.identity[0]) ?? '';
  const pinned = !/latest/i.test(name) && patterns.some(p => new RegExp(p).test(name));
  load.pinned = pinned;
  load.pinReason = pinned ? 'dated model snapshot' : `"${name}" is an alias that the provider moves to new snapshots`;
}
