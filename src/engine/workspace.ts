/**
 * A workspace index of what each project module exports, built from the same file models, so that a
 * client or model created in one module and imported in another is still known: `from app.clients import
 * llm` then `llm.chat.completions.create(…)`, or `import { session } from './model'` then `session.run(…)`.
 * Exports are computed lazily with each file's own resolver (which may in turn import from other files).
 */
import * as path from 'node:path';
import type { FileModel } from './model';
import type { KnowledgeTables } from './knowledge/types';
import { Flow } from './flow';
import { matchesAny } from './knowledge';
import { NOTHING_EXPORTED, Resolver, toShape, type Sym } from './resolve';
import { matchesServedRoute, routesServed } from './routes';
import { instrumentationsIn, isVendored, type InstrumentationAt } from './instrumentation';

/**
 * `value`: the exported name is the typed object; `call`: calling it (a factory or class) gives one; `constant`:
 * a module-level string (a model path, a model name, a URL: `MODEL_URL = f"http://{HOST}/v1/models/m:predict"`),
 * its text in `text` with the parts the module does not spell as `*`.
 */
/** (`reexport`: the module imports the name from a library, `type` is the library path: `from langchain.chains import LLMChain`.) */
export interface ExportedValue extends ExportedShape {
  via: 'value' | 'call' | 'constant' | 'class' | 'function' | 'reexport'; text?: string;
  /** A function that runs the callable it is given in a thread or an executor: that parameter's position. */
  defers?: number;
}

/** A type, and for a holder (a ref, an object of several values) the types of its fields. */
export interface ExportedShape { type: string; fields?: Record<string, ExportedShape> }

/**
 * Looks up an import path (as the resolver spells it) from one importing file; `callSiteType` answers what other
 * project modules pass to one of this file's module-level functions or classes (`Analyzer(YOLO("best.pt"))`):
 * `name` is the function or class, `arg` a positional index (after `self`) or a keyword.
 */
export type ExternalLookup = ((importPath: string) => ExportedValue | undefined) & {
  callSiteType?: (name: string, arg: string) => ExportedShape | undefined;
  /** Whether the path names something a project module defines (its body is analysed where it is written). */
  inProject?: (importPath: string) => boolean;
  /** Whether a request URL ends with a route a project module serves with a model (`/api/chat`, `/predict`). */
  servedRoute?: (url: string) => boolean;
  /** A project module's function that records what it is given (`log_prediction(...)` in `utils/telemetry.py`). */
  recorder?: (importPath: string) => RecorderSummary | undefined;
  /** Auto-instrumentation started anywhere in the project (`Traceloop.init()` in `telemetry.py`). */
  instrumentations?: () => InstrumentationAt[];
};

/**
 * A module-level function of a project module whose parameters reach a telemetry sink in its body (a log, span or
 * metric call, at any depth of same-file calls): its call sites in other modules record what they pass there.
 * `positions` and `names` are the recording parameters; `fields` the field names its records carry.
 */
export interface RecorderSummary {
  positions: number[]; names: string[]; fields: string[];
  /** Where the recorder records (its first log, span or metric call that receives a parameter), when its text is known. */
  at?: RecordedIn;
}

/** A record in another project file: the file (absolute), the 0-based line, the line's text. */
export interface RecordedIn { file: string; line: number; text: string }

interface Entry { file: string; model?: FileModel; text?: string; resolver?: Resolver; exports: Map<string, ExportedValue | null>; keys: string[]; callSites?: Map<string, ExportedShape>; routes?: string[]; recorders?: Map<string, RecorderSummary | null>; flow?: Flow; logs?: boolean; instruments?: InstrumentationAt[] }

/** What a workspace index knows, as plain data: it crosses to the editor's other threads and back. */
export interface ExportSnapshot { modules: { file: string; keys: string[]; exports: Record<string, ExportedValue>; callSites?: Record<string, ExportedShape>; routes?: string[]; recorders?: Record<string, RecorderSummary>; instruments?: InstrumentationAt[] }[] }

export class WorkspaceIndex {
  private readonly byKey = new Map<string, Entry>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly tables: KnowledgeTables, private readonly root: string) {}

  /** `text`, when given, names the evidence of the module's recorders (the line that records). */
  add(file: string, model: FileModel, text?: string): void {
    const entry: Entry = { file, model, text, exports: new Map(), keys: moduleKeys(path.resolve(file), this.root, model.language) };
    this.files.add(path.resolve(file));
    for (const key of entry.keys) if (!this.byKey.has(key)) this.byKey.set(key, entry);
    this.located.clear();
  }

  /** Every module's exports, computed now, as plain data. */
  snapshot(): ExportSnapshot {
    const modules: ExportSnapshot['modules'] = [];
    for (const entry of new Set(this.byKey.values())) {
      const exports: Record<string, ExportedValue> = {};
      for (const name of entry.model ? [...moduleNames(entry.model), ...classMembers(entry.model)] : entry.exports.keys()) {
        const e = this.exportOf(entry, name);
        if (e) exports[name] = e;
      }
      const callSites = this.callSitesOf(entry);
      this.servedRoutes();
      const routes = entry.routes ?? [];
      const recorders = this.recordersOf(entry);
      this.instrumentations();
      const instruments = entry.instruments ?? [];
      if (Object.keys(exports).length || callSites.size || routes.length || recorders.size || instruments.length) {
        modules.push({ file: entry.file, keys: entry.keys, exports, ...(callSites.size ? { callSites: Object.fromEntries(callSites) } : {}), ...(routes.length ? { routes } : {}),
          ...(recorders.size ? { recorders: Object.fromEntries(recorders) } : {}), ...(instruments.length ? { instruments } : {}) });
      }
    }
    return { modules };
  }

  /** An index answering from a snapshot (the models stay where the snapshot was taken). */
  static fromSnapshot(snapshot: ExportSnapshot, tables: KnowledgeTables, root: string): WorkspaceIndex {
    const index = new WorkspaceIndex(tables, root);
    for (const m of snapshot.modules) {
      const entry: Entry = { file: m.file, exports: new Map(Object.entries(m.exports)), keys: m.keys, callSites: new Map(Object.entries(m.callSites ?? {})), routes: m.routes ?? [],
        recorders: new Map(Object.entries(m.recorders ?? {})), instruments: m.instruments ?? [] };
      for (const key of m.keys) if (!index.byKey.has(key)) index.byKey.set(key, entry);
    }
    return index;
  }

  /** The lookup function a resolver of `importer` uses. */
  lookupFor(importer: string, language: FileModel['language']): ExternalLookup {
    const from = path.resolve(importer);
    const lookup: ExternalLookup = importPath => {
      const found = this.locate(importPath, from, language);
      return found && found.entry.file !== importer ? this.exportOf(found.entry, found.name) : undefined;
    };
    lookup.inProject = importPath => { const found = this.locate(importPath, from, language); return !!found && found.entry.file !== importer; };
    lookup.callSiteType = (name, arg) => {
      const own = this.byKey.get(moduleKeys(from, this.root, language)[0]);
      return own ? this.callSitesOf(own).get(`${name}#${arg}`) : undefined;
    };
    lookup.servedRoute = url => matchesServedRoute(url, this.servedRoutes());
    // (the importer's own instrumentation is found by its own analysis)
    lookup.instrumentations = () => this.instrumentations().filter(i => i.file !== importer);
    // asked for every call of a library function the tables do not know as a sink: answered once per path
    const recorders = new Map<string, RecorderSummary | undefined>();
    lookup.recorder = importPath => {
      if (recorders.has(importPath)) return recorders.get(importPath);
      const found = this.locate(importPath, from, language);
      const r = found && found.entry.file !== importer ? this.recorderOf(found.entry, found.name) : undefined;
      recorders.set(importPath, r);
      return r;
    };
    return lookup;
  }

  /**
   * A module-level function's recording parameters, found on first ask and kept: its parameters are followed through
   * its body (and same-file helpers) with the module's own value flow. Only modules that call a logger method, or
   * import another project module, are looked into: recording is what makes a function a recorder, and most modules
   * record nothing.
   */
  private recorderOf(entry: Entry, name: string): RecorderSummary | undefined {
    entry.recorders ??= new Map();
    if (entry.recorders.has(name) || !entry.model) return entry.recorders.get(name) ?? undefined;
    const m = entry.model;
    entry.recorders.set(name, null);   // (asked again while being found: nothing yet)
    let found: RecorderSummary | undefined;
    const fn = m.scopes.find(s => s.kind === 'function' && s.parent === 0 && s.name === name);
    // (or that imports a project module: a wrapper that passes its parameters on to another module's recorder records
    // them too, at any depth; a cycle of modules ends at a function being found, which records nothing yet)
    if (fn && fn.params.length && (entry.logs ??= m.calls.some(c => c.callee.k === 'attr' && this.tables.loggerMethods.includes(c.callee.attr))
      || m.imports.some(i => { const f = this.locate(i.path, path.resolve(entry.file), m.language); return !!f && f.entry !== entry; }))) {
      try {
        entry.resolver ??= new Resolver(m, this.tables, this.lookupFor(entry.file, m.language));
        const flow = (entry.flow ??= new Flow(m, entry.resolver));
        const positions: number[] = [], names: string[] = [], fields = new Set<string>();
        let first: number | undefined;
        if (flow.sinks.length) fn.params.forEach((p, i) => {
          const res = flow.propagate(fn.id, { keys: [p.name], calls: [] }, {});
          if (!res.hits.length) return;
          positions.push(i); names.push(p.name);
          for (const h of res.hits) { for (const f of h.fields) fields.add(f); first = Math.min(first ?? Infinity, h.call.r.start.line); }
        });
        const line = first !== undefined && entry.text !== undefined ? lineText(entry.text, first) : undefined;
        if (positions.length) found = { positions, names, fields: [...fields].sort(), ...(line !== undefined ? { at: { file: entry.file, line: first!, text: line } } : {}) };
      } catch { /* a module that cannot be followed records nothing known */ }
    }
    entry.recorders.set(name, found ?? null);
    return found;
  }

  /** Every recording function of a module (for the snapshot the editor's threads get). */
  private recordersOf(entry: Entry): Map<string, RecorderSummary> {
    if (entry.model) for (const s of entry.model.scopes) if (s.kind === 'function' && s.parent === 0 && s.name) this.recorderOf(entry, s.name);
    return new Map([...(entry.recorders ?? new Map<string, RecorderSummary | null>()).entries()].filter((e): e is [string, RecorderSummary] => !!e[1]));
  }

  /**
   * Every route a project module serves with a model, computed once for the index (each module's detection runs with
   * no routes known, so finding them cannot recurse).
   */
  private servedRoutes(): string[] {
    if (this.allRoutes) return this.allRoutes;
    if (this.buildingRoutes) return [];
    this.buildingRoutes = true;
    const all = new Set<string>();
    for (const entry of new Set(this.byKey.values())) {
      if (entry.routes === undefined && entry.model) {
        entry.resolver ??= new Resolver(entry.model, this.tables, this.lookupFor(entry.file, entry.model.language));
        try { entry.routes = routesServed(entry.model, entry.resolver, path.relative(this.root, path.resolve(entry.file))); }
        catch { entry.routes = []; } // a module that cannot be read serves nothing known
      }
      for (const r of entry.routes ?? []) all.add(r);
    }
    this.buildingRoutes = false;
    this.allRoutes = [...all].sort();
    return this.allRoutes;
  }
  private allRoutes?: string[];

  /** Every auto-instrumentation a project module starts, found once for the index. */
  private instrumentations(): InstrumentationAt[] {
    if (this.allInstruments) return this.allInstruments;
    const all: InstrumentationAt[] = [];
    for (const entry of new Set(this.byKey.values())) {
      if (entry.instruments === undefined && entry.model) {
        entry.resolver ??= new Resolver(entry.model, this.tables, this.lookupFor(entry.file, entry.model.language));
        try { entry.instruments = instrumentationsIn(entry.model, entry.resolver, entry.file, entry.text?.split('\n') ?? []); }
        catch { entry.instruments = []; }
      }
      // a vendored library's own instrumentation is not the project's
      if (!isVendored(path.relative(this.root, entry.file))) all.push(...(entry.instruments ?? []));
    }
    this.allInstruments = all.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return this.allInstruments;
  }
  private allInstruments?: InstrumentationAt[];
  private buildingRoutes = false;

  /** The project module and exported name an import path names, if it names one. */
  private locate(importPath: string, from: string, language: FileModel['language']): { entry: Entry; name: string } | undefined {
    // asked for every call of every module (call sites, exports, lookups): the answer depends on the importer's folder only
    const key = `${language}\u0000${path.dirname(from)}\u0000${importPath}`;
    if (this.located.has(key)) return this.located.get(key);
    const found = this.locateUncached(importPath, from, language);
    this.located.set(key, found);
    return found;
  }
  /** `locate`'s answers (emptied when a module is added). */
  private readonly located = new Map<string, { entry: Entry; name: string } | undefined>();

  private locateUncached(importPath: string, from: string, language: FileModel['language']): { entry: Entry; name: string } | undefined {
    // try every split of `module.name` (module paths may contain dots, names may be followed by nothing)
    for (let i = importPath.length; i > 0; i = importPath.lastIndexOf('.', i - 1)) {
      const mod = importPath.slice(0, i), name = importPath.slice(i + 1) || 'default';
      // `name` or `Class.member` (a static factory: `PipelineSingleton.getInstance()`)
      if (name.split('.').length > 2) continue;
      const entry = this.entryFor(mod, from, language);
      if (entry) return this.vendoredLibrary(importPath, entry, language) ? undefined : { entry, name };
    }
    return undefined;
  }

  /**
   * A copy of a known ML library kept in the tree (`fitting/detectron2/` beside its own `setup.py`): its imports are the
   * library's, which the knowledge tables describe, not project code to follow. Only a library the tables name, and
   * only when the package sits in a distribution of its own, so a project's own `agents/` or `arch/` package stays the project's.
   */
  private vendoredLibrary(importPath: string, entry: Entry, language: FileModel['language']): boolean {
    if (language !== 'python' || importPath.startsWith('.')) return false;
    const root = importPath.split('.')[0];
    if (!this.libraryRoots().has(root)) return false;
    const file = path.resolve(entry.file);
    const at = file.lastIndexOf(`${path.sep}${root}${path.sep}`);
    if (at < 0) return false;
    const distribution = file.slice(0, at);
    return distribution !== path.resolve(this.root) && this.files.has(path.join(distribution, 'setup.py'));
  }
  private readonly files = new Set<string>();
  /** The model libraries and ML modules of the tables, as a set (asked of every import located). */
  private libraryRoots(): Set<string> {
    return (this.libraryRootSet ??= new Set([...this.tables.modelLibraries, ...this.tables.mlModules]));
  }
  private libraryRootSet?: Set<string>;

  /**
   * What other modules pass to this module's functions and classes, when it is a model or a client: built once
   * for the whole index from every module's calls (`Analyzer(model)` with `model = YOLO(…)` in `app.py`).
   */
  private callSitesOf(entry: Entry): Map<string, ExportedShape> {
    if (entry.callSites) return entry.callSites;
    if (this.buildingCallSites) return new Map();
    this.buildingCallSites = true;
    for (const e of new Set(this.byKey.values())) e.callSites ??= new Map();
    for (const caller of new Set(this.byKey.values())) {
      if (!caller.model) continue;
      caller.resolver ??= new Resolver(caller.model, this.tables, this.lookupFor(caller.file, caller.model.language));
      const r = caller.resolver;
      const from = path.resolve(caller.file);
      for (const call of caller.model.calls) {
        // only a call passing something that may be a model or client can say anything: most pass literals or nothing
        if (!call.args.some(a => !a.spread && a.value.k !== 'str' && a.value.k !== 'lit' && a.value.k !== 'func')) continue;
        const spelt = r.importedPath(call.callee, call.scope);
        const callee: Sym = spelt !== undefined ? { k: 'path', path: spelt } : r.expr(call.callee, call.scope);
        if (callee.k !== 'path') continue;
        const found = this.locate(callee.path, from, caller.model.language);
        if (!found || found.entry === caller || !found.entry.model) continue;
        // `Class.method` only for a method called on an instance (`model.predict_sentence(text, session)` with
        // `model = Seq2SeqModel(…)`): the arguments after `self`; a static factory's (`Class.create(…)`) are not indexed
        if (found.name.includes('.') && !(call.callee.k === 'attr' && r.importedPath(call.callee.obj, call.scope) === undefined)) continue;
        // `module.exports = analyse` / `export default analyse`, called as the module's default: the function's own name
        const name = found.name === 'default' ? defaultExportName(found.entry.model) ?? 'default' : found.name;
        let position = 0;
        for (const a of call.args) {
          if (a.spread) break; // positions after a spread are unknown
          const key = `${name}#${a.name ?? position++}`;
          // (a literal or a function is never a model or client: not worth resolving)
          if (a.value.k === 'str' || a.value.k === 'lit' || a.value.k === 'func') continue;
          const s = r.expr(a.value, call.scope);
          // a model or client, or an object holding some (`detect(img, { net: session, nms })` with sessions made here)
          if (s.k !== 'typed' || s.member.length) continue;
          const shape = s.container ? (holdsModels(s, this.tables) ? toShape(s) : undefined) : isModelType(s.type, this.tables) ? { type: s.type } : undefined;
          if (shape && !found.entry.callSites!.has(key)) found.entry.callSites!.set(key, shape);
        }
      }
    }
    this.buildingCallSites = false;
    return entry.callSites!;
  }
  private buildingCallSites = false;

  /**
   * The project module an import names: relative paths from the importer; non-relative ones (`@/lib/openai`,
   * `~/lib/x`, `lib/x` with a `baseUrl`) tried from each folder between the importer and the root, and its `src/`.
   */
  private entryFor(mod: string, from: string, language: FileModel['language']): Entry | undefined {
    // ESM spells the file (`./core/engine.js`, and `./x.js` for `x.ts` under NodeNext): the key has no extension
    if (language !== 'python' && /\.(m|c)?(j|t)sx?$/.test(mod) && (mod.startsWith('.') || /^[@~]\//.test(mod))) mod = mod.replace(/\.(m|c)?(j|t)sx?$/, '');
    const direct = this.byKey.get(moduleKey(mod, from, language));
    if (direct || mod.startsWith('.') || language === 'python') return direct;
    // an alias (`@/`, `~/`) or a path below a `baseUrl` (`lib/openai`); a bare package name (`openai`) is the package
    // (SvelteKit's `$lib` is `src/lib`: `$lib/server` is `lib/server` below a `src/`)
    if (mod === '$lib' || mod.startsWith('$lib/')) mod = `~/lib${mod.slice(4)}`;
    // a scoped package the project holds itself (a monorepo's `packages/<name>`, `libs/<name>`): its index module
    const scoped = /^@[\w.-]+\/([\w.-]+)$/.exec(mod);
    if (scoped) return this.byKey.get(`${WORKSPACE_PACKAGE}${scoped[1]}`);
    if (!/^[@~]\//.test(mod) && (mod.startsWith('@') || !mod.includes('/'))) return undefined;
    const rest = mod.replace(/^[@~]\//, '');
    // only files of the project are keys, so walking up past the scan's root finds nothing foreign
    for (let dir = path.dirname(from), up = 0; up < 12; dir = path.dirname(dir), up++) {
      const hit = this.byKey.get(path.join(dir, rest)) ?? this.byKey.get(path.join(dir, 'src', rest));
      if (hit) return hit;
      if (path.dirname(dir) === dir) break;
    }
    return undefined;
  }

  private exportOf(entry: Entry, name: string): ExportedValue | undefined {
    const known = entry.exports.get(name);
    if (known !== undefined) return known ?? undefined;
    if (!entry.model) return undefined;
    const guard = `${entry.file}#${name}`;
    if (this.inProgress.has(guard)) return undefined;
    this.inProgress.add(guard);
    entry.resolver ??= new Resolver(entry.model, this.tables, this.lookupFor(entry.file, entry.model.language));
    const r = entry.resolver;
    let result: ExportedValue | undefined;
    const [first, member] = name.split('.');
    let s = r.name(first, 0);
    // a member of an exported class (`Class.member`), or of the default export (`import X from`; `X.member`)
    if (member === undefined && s.k === 'unknown' && first !== 'default') { const d = r.name('default', 0); if (d.k === 'class') { s = r.classAttribute(d.scope, first); } }
    else if (member !== undefined) s = s.k === 'class' ? r.classAttribute(s.scope, member) : { k: 'unknown', why: 'other' };
    // an object of models (`export const config = { model, processor }`) keeps its typed fields
    if (s.k === 'typed' && !s.member.length) result = s.container && s.fields ? { ...toShape(s)!, via: 'value' } : { type: s.type, via: 'value' };
    else if (s.k === 'fn' || s.k === 'class') {
      const made = s.k === 'class' ? r.instanceOf(s.scope) : r.returnOf(s.scope);
      if (made.k === 'typed' && !made.member.length) result = made.container && made.fields ? { ...toShape(made)!, via: 'call' } : { type: made.type, via: 'call' };
      // a class whose instances are not models themselves but may hold one (`Classifier().model` set by its `load_model()`)
      else if (s.k === 'class' && member === undefined) result = { type: 'class', via: 'class' };
      // a function whose body the engine reads where it is written (`def llm_model(prompt)` calling Gemini): calling it is not the model call
      else if (s.k === 'fn' && member === undefined) {
        const defers = r.deferringParam(s.scope);
        result = defers === undefined ? { type: 'function', via: 'function' } : { type: 'function', via: 'function', defers };
      }
    }
    // a library name the module imports, used by a module that imports it from here (`from imports import *`)
    if (!result && member === undefined && s.k === 'path' && !r.definedInProject(s.path)) result = { type: s.path, via: 'reexport' };
    if (!result && member === undefined) {
      const text = r.moduleText(first);
      if (text !== undefined) result = { type: 'text', via: 'constant', text };
    }
    // a module-level name only ever set to None/null (`model = None` that no loader fills): importers hold nothing
    if (!result && member === undefined && onlyFalsy(entry.model, first)) result = { type: NOTHING_EXPORTED, via: 'constant' };
    this.inProgress.delete(guard);
    entry.exports.set(name, result ?? null);
    return result;
  }
}

/** Whether every assignment of a module-level name (`global` ones in functions too) is a falsy literal, and there is one. */
function onlyFalsy(m: FileModel, name: string): boolean {
  const values = m.assignments.filter(a => (a.scope === 0 || a.home === 0) && a.targets.some(t => t.root === name && !t.path.length)).map(a => a.value);
  return values.length > 0 && values.every(v => v.k === 'lit' && v.falsy);
}

/** Whether a holder's fields (two levels deep) include a model or a client. */
function holdsModels(s: Sym, tables: KnowledgeTables, depth = 0): boolean {
  if (s.k !== 'typed' || depth > 1) return false;
  if (!s.container) return isModelType(s.type, tables);
  return Object.values(s.fields ?? {}).some(f => holdsModels(f, tables, depth + 1));
}

const RUN_TYPES = new WeakMap<KnowledgeTables, string[]>();
/**
 * A model or a client (`model.*`, `client.*`), or any type an inference row runs (`llamaindex.chat-engine#chat`,
 * `langchain.runnable#invoke`, `chat.gemini#sendMessage`): a value worth following into the function it is passed to.
 */
function isModelType(type: string, tables: KnowledgeTables): boolean {
  if (/^(model|client)\./.test(type)) return true;
  let patterns = RUN_TYPES.get(tables);
  if (!patterns) {
    patterns = [...new Set(tables.inference.map(r => r.match).filter(m => m.includes('#') && !m.startsWith('?#')).map(m => m.slice(0, m.indexOf('#'))))];
    RUN_TYPES.set(tables, patterns);
  }
  return matchesAny(patterns, type);
}

/** Names bound at module level: assignments and definitions. */
function moduleNames(m: FileModel): Set<string> {
  const names = new Set<string>();
  for (const a of m.assignments) if (a.scope === 0) for (const t of a.targets) if (!t.path.length) names.add(t.root);
  for (const s of m.scopes) if (s.parent === 0 && !s.name.startsWith('<')) names.add(s.name);
  return names;
}

/** The name a module's default export is bound to (`module.exports = analyse`, `export default analyse`), if it is a name. */
function defaultExportName(m: FileModel): string | undefined {
  const value = m.assignments.find(a => a.scope === 0 && a.targets.some(t => t.root === 'default' && !t.path.length))?.value;
  return value?.k === 'name' ? value.name : undefined;
}

/** `Class.method` for the methods of module-level classes, and `method` for those of a default-exported class. */
function classMembers(m: FileModel): string[] {
  const out: string[] = [];
  const defaultClass = defaultExportName(m);
  for (const s of m.scopes) {
    if (s.kind !== 'function' || s.classId < 0 || m.scopes[s.classId].parent !== 0 || s.name.startsWith('<')) continue;
    const cls = m.scopes[s.classId].name;
    out.push(`${cls}.${s.name}`);
    if (defaultClass === cls) out.push(s.name);
  }
  return out;
}

/** The keys a file is importable by: its path without extension, and for Python every dotted suffix of its module path. */
function moduleKeys(file: string, root: string, language: FileModel['language']): string[] {
  const noExt = file.replace(/\.(py|pyi|tsx?|mts|cts|jsx?|mjs|cjs)$/, '');
  const asPackage = path.basename(noExt) === (language === 'python' ? '__init__' : 'index') ? [path.dirname(noExt)] : [];
  if (language !== 'python') {
    // a package of a monorepo (`libs/nlp-js-node/src/index.ts`), imported by its scoped name (`@safekids-ai/nlp-js-node`)
    const dir = asPackage[0];
    const packageDir = dir && (path.basename(dir) === 'src' ? path.dirname(dir) : dir);
    return [noExt, ...asPackage, ...(packageDir && packageDir !== path.resolve(root) ? [`${WORKSPACE_PACKAGE}${path.basename(packageDir)}`] : [])];
  }
  const rel = path.relative(root, asPackage[0] ?? noExt).split(path.sep).filter(p => p && p !== '..');
  return [noExt, ...asPackage, ...rel.map((_, i) => rel.slice(i).join('.'))];
}

/** Keys of a monorepo's packages by folder name (never a path, so never an import's key by accident). */
const WORKSPACE_PACKAGE = 'workspace-package:';

/** The key an import path refers to, from the importing file: relative imports become absolute paths. */
function moduleKey(mod: string, importer: string, language: FileModel['language']): string {
  if (!mod.startsWith('.')) return mod;
  if (language !== 'python') return path.resolve(path.dirname(importer), mod);
  // `.x` is a sibling module, `..x` one package up
  const dots = /^\.+/.exec(mod)![0].length;
  let dir = path.dirname(importer);
  for (let i = 1; i < dots; i++) dir = path.dirname(dir);
  return path.join(dir, ...mod.slice(dots).split('.').filter(Boolean));
}

/**
 * What a file's analysis asked of the rest of the project, with the answers: the only way other files reach a
 * file's result. A result cache keeps it beside the result and asks again on the next run; the same answers mean
 * the same result, whatever changed elsewhere.
 */
export type LookupLog = [kind: 'export' | 'inProject' | 'callSite' | 'route' | 'recorder' | 'instruments', args: string[], answer: string][];

/** `inner`, writing every question and answer to `log`. */
export function recordingLookup(inner: ExternalLookup, log: LookupLog): ExternalLookup {
  const lookup: ExternalLookup = importPath => { const a = inner(importPath); log.push(['export', [importPath], JSON.stringify(a ?? null)]); return a; };
  if (inner.inProject) { const f = inner.inProject; lookup.inProject = p => { const a = f(p); log.push(['inProject', [p], JSON.stringify(a)]); return a; }; }
  if (inner.callSiteType) { const f = inner.callSiteType; lookup.callSiteType = (n, a) => { const t = f(n, a); log.push(['callSite', [n, a], JSON.stringify(t ?? null)]); return t; }; }
  if (inner.servedRoute) { const f = inner.servedRoute; lookup.servedRoute = u => { const a = f(u); log.push(['route', [u], JSON.stringify(a)]); return a; }; }
  if (inner.recorder) { const f = inner.recorder; lookup.recorder = p => { const a = f(p); log.push(['recorder', [p], JSON.stringify(a ?? null)]); return a; }; }
  if (inner.instrumentations) { const f = inner.instrumentations; lookup.instrumentations = () => { const a = f(); log.push(['instruments', [], JSON.stringify(a)]); return a; }; }
  return lookup;
}

/** Whether `lookup` answers every question of `log` as it was answered then. */
export function sameAnswers(lookup: ExternalLookup, log: LookupLog): boolean {
  for (const [kind, args, answer] of log) {
    const now = kind === 'export' ? lookup(args[0]) ?? null : kind === 'inProject' ? lookup.inProject?.(args[0])
      : kind === 'route' ? !!lookup.servedRoute?.(args[0]) : kind === 'recorder' ? lookup.recorder?.(args[0]) ?? null
      : kind === 'instruments' ? lookup.instrumentations?.() ?? [] : lookup.callSiteType?.(args[0], args[1]) ?? null;
    if (JSON.stringify(now) !== answer) return false;
  }
  return true;
}

/** A 0-based line of a text, trimmed and cut as evidence is. */
function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) { const nl = text.indexOf('\n', start); if (nl < 0) return ''; start = nl + 1; }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).trim().slice(0, 160);
}
