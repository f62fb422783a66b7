/**
 * Works out what each expression of a FileModel refers to: an import path (`joblib.load`), a value
 * of a known type (`model.onnx`, `client.openai`, `logger.structlog`) tracked through assignments,
 * attributes such as `self.model`, returns of local functions and class bases, or nothing known.
 * Resolution is flow-insensitive per scope and memoised; cycles resolve to `unknown`.
 */
import type { Assignment, Call, Expr, FileModel, Param, Scope } from './model';
import type { EntryPointContract, KnowledgeTables, LoadRule, ProducerRow } from './knowledge/types';
import { findRow, matches, matchesAny, matchingRows } from './knowledge';
import type { ExportedShape, ExportedValue, ExternalLookup, RecorderSummary } from './workspace';
import { unheardOfLibraryType } from './unknownLibraries';

export type Sym =
  | { k: 'path'; path: string }
  | { k: 'typed'; type: string; member: string[]; origins: number[]; heuristic?: boolean; container?: boolean; fields?: Record<string, Sym>;
      /** a container's element when it is itself a record (`{ chat: { instance: new Wllama(), src } }[kind]`): indexed by any key, that record */
      of?: Sym }
  | { k: 'fn'; scope: number }
  | { k: 'class'; scope: number }
  | { k: 'instance'; cls: number }
  | { k: 'unknown'; why: 'param' | 'unbound' | 'call' | 'other'; callee?: string };

/** Row lookups depend only on the (immutable) table and the symbol: shared by every file analysed with that table. */
const ROW_CACHE = new WeakMap<unknown[], Map<string, unknown>>();
const CALL_PRODUCERS = new WeakMap<ProducerRow[], Map<string, ProducerRow[]>>();

const UNKNOWN_OTHER: Sym = { k: 'unknown', why: 'other' };

/** The type of another module's export that is only ever None/null (`model = None` that nothing fills). */
export const NOTHING_EXPORTED = 'none';

/** The type of a value a framework contract says is the model (see EntryPointContract). */
export const SERVED_MODEL = 'model.served';
/** Attributes a load hook sets that are helpers of the model, not the model (`self.tokenizer = MyTok.load()`). */
const NOT_A_MODEL = /tokeni[sz]er|processor|vectori[sz]er|vocab|labels?$|classes|config|device|transforms?$|pre_?process|post_?process|scaler|mapping|names$|^_?(lock|logger|log|path|dir)$/i;

export function symbolString(s: Sym): string | undefined {
  if (s.k === 'path') return s.path;
  if (s.k === 'typed') return s.container ? undefined : `${s.type}#${s.member.join('.')}`;
  return undefined;
}

/** The segments of an access path rooted at a name, literal index keys included (`st.session_state["m"]` → st, session_state, m). */
function accessSegments(e: Expr): string[] | undefined {
  if (e.k === 'name') return [e.name];
  if (e.k === 'attr') { const base = accessSegments(e.obj); return base && [...base, e.attr]; }
  if (e.k === 'index' && e.index.k === 'str' && !e.index.parts) { const base = accessSegments(e.obj); return base && [...base, e.index.value]; }
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
  /** `name()` answers by scope, then name: the hottest lookup of the analysis, kept free of key strings. */
  private readonly namesByScope: (Map<string, Sym | null> | undefined)[] = [];
  /** How many `name()` resolutions are under way (see `expr`'s member case). */
  private resolvingNames = 0;
  private readonly attrCache = new Map<Expr, { scope: number; sym: Sym }>();
  private readonly callProducers: Map<string, ProducerRow[]>;
  readonly mlFile: boolean;
  /** The packages the file imports from (first segments of its import paths). */
  get importRoots(): ReadonlySet<string> { return (this.importRootSet ??= new Set(this.m.imports.map(i => rootModule(i.path)))); }
  private importRootSet?: Set<string>;

  /** `external` answers for imports from other files of the workspace, when a workspace index is available. */
  constructor(readonly m: FileModel, readonly t: KnowledgeTables, private readonly external?: ExternalLookup) {
    for (const imp of m.imports) this.imports.set(imp.local, imp.path);
    for (const a of m.assignments) {
      const home = a.home ?? a.scope;
      let byKey = this.bindings.get(home);
      if (!byKey) this.bindings.set(home, (byKey = new Map()));
      for (const target of a.targets) {
        const key = targetKey(target.root, target.path);
        const list = byKey.get(key);
        if (list) list.push(a); else byKey.set(key, [a]);
      }
    }
    // `MODELS[name] = spacy.load(name)` or `registry.model = …` in a function writes into the variable of the
    // scope that binds `MODELS`, not a local one: readers elsewhere see it there
    for (const a of m.assignments) {
      if (a.home !== undefined) continue;
      for (const target of a.targets) {
        if (!target.path.length || this.bindsPlainly(a.scope, target.root) || m.scopes[a.scope].params.some(p => p.name === target.root)) continue;
        for (let s = m.scopes[a.scope].parent; s >= 0; s = m.scopes[s].parent) {
          if (!this.bindsPlainly(s, target.root)) continue;
          const byKey = this.bindings.get(s)!;
          const key = targetKey(target.root, target.path);
          const list = byKey.get(key);
          if (list) list.push(a); else byKey.set(key, [a]);
          break;
        }
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
    this.mlFile = m.imports.some(i => inPackage(i.path, t.mlModules));
  }

  /** Whether a scope assigns a name as a whole (`x = …`), which makes it that scope's variable. */
  private bindsPlainly(scope: number, name: string): boolean {
    return !!this.bindings.get(scope)?.get(name)?.some(a => a.targets.some(t => t.root === name && !t.path.length));
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
      case 'attr': {
        // member chains are resolved again and again (every detector reads the callee): an answer given outside any
        // name's resolution is final and kept; inside one, a cycle may have cut it short, so it is not
        if (this.resolvingNames) return this.attr(e.obj, e.attr, scope);
        const cached = this.attrCache.get(e);
        if (cached?.scope === scope) return cached.sym;
        const sym = this.attr(e.obj, e.attr, scope);
        if (!this.resolvingNames) this.attrCache.set(e, { scope, sym });
        return sym;
      }
      case 'index': {
        // `st.session_state["model"]` written elsewhere
        if (e.index.k === 'str' && !e.index.parts) { const stored = this.storedValue(e.obj, e.index.value); if (stored) return stored; }
        const base = this.expr(e.obj, scope);
        if (base.k === 'typed' && base.container) {
          const key = e.index.k === 'str' && !e.index.parts ? e.index.value : undefined;
          return key !== undefined && base.fields && Object.hasOwn(base.fields, key) ? base.fields[key] : element(base);
        }
        return base.k === 'typed' ? this.access({ ...base, member: [...base.member, '[]'] }) : UNKNOWN_OTHER;
      }
      case 'call': return this.callResult(this.m.calls[e.call]);
      // an arrow or lambda is a function of the file (`(() => { … return chatOpenAI; })()` gives what it returns)
      case 'func': return this.m.scopes[e.fn].kind === 'class' ? { k: 'class', scope: e.fn } : { k: 'fn', scope: e.fn };
      // a dict, list or tuple of models (`MODELS = {"churn": joblib.load(…)}`): indexing it gives a model
      case 'dict': {
        // an object literal keeps its keys: `{ instance: new ClassificationModel(m) }.instance`, `return { mel, encoder }`
        const values = e.entries.map(x => this.expr(x.value, scope));
        const holder = asContainer(this.best(values));
        if (holder.k !== 'typed') return holder;
        const fields: Record<string, Sym> = {};
        e.entries.forEach((x, i) => { if (x.key !== null) fields[x.key] = values[i]; });
        const { of: _, ...flat } = holder;
        const inner = this.best(values);
        return { ...flat, fields, ...(inner.k === 'typed' && inner.container && inner.fields ? { of: inner } : {}) };
      }
      case 'other':
        if (e.op === 'tuple') return asContainer(this.best(e.parts.map(x => this.expr(x, scope))));
        // LangChain's LCEL: `prompt | llm | parser` is a runnable that runs the model
        if (e.op === '|') {
          const parts = e.parts.map(x => this.expr(x, scope));
          const chain = this.best(parts.filter(x => x.k === 'typed' && x.type.startsWith('client.langchain')));
          if (chain.k === 'typed') return chain;
          // river's pipelines: `preprocessing.StandardScaler() | linear_model.LogisticRegression()` predicts with its last model
          const models = parts.filter(x => x.k === 'typed' && !x.container && x.type.startsWith('model.'));
          return models.length === parts.length ? models[models.length - 1] : chain;
        }
        // `provider === "anthropic" ? new ChatAnthropic(…) : new ChatOpenAI(…)`, `a if cond else b`: either value
        if (e.op === '?:') return this.best(e.parts.slice(1).map(x => this.expr(x, scope)));
        // a fallback (`window.SpeechRecognition || window.webkitSpeechRecognition`, `cached ?? new OpenAI()`, `model or load()`): the
        // value that is a model, a client or a library's, when one is (a setting with a default stays what it was: unknown)
        if (e.op === '||' || e.op === '??' || e.op === 'or') {
          const parts = e.parts.map(x => this.expr(x, scope));
          return parts.find(x => x.k === 'typed') ?? parts.find(x => x.k === 'path' && (inPackage(x.path, this.t.mlModules) || !!this.row(this.t.producers, x.path))) ?? UNKNOWN_OTHER;
        }
        return UNKNOWN_OTHER;
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
    const names = (this.namesByScope[scope] ??= new Map());
    const cached = names.get(name);
    if (cached) return cached;
    // null: being resolved (a cycle reads it as unknown)
    if (cached === null) return UNKNOWN_OTHER;
    names.set(name, null);
    this.resolvingNames++;
    let result: Sym;
    try { result = this.lookupName(name, scope); } finally { this.resolvingNames--; }
    names.set(name, result);
    return result;
  }

  private lookupName(name: string, scope: number): Sym {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.kind === 'class' && s !== scope) continue;
      const assigned = this.bindings.get(s)?.get(name);
      // `try: from mistralai import Mistral` / `except ImportError: Mistral = None`: the fallback only marks the
      // library missing; where the name is used, it is the import
      if (assigned && this.imports.has(name) && assigned.every(a => a.value.k === 'lit' && a.value.falsy)) continue;
      if (assigned) {
        let r = this.bestAssigned(assigned, name);
        if (r.k === 'unknown') { const used = this.usageType(name, s); if (used) return used; }
        if ((r.k === 'unknown' || (r.k === 'fn' && this.isLambda(r.scope))) && s === 0 && !NOT_A_MODEL.test(name) && assigned.some(a => a.home === 0 && isModelValue(a.value) && this.isLoadHook(a.scope))) r = served();
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
        // an injected dependency (FastAPI `model = Depends(get_model)`) is what the provider returns
        if (param.default?.k === 'call') {
          const d = this.expr(param.default, sc.parent >= 0 ? sc.parent : 0);
          if (d.k === 'typed') return d;
        }
        return this.callbackParam(s, sc.params.indexOf(param)) ?? this.contractParam(s, param.name) ?? this.callSiteParam(s, sc.params.indexOf(param), param.name) ?? { k: 'unknown', why: 'param' };
      }
    }
    const imported = this.imports.get(name);
    if (imported !== undefined) return this.pathSym(imported);
    const builtin = Object.hasOwn(this.t.builtins, name) ? this.t.builtins[name] : undefined;
    if (builtin) return { k: 'path', path: builtin };
    // a name no statement binds, in a file that star-imports an ML library (`from pycaret.regression import *`,
    // `from fastai.vision.all import *`): that library's name
    // (Python's later star import wins, but which module defines the name only the knowledge rows can say)
    // a project module star-imported (`from imports import *`) that defines or imports the name says so itself
    const project = this.starImports().filter(p => this.definedInProject(p)).reverse().find(p => this.exported(`${p}.${name}`));
    if (project) return this.pathSym(`${project}.${name}`);
    const stars = this.starImports().filter(p => inPackage(p, this.t.mlModules));
    const star = stars.find(p => this.row(this.t.producers, `${p}.${name}`) || this.row(this.t.inference, `${p}.${name}`)) ?? stars[stars.length - 1];
    if (star) return this.pathSym(`${star}.${name}`);
    return { k: 'unknown', why: 'unbound' };
  }

  /** The modules a Python file star-imports (`from m import *`), in order. */
  private starImports(): string[] {
    this.stars ??= this.m.imports.filter(i => i.local === '*').map(i => i.path.replace(/\.\*$/, ''));
    return this.stars;
  }
  private stars?: string[];

  /** What an assignment gives a key: with tuple unpacking, the matching element. */
  private assignedValue(a: Assignment, key: string): Sym {
    if (a.kind === 'augmented') return UNKNOWN_OTHER;
    if (a.kind === 'for') {
      // `for model in MODELS:` gives each model of a container
      const over = a.targets.length === 1 && a.targets[0].index === undefined ? this.expr(a.value, a.scope) : UNKNOWN_OTHER;
      return over.k === 'typed' && over.container ? element(over) : UNKNOWN_OTHER;
    }
    const target = a.targets.find(t => targetKey(t.root, t.path) === key);
    if (target?.index === 0 && a.value.k === 'call') { const held = this.stateValue(a, a.value.call); if (held) return held; }
    if (target?.index !== undefined) return this.element(a.value, target.index, a.scope);
    // `models[name] = load(…)`: the variable holds models (and `models[name] = (load(…), 640)` holds tuples of them: an entry is the tuple)
    if (target && target.path.includes('[]')) {
      const held = this.expr(a.value, a.scope);
      return held.k === 'typed' && held.container ? { ...held, of: held } : asContainer(held);
    }
    return this.expr(a.value, a.scope);
  }

  /** Element `i` of a tuple expression, or of the tuples a same-file function returns. */
  private element(e: Expr, i: number, scope: number, depth = 0): Sym {
    if (e.k === 'other' && e.op === 'tuple') return e.parts[i] ? this.expr(e.parts[i], scope) : UNKNOWN_OTHER;
    const loader = e.k === 'name' && depth < 3 ? this.contractParamSource(e.name, scope) : undefined;
    if (loader !== undefined) {
      const r = this.best(this.m.returns.filter(x => x.scope === loader && x.value).map(x => this.element(x.value!, i, x.scope, depth + 1)));
      return r.k === 'unknown' && i === 0 ? served() : r;
    }
    const settled = e.k === 'name' && depth < 3 ? this.promiseSettling(e.name, scope) : undefined;
    if (settled) {
      // `Promise.all([A.from_pretrained(id), B.from_pretrained(id)]).then(([model, tokenizer]) => …)`
      const gathered = this.gathered(settled.call, i);
      if (gathered) return this.expr(gathered, settled.call.scope);
    }
    if (e.k === 'call' && depth < 3) {
      // `const [face, hand] = await Promise.all([A.create(…), B.create(…)])`, `a, b = await asyncio.gather(f(), g())`
      const gathered = this.gathered(this.m.calls[e.call], i);
      if (gathered) return this.expr(gathered, scope);
      const callee = this.expr(this.m.calls[e.call].callee, scope);
      if (callee.k === 'fn') return this.best(this.m.returns.filter(r => r.scope === callee.scope && r.value).map(r => this.element(r.value!, i, r.scope, depth + 1)));
    }
    const whole = this.expr(e, scope);
    // a library loader that returns a tuple gives the model first and its helpers after (`model, _, preprocess =
    // open_clip.create_model_and_transforms(…)`, `model, tokenizer = mlx_lm.load(…)`, `model, utils = torch.hub.load(…silero…)`)
    if (i > 0 && e.k === 'call' && whole.k === 'typed' && !whole.container && whole.type.startsWith('model.')) return UNKNOWN_OTHER;
    return whole;
  }

  /** `const [model, setModel] = useState<tf.LayersModel | null>(null)`: its type argument, or what its setter is given. */
  private stateValue(a: Assignment, callId: number): Sym | undefined {
    const call = this.m.calls[callId];
    if (this.producerOf(call)?.holds !== 'state') return undefined;
    const declared = call.typeArgs?.[0] ? this.annotation(call.typeArgs[0], call.scope) : undefined;
    if (declared?.k === 'typed') return declared;
    const setter = a.targets.find(t => t.index === 1 && !t.path.length)?.root;
    if (!setter) return undefined;
    for (const c of this.m.calls) {
      const value = c.callee.k === 'name' && c.callee.name === setter ? c.args[0]?.value : undefined;
      if (!value || value.k === 'func') continue;
      const given = this.expr(value, c.scope);
      if (given.k === 'typed') return given;
    }
    return undefined;
  }

  /** `ref.current` of `const ref = useRef<HandLandmarker | null>(null)`: the ref's type argument. */
  private heldValue(name: string, attr: string, scope: number): Sym | undefined {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const assigned = this.bindings.get(s)?.get(name);
      if (!assigned) continue;
      const value = assigned.length === 1 ? assigned[0].value : undefined;
      if (value?.k !== 'call') return undefined;
      const call = this.m.calls[value.call];
      if (this.producerOf(call)?.holds !== attr || !call.typeArgs?.[0]) return undefined;
      const declared = this.annotation(call.typeArgs[0], call.scope);
      return declared.k === 'typed' ? declared : undefined;
    }
    return undefined;
  }

  /** Element `i` of what `Promise.all([…])` or `asyncio.gather(…)` settles to: the `i`-th awaitable passed. */
  private gathered(call: Call, i: number): Expr | undefined {
    const c = call.callee;
    // `Promise` is the runtime's (a global the front end binds to itself), unless the file defines its own
    const promise = c.k === 'attr' && c.obj.k === 'name' && c.obj.name === 'Promise' ? this.name('Promise', call.scope) : undefined;
    if (c.k === 'attr' && c.attr === 'all' && promise && (promise.k === 'unknown' || (promise.k === 'path' && promise.path === 'Promise'))) {
      const list = call.args[0]?.value;
      return list?.k === 'other' && list.op === 'tuple' ? list.parts[i] : undefined;
    }
    if (symbolString(this.expr(c, call.scope)) === 'asyncio.gather') {
      const args = call.args.filter(a => !a.name);
      return args.every(a => !a.spread) ? args[i]?.value : undefined;
    }
    return undefined;
  }

  /**
   * `x.load_state_dict(…)` somewhere in the file says what `x` is, when its origin does not; so does a load into
   * it (`saver.restore(sess, path)`: `sess` is the restored model, with that load as its origin).
   */
  private usageType(key: string, bindingScope?: number): Sym | undefined {
    if (!this.usage) {
      this.usage = new Map();
      for (const c of this.m.calls) {
        if (c.callee.k !== 'attr') continue;
        const type = Object.hasOwn(this.t.typeFromUsage, c.callee.attr) ? this.t.typeFromUsage[c.callee.attr] : undefined;
        const k = type ? accessKey(c.callee.obj) : undefined;
        if (k && type) this.usage.set(k, [{ type, origins: [] }]);
      }
      if (this.loadsIntoNames.size) {
        for (const c of this.m.calls) {
          const name = c.callee.k === 'attr' ? c.callee.attr : c.callee.k === 'name' ? c.callee.name : undefined;
          if (!name || !this.loadsIntoNames.has(name)) continue;
          const row = this.producerOf(c);
          const target = row?.loadsInto !== undefined && row.type ? c.args.filter(a => !a.name && !a.spread)[row.loadsInto]?.value : undefined;
          const k = target ? accessKey(target) : undefined;
          if (!k) continue;
          const entry = { type: row!.type!, origins: [c.id], scope: c.scope };
          const list = this.usage.get(k);
          if (list) list.push(entry); else this.usage.set(k, [entry]);
        }
      }
    }
    // a load into a local name holds for that binding only: `sess` restored in one function is not every `sess`
    const used = this.usage.get(key)?.find(u => u.scope === undefined || bindingScope === undefined || this.encloses(bindingScope, u.scope));
    return used ? { k: 'typed', type: used.type, member: [], origins: used.origins } : undefined;
  }
  private usage?: Map<string, { type: string; origins: number[]; scope?: number }[]>;

  private encloses(outer: number, inner: number): boolean {
    for (let s = inner; s >= 0; s = this.m.scopes[s].parent) if (s === outer) return true;
    return false;
  }
  /** Last segments of the rows that load into an argument (`restore`, `load`): only those calls are resolved for it. */
  private get loadsIntoNames(): Set<string> {
    return (this._loadsIntoNames ??= new Set(this.t.producers.filter(p => p.loadsInto !== undefined).map(p => p.match.split(/[.#]/).pop()!)));
  }
  private _loadsIntoNames?: Set<string>;

  /**
   * The text of a module-level string constant (`MODEL_PATH = "models/m.pkl"`, `URL = f"http://{HOST}:8501/v1/models/m:predict"`),
   * holes the module does not spell shown as `*`; for other modules to read through the workspace index.
   */
  moduleText(name: string, depth = 0): string | undefined {
    const assigned = this.bindings.get(0)?.get(name);
    if (!assigned || assigned.length !== 1 || assigned[0].kind !== 'assign' || depth > 3) return undefined;
    const v = assigned[0].value;
    if (v.k !== 'str') return undefined;
    if (!v.parts) return v.value;
    let i = 0;
    return v.value.replace(/\{\}/g, () => { const part = v.parts![i++]; return (part?.k === 'name' ? this.moduleText(part.name, depth + 1) : undefined) ?? '*'; });
  }

  /** The text of a string constant another project module defines (`from app.config import MODEL_URL`). */
  importedText(path: string): string | undefined {
    const exported = this.exported(path);
    return exported?.via === 'constant' ? exported.text : undefined;
  }

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
  private pathSym(path: string, depth = 0): Sym {
    const row = this.row(this.t.producers, path);
    if (row?.on === 'value' && row.type) return { k: 'typed', type: row.type, member: [], origins: [] };
    const exported = row ? undefined : this.exported(path);
    if (exported?.via === 'value') return exported.fields ? fromShape(exported) : { k: 'typed', type: exported.type, member: [], origins: [] };
    // a project module's import of a library name is that library's name (`from imports import *` then `LLMChain(…)`)
    if (exported?.via === 'reexport' && depth < 4) return this.pathSym(exported.type, depth + 1);
    return { k: 'path', path };
  }

  /**
   * The import path a callee spells (`fn`, `mod.fn`, with `fn` or `mod` imported and bound by no enclosing scope), read
   * from the file's imports alone: the workspace's call-site index is built while other modules' exports are being
   * resolved, and resolving the callee would ask for them again (a name in progress resolves to nothing).
   */
  importedPath(e: Expr, scope: number): string | undefined {
    const segments = accessKey(e)?.split('.');
    if (!segments) return undefined;
    const root = segments[0];
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.kind === 'class' && s !== scope) continue;
      if (this.bindings.get(s)?.has(root) || this.defs.get(s)?.has(root) || sc.params.some(p => p.name === root)) return undefined;
    }
    const imported = this.imports.get(root);
    return imported === undefined ? undefined : [imported, ...segments.slice(1)].join('.');
  }

  /** Whether an import path names something another project module defines. */
  definedInProject(path: string): boolean {
    // a relative or aliased import is the project's even without an index (a file analysed alone)
    return /^(\.|@\/|~\/)/.test(path) || !!this.external?.inProject?.(path);
  }

  /** Whether the workspace index is there to say which imports are the project's (the CLI's scan, the editor with a folder). */
  knowsProject(): boolean { return !!this.external?.inProject; }

  /** What another project module defines under an import path, when the workspace index knows: a class or a function of its own. */
  projectDefinition(path: string): 'class' | 'function' | undefined {
    const e = this.exported(path);
    return e?.via === 'class' || e?.via === 'function' ? e.via : undefined;
  }

  /**
   * `async def run_sync_in_executor(fn: Callable, *args, **kwargs)` whose body hands work to a runner the tables know
   * (`loop.run_in_executor`, `asyncio.to_thread`, an executor's `submit`): the position of the parameter it runs — the one
   * annotated `Callable` or named as one (`fn`, `func`, `callable`, `target`). Calling the helper with a model's method runs it.
   */
  deferringParam(fn: number): number | undefined {
    const scope = this.m.scopes[fn];
    if (scope.kind !== 'function' || !this.t.deferredCalls.length) return undefined;
    const runs = this.m.calls.some(c => c.scope === fn && (() => { const s = symbolString(this.expr(c.callee, c.scope)); return !!s && !!this.row(this.t.deferredCalls, s); })());
    if (!runs) return undefined;
    const callableNamed = (p: Param) => /^(fn|func|function|callable|target|work|job|task_fn)$/.test(p.name)
      || (p.annotation !== undefined && /(^|\.)Callable$/.test(annotationHead(p.annotation)));
    const i = scope.params.findIndex(callableNamed);
    return i < 0 ? undefined : i;
  }

  /** The parameter position a project function of another module runs in a thread (see `deferringParam`). */
  projectDeferral(path: string): number | undefined {
    return this.exported(path)?.defers;
  }

  /** Whether another project module's export is only ever None/null: importing it gives nothing to run. */
  exportsNothing(path: string): boolean {
    const e = this.external?.(path);
    return e?.via === 'constant' && e.type === NOTHING_EXPORTED;
  }

  /** Whether a request URL goes to a route of the project that runs a model (known from the workspace index). */
  servedRoute(url: string): boolean {
    return !!this.external?.servedRoute?.(url);
  }
  /** A project function that records what it is given (its recording parameters and fields), if `path` names one. */
  projectRecorder(path: string): RecorderSummary | undefined {
    return this.external?.recorder?.(path);
  }


  /** What the workspace index knows of an import path, directly or through a project alias (`django.conf.settings.X` → `settings.X`). */
  private exported(path: string): ExportedValue | undefined {
    if (!this.external) return undefined;
    const direct = this.external(path);
    if (direct) return direct;
    const alias = this.t.projectAliases.find(a => path.startsWith(a.match + '.'));
    return alias ? this.external(alias.module + path.slice(alias.match.length)) : undefined;
  }

  /** The call that made the callback `fn` (given as one of its arguments). */
  private ownerOf(fn: number): Call | undefined {
    if (!this.callbackOwner) {
      this.callbackOwner = new Map();
      for (const c of this.m.calls) for (const a of c.args) if (a.value.k === 'func') this.callbackOwner.set(a.value.fn, c);
    }
    return this.callbackOwner.get(fn);
  }

  /** For the first parameter of a `.then(…)` callback, the call whose promise it settles from (`p.then(v => …)` → `p`). */
  private promiseSettling(name: string, scope: number): { call: Call } | undefined {
    const fn = this.m.scopes[scope];
    if (fn?.kind !== 'function' || fn.params[0]?.name !== name) return undefined;
    const owner = this.ownerOf(scope);
    if (!owner || owner.callee.k !== 'attr' || owner.callee.attr !== 'then' || owner.args[0]?.value.k !== 'func' || owner.args[0].value.fn !== scope) return undefined;
    const source = owner.callee.obj;
    return source.k === 'call' ? { call: this.m.calls[source.call] } : undefined;
  }

  /** A parameter of a callback a known API calls with typed values (`startActiveSpan(name, span => …)`). */
  private callbackParam(fn: number, index: number): Sym | undefined {
    const owner = this.ownerOf(fn);
    // `tf.loadLayersModel(url).then(model => …)`: the callback receives what the promise resolves to
    if (owner && index === 0 && owner.callee.k === 'attr' && owner.callee.attr === 'then' && owner.args[0]?.value.k === 'func' && owner.args[0].value.fn === fn) {
      const settled = this.expr(owner.callee.obj, owner.scope);
      if (settled.k === 'typed') return settled;
    }
    if (!this.t.callbacks.length) return undefined;
    const symbol = owner ? symbolString(this.expr(owner.callee, owner.scope)) : undefined;
    const row = symbol ? this.row(this.t.callbacks, symbol) : undefined;
    const type = row?.params[index];
    return type ? { k: 'typed', type, member: [], origins: row!.fromCall && owner ? [owner.id] : [] } : undefined;
  }
  private callbackOwner?: Map<number, Call>;

  /** What a same-file function returns. */
  returnOf(fn: number): Sym {
    return this.best(this.m.returns.filter(r => r.scope === fn && r.value).map(r => this.expr(r.value!, r.scope)));
  }

  /** A type annotation names a class; a known class gives its instances' type. */
  annotation(e: Expr, scope: number): Sym {
    // `Optional[X]`, `Annotated[X, Depends(get_x)]`, `X | None`: the first part that names a known type
    // (a generic type in annotation position, `Optional[X]` in tree-sitter's `generic_type`, lowers to a plain composite)
    if (e.k === 'index' || (e.k === 'other' && (e.op === '|' || e.op === 'tuple' || !e.op))) {
      const parts = e.k === 'index' ? (e.index.k === 'other' ? e.index.parts : [e.index]) : e.parts;
      for (const p of parts) {
        const r = p.k === 'call' ? this.expr(p, scope) : this.annotation(p, scope);
        if (r.k === 'typed') return r;
      }
      if (e.k === 'index' && e.obj.k !== 'name') return UNKNOWN_OTHER;
    }
    const s = this.expr(e, scope);
    if (s.k === 'path') {
      const row = this.row(this.t.producers, s.path);
      if (row?.type) return { k: 'typed', type: row.type, member: [], origins: [] };
      return UNKNOWN_OTHER;
    }
    if (s.k === 'class') return this.instanceOf(s.scope);
    return UNKNOWN_OTHER;
  }

  /** `best` of the values assigned to a name, stopping at the first typed one (a name assigned thousands of times is linear, not quadratic). */
  private bestAssigned(assigned: Assignment[], name: string): Sym {
    let other: Sym | undefined, first: Sym | undefined;
    // a later re-wrap of the name by a library (`client = instructor.from_genai(client)`) is what the code goes on to use
    for (let i = assigned.length - 1; i > 0; i--) {
      const a = assigned[i], v = a.value;
      if (v.k !== 'call' || !this.m.calls[v.call].args.some(x => x.value.k === 'name' && x.value.name === name)) continue;
      const wrapped = this.assignedValue(a, name);
      if (wrapped.k === 'typed') return wrapped;
    }
    for (const [i, a] of assigned.entries()) {
      const v = this.assignedValue(a, name);
      if (v.k === 'typed') return this.withOtherLoads(v, assigned.slice(i + 1), name);
      first ??= v;
      if (v.k !== 'unknown') other ??= v;
    }
    return other ?? first ?? UNKNOWN_OTHER;
  }

  /**
   * A name that several statements set to the same kind of model (`model = load_learner(upload)` in one branch,
   * `model = load_learner(path)` in another) holds whichever ran: every one of those loads reaches the calls of it.
   */
  private withOtherLoads(v: Extract<Sym, { k: 'typed' }>, others: Assignment[], name: string): Sym {
    if (v.container || v.member.length || !v.origins.length) return v;
    let origins = v.origins;
    for (const a of others) {
      const o = this.assignedValue(a, name);
      if (o.k !== 'typed' || o.type !== v.type || o.container || o.member.length) continue;
      const extra = o.origins.filter(id => !origins.includes(id));
      if (extra.length) origins = [...origins, ...extra];
    }
    return origins === v.origins ? v : { ...v, origins };
  }

  private best(syms: Sym[]): Sym {
    return syms.find(s => s.k === 'typed') ?? syms.find(s => s.k !== 'unknown') ?? syms[0] ?? UNKNOWN_OTHER;
  }

  attr(obj: Expr, attr: string, scope: number): Sym {
    // `super.saveContext(…)` in a method (TS/JS): the base class's member, not the override around it
    if (obj.k === 'name' && obj.name === 'super' && this.m.language !== 'python') {
      const base = this.superValue(scope);
      if (base) return base.k === 'instance' ? this.classAttribute(base.cls, attr) : this.access({ ...base, member: [attr] });
    }
    const stored = this.storedValue(obj, attr);
    if (stored) return stored;
    const base = this.expr(obj, scope);
    const global = obj.k === 'name' ? this.globalMember(obj.name, attr, base) : undefined;
    if (global) return global;
    switch (base.k) {
      case 'path': {
        // a library's settings object given a model in this file (`Settings.llm = OpenAI(model="gpt-4o")`): that model, with its origin
        const set = obj.k === 'name' ? this.propertySetElsewhere(obj.name, attr) : UNKNOWN_OTHER;
        return set.k === 'typed' ? set : this.pathSym(`${base.path}.${attr}`);
      }
      case 'typed': return base.container ? (base.fields && Object.hasOwn(base.fields, attr) ? base.fields[attr] : UNKNOWN_OTHER) : this.access({ ...base, member: [...base.member, attr] });
      case 'instance': return this.classAttribute(base.cls, attr);
      case 'class': return this.classAttribute(base.scope, attr);
      case 'unknown': {
        const cls = this.selfClass(obj, scope);
        if (cls >= 0) return this.classAttribute(cls, attr);
        if (obj.k !== 'name') return UNKNOWN_OTHER;
        const set = this.propertySetElsewhere(obj.name, attr);
        return set.k === 'typed' ? set : attr === 'current' ? this.heldValue(obj.name, attr, scope) ?? set : set;
      }
      default: return UNKNOWN_OTHER;
    }
  }

  /**
   * A member of the JS global object is the global of that name: `window.tf`, `self.ort` (a worker), `globalThis.LanguageModel`
   * are the script-tag or browser globals of the builtins table, when nothing in the file binds the object's name or writes that member.
   */
  private globalMember(name: string, attr: string, base: Sym): Sym | undefined {
    if (this.m.language === 'python' || !GLOBAL_OBJECTS.has(name)) return undefined;
    // the front end binds `window` and `globalThis` as imports of themselves; `self` is left unbound
    if (!(base.k === 'path' && base.path === name) && !(base.k === 'unknown' && base.why === 'unbound')) return undefined;
    const builtin = Object.hasOwn(this.t.builtins, attr) ? this.t.builtins[attr] : undefined;
    // Python's builtins (`print`, `open`) share the table: `window.open(url)` is not one of them
    if (!builtin || builtin.startsWith('builtins.')) return undefined;
    // written in the file, it is what was written, unless that is the same global under its prefixed names (the polyfill
    // `window.SpeechRecognition = window.webkitSpeechRecognition || window.SpeechRecognition`)
    const writes = this.propertyWrites().get(name)?.get(attr);
    if (writes && !writes.every(a => this.globalFallback(a.value, builtin))) return undefined;
    return this.pathSym(builtin);
  }

  /** `window.webkitX || window.X`: every part a member of a global object that the builtins table maps to `builtin`. */
  private globalFallback(e: Expr, builtin: string): boolean {
    if (e.k === 'other' && (e.op === '||' || e.op === '??')) return e.parts.every(p => this.globalFallback(p, builtin));
    return e.k === 'attr' && e.obj.k === 'name' && GLOBAL_OBJECTS.has(e.obj.name) && Object.hasOwn(this.t.builtins, e.attr) && this.t.builtins[e.attr] === builtin;
  }

  /**
   * A value kept on a shared store (knowledge: `sharedStores`) in one function and read in another:
   * `app.state.model = load()` in a lifespan hook, `request.app.state.model.predict(x)` in a handler;
   * `st.session_state["engine"]`, `window.model`. The store's path and what follows it is the key.
   */
  private storedValue(obj: Expr, attr: string): Sym | undefined {
    const writes = this.storeWrites();
    if (!writes.size) return undefined;
    const segments = accessSegments(obj);
    const key = segments && this.storeKey([...segments, attr]);
    const assigned = key ? writes.get(key) : undefined;
    if (!assigned) return undefined;
    const cacheKey = `store:${key}`;
    const cached = this.nameCache.get(cacheKey);
    if (cached) return cached.k === 'typed' ? cached : undefined;
    if (this.inProgress.has(cacheKey)) return undefined;
    this.inProgress.add(cacheKey);
    const result = this.best(assigned.map(a => this.expr(a.value, a.scope)));
    this.inProgress.delete(cacheKey);
    this.nameCache.set(cacheKey, result);
    return result.k === 'typed' ? result : undefined;
  }

  private storeWrites(): Map<string, Assignment[]> {
    if (this.stores) return this.stores;
    this.stores = new Map();
    if (!this.t.sharedStores.length) return this.stores;
    for (const a of this.m.assignments) {
      if (a.kind !== 'assign') continue;
      for (const t of a.targets) {
        if (!t.path.length || t.index !== undefined) continue;
        // `st.session_state["model"] = …`: the literal key is the last segment
        const path = t.path[t.path.length - 1] === '[]' && t.key !== undefined ? [...t.path.slice(0, -1), t.key] : t.path;
        const key = this.storeKey([t.root, ...path]);
        if (!key) continue;
        const list = this.stores.get(key);
        if (list) list.push(a); else this.stores.set(key, [a]);
      }
    }
    return this.stores;
  }
  private stores?: Map<string, Assignment[]>;

  /** The part of an access path from its last shared store on (`request.app.state.model` → `app.state.model`), if a member follows the store. */
  private storeKey(segments: string[]): string | undefined {
    for (let i = segments.length - 2; i >= 0; i--) {
      for (const store of this.storeSegments()) {
        if (i + store.length < segments.length && store.every((s, j) => segments[i + j] === s)) return segments.slice(i).join('.');
      }
    }
    return undefined;
  }
  private storeSegments(): string[][] {
    return (this.storeParts ??= this.t.sharedStores.map(s => s.split('.')));
  }
  private storeParts?: string[][];

  /**
   * A property of an object the engine cannot type, set somewhere in the file: a React ref
   * (`ref.current = await HandLandmarker.createFromOptions(…)`), a global (`window.model = model`).
   */
  private propertySetElsewhere(name: string, attr: string): Sym {
    const writes = this.propertyWrites().get(name)?.get(attr);
    // most receivers' properties are never assigned in the file: nothing to resolve, nothing to cache
    if (!writes) return UNKNOWN_OTHER;
    const key = `${name}.${attr}`;
    const cacheKey = `prop:${key}`;
    const cached = this.nameCache.get(cacheKey);
    if (cached) return cached;
    if (this.inProgress.has(cacheKey)) return UNKNOWN_OTHER;
    this.inProgress.add(cacheKey);
    let result: Sym = UNKNOWN_OTHER;
    for (const a of writes) {
      const s = this.assignedValue(a, key);
      if (s.k === 'typed') { result = s; break; }
    }
    this.inProgress.delete(cacheKey);
    this.nameCache.set(cacheKey, result);
    return result;
  }

  /** Assignments `x.attr = …` by `x.attr`, built once per file (looked up for every unknown receiver's attribute). */
  private propertyWrites(): Map<string, Map<string, Assignment[]>> {
    if (this.propWrites) return this.propWrites;
    this.propWrites = new Map();
    for (const a of this.m.assignments) {
      if (a.kind !== 'assign') continue;
      for (const t of a.targets) {
        if (t.path.length !== 1 || t.index !== undefined) continue;
        let byAttr = this.propWrites.get(t.root);
        if (!byAttr) this.propWrites.set(t.root, (byAttr = new Map()));
        const list = byAttr.get(t.path[0]);
        if (!list) byAttr.set(t.path[0], [a]); else if (list[list.length - 1] !== a) list.push(a);
      }
    }
    return this.propWrites;
  }
  /** by receiver name, then property */
  private propWrites?: Map<string, Map<string, Assignment[]>>;

  /** The methods of each class, built once per file. */
  /**
   * A singleton's `__new__` sets the attributes of the instance it makes: `cls._instance.model = …`, or
   * `obj = super().__new__(cls)` then `obj.model = …`.
   */
  private newInstanceBindings(s: Scope, attr: string): [string, Assignment[]][] {
    const cls = s.params[0]?.name;
    const out: [string, Assignment[]][] = [];
    for (const [key, list] of this.bindings.get(s.id) ?? []) {
      const parts = key.split('.');
      if (parts.length < 2 || parts[parts.length - 1] !== attr) continue;
      const holder = parts.slice(0, -1);
      const instance = (holder.length === 2 && holder[0] === cls)
        || (holder.length === 1 && (this.bindings.get(s.id)?.get(holder[0]) ?? []).some(a => a.value.k === 'call' && lastSegment(this.m.calls[a.value.call].callee) === '__new__'));
      if (instance) out.push([key, list]);
    }
    return out;
  }

  private methodsOf(cls: number): Scope[] {
    if (!this.methods) {
      this.methods = new Map();
      for (const s of this.m.scopes) {
        if (s.classId < 0) continue;
        const list = this.methods.get(s.classId);
        if (list) list.push(s); else this.methods.set(s.classId, [s]);
      }
    }
    return this.methods.get(cls) ?? [];
  }
  private methods?: Map<number, Scope[]>;

  /** The class a scope is (or is inside of), else -1. */
  enclosingClass(scope: number): number {
    for (let s = scope; s >= 0; s = this.m.scopes[s].parent) {
      const sc = this.m.scopes[s];
      if (sc.kind === 'class') return s;
      if (sc.classId >= 0) return sc.classId;
    }
    return -1;
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

  private isPropertyGetter(fn: number): boolean {
    return this.m.language === 'python' && this.m.scopes[fn].decorators.some(d => {
      const name = d.k === 'name' ? d.name : d.k === 'attr' ? d.attr : '';
      return name === 'property' || name === 'cached_property';
    });
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
    for (const s of this.methodsOf(cls)) {
      const self = s.params[0]?.name ?? 'this';
      for (const a of this.bindings.get(s.id)?.get(`${self}.${attr}`) ?? []) found.push(this.assignedValue(a, `${self}.${attr}`));
      if (self !== 'this') for (const a of this.bindings.get(s.id)?.get(`this.${attr}`) ?? []) found.push(this.assignedValue(a, `this.${attr}`));
      if (s.name === '__new__') for (const [key, list] of this.newInstanceBindings(s, attr)) for (const a of list) found.push(this.assignedValue(a, key));
    }
    for (const a of this.bindings.get(cls)?.get(attr) ?? []) found.push(this.expr(a.value, a.scope));
    const method = this.defs.get(cls)?.get(attr);
    // a property (`@property`, `@cached_property`, `@functools.cached_property`) reads as what its getter returns
    if (method !== undefined) found.push(this.isPropertyGetter(method) ? this.returnOf(method) : { k: 'fn', scope: method });
    let result = this.best(found);
    if (result.k !== 'typed') {
      // a member declared with its type (`session: ort.InferenceSession`, `AI: Ai` of an interface)
      const field = this.m.scopes[cls].fields?.find(f => f.name === attr);
      const declared = field ? this.annotation(field.annotation, this.m.scopes[cls].parent) : undefined;
      if (declared && (declared.k === 'typed' || declared.k === 'instance')) result = declared;
    }
    if (result.k === 'unknown') result = this.usageType(`self.${attr}`) ?? this.usageType(`this.${attr}`) ?? result;
    if (result.k === 'unknown') {
      for (const b of this.m.scopes[cls].bases) {
        const base = this.classBase(cls, b);
        if (base.k === 'class') { const r = this.classAttribute(base.scope, attr, seen); if (r.k !== 'unknown') { result = r; break; } }
        if (base.k === 'path') {
          const row = this.row(this.t.classBases, base.path);
          const type = row?.attributes?.[attr];
          if (type) { result = { k: 'typed', type, member: [], origins: [] }; break; }
        }
      }
    }
    // whatever a load hook keeps is the model, a lambda too (`self.model = lambda x: x ** 2` in LitServe's examples)
    if ((result.k === 'unknown' || (result.k === 'fn' && this.isLambda(result.scope))) && !NOT_A_MODEL.test(attr) && this.assignedInLoadHook(cls, attr)) result = served();
    this.inProgress.delete(key);
    this.nameCache.set(key, result);
    return result;
  }

  // ---- framework entry-point contracts (knowledge: EntryPointContract)

  /** The contract a class follows (by base, also through same-file base classes; by name; by decorator). */
  contractOfClass(cls: number, seen = new Set<number>()): EntryPointContract | undefined {
    if (!this.t.contracts.length || seen.has(cls)) return undefined;
    seen.add(cls);
    const cached = this.classContracts.get(cls);
    if (cached !== undefined) return cached ?? undefined;
    const sc = this.m.scopes[cls];
    let found: EntryPointContract | undefined;
    // the decorators' symbols, resolved once per class (not once per contract)
    const decoratorSymbol = (d: Expr, scope: number) => symbolString(this.expr(d.k === 'call' ? this.m.calls[d.call].callee : d, scope));
    const classDecorators = sc.decorators.map(d => decoratorSymbol(d, sc.parent)).filter((p): p is string => !!p);
    let methodDecorators: string[] | undefined;
    for (const c of this.t.contracts) {
      if (c.classNames?.includes(sc.name)) { found = c; break; }
      if (c.classDecorators && classDecorators.some(p => c.classDecorators!.some(x => matches(x, p)))) { found = c; break; }
      // a class whose methods carry the framework's hook decorators (`@modal.enter()`) follows it too
      const hooks = [...(c.loadDecorators ?? []), ...(c.serveDecorators ?? [])];
      if (!hooks.length) continue;
      methodDecorators ??= this.methodsOf(cls).flatMap(m => m.decorators.map(d => decoratorSymbol(d, cls))).filter((p): p is string => !!p);
      if (methodDecorators.some(p => hooks.some(x => matches(x, p)))) { found = c; break; }
    }
    if (!found) for (const b of sc.bases) {
      const base = this.classBase(cls, b);
      if (base.k === 'class') { found = this.contractOfClass(base.scope, seen); if (found) break; }
      const p = symbolString(base);
      if (p) { found = this.t.contracts.find(c => c.classBases?.some(x => matches(x, p))); if (found) break; }
    }
    this.classContracts.set(cls, found ?? null);
    return found;
  }
  private readonly classContracts = new Map<number, EntryPointContract | null>();

  /** The contract the module follows by the functions it defines (SageMaker `model_fn` + `predict_fn`). */
  moduleContract(): EntryPointContract | undefined {
    if (this.moduleContractCache === undefined) {
      const defined = this.defs.get(0);
      this.moduleContractCache = this.t.contracts.find(c => c.moduleFunctions?.length && c.moduleFunctions.every(f => defined?.has(f))) ?? null;
    }
    return this.moduleContractCache ?? undefined;
  }
  private moduleContractCache?: EntryPointContract | null;

  private hookOf(fn: number): { contract: EntryPointContract; role: 'load' | 'serve' } | undefined {
    const sc = this.m.scopes[fn];
    if (!sc || sc.kind !== 'function') return undefined;
    const contract = sc.classId >= 0 ? this.contractOfClass(sc.classId) : sc.parent === 0 ? this.moduleContract() : undefined;
    if (!contract) return undefined;
    const decorated = (patterns?: string[]) => !!patterns?.length && sc.decorators.some(d => {
      const p = symbolString(this.expr(d.k === 'call' ? this.m.calls[d.call].callee : d, sc.parent));
      return !!p && patterns.some(x => matches(x, p));
    });
    if (contract.loadHooks.includes(sc.name) || decorated(contract.loadDecorators)) return { contract, role: 'load' };
    if (contract.serveHooks.includes(sc.name) || decorated(contract.serveDecorators)) return { contract, role: 'serve' };
    return undefined;
  }

  /** A load hook, or a method a load hook delegates to (`@modal.enter() def start(self): self.load_model()`). */
  isLoadHook(fn: number, depth = 0): boolean {
    if (this.hookOf(fn)?.role === 'load') return true;
    const sc = this.m.scopes[fn];
    if (depth > 2 || !sc || sc.classId < 0) return false;
    return this.m.calls.some(c => c.callee.k === 'attr' && c.callee.attr === sc.name && c.callee.obj.k === 'name' && c.callee.obj.name === this.m.scopes[c.scope]?.params[0]?.name
      && this.m.scopes[c.scope].classId === sc.classId && c.scope !== fn && this.isLoadHook(c.scope, depth + 1));
  }

  /** Does a load hook of the class (per its contract) assign `self.<attr>` from a call or another value? */
  /** A function written as an expression (`lambda x: …`), not a `def` kept under another name. */
  private isLambda(scope: number): boolean {
    return this.m.scopes[scope].name === '<lambda>';
  }

  private assignedInLoadHook(cls: number, attr: string): boolean {
    if (!this.contractOfClass(cls)) return false;
    for (const s of this.m.scopes) {
      if (s.classId !== cls || !this.isLoadHook(s.id)) continue;
      const self = s.params[0]?.name ?? 'this';
      for (const k of [`${self}.${attr}`, `this.${attr}`]) if (this.bindings.get(s.id)?.get(k)?.some(a => isModelValue(a.value))) return true;
    }
    return false;
  }

  /** A serve hook's parameter that receives the load hook's return value: the function whose returns flow in. */
  private contractParamSource(name: string, scope: number): number | undefined {
    const hook = this.hookOf(scope);
    if (hook?.role !== 'serve' || !hook.contract.modelParams) return undefined;
    const sc = this.m.scopes[scope];
    const spec = hook.contract.modelParams[sc.name];
    const index = sc.params.findIndex(p => p.name === name);
    if (spec === undefined || index < 0 || (typeof spec === 'number' ? spec !== index : spec !== name)) return undefined;
    for (const load of hook.contract.loadHooks) { const fn = this.defs.get(0)?.get(load); if (fn !== undefined) return fn; }
    return undefined;
  }

  private contractParam(fn: number, name: string): Sym | undefined {
    const loader = this.contractParamSource(name, fn);
    if (loader === undefined) return undefined;
    const r = this.returnOf(loader);
    return r.k === 'typed' ? r : served();
  }

  /**
   * A parameter with no annotation takes the type of what the file's own call sites pass
   * (`def score(model, rows)` called as `score(joblib.load(p), rows)`): the first typed argument wins.
   */
  private callSiteParam(fn: number, index: number, name: string): Sym | undefined {
    if (!this.callSites) {
      this.callSites = new Map();
      for (const call of this.m.calls) {
        // `Process(target=self.process, args=(conn, nlp))`, `Thread(target=work, args=…, kwargs=…)`: a call of the target with those arguments
        const c = targetCall(call) ?? call;
        if (c.callee.k !== 'name' && !(c.callee.k === 'attr' && c.callee.obj.k === 'name' && (c.callee.obj.name === 'self' || c.callee.obj.name === 'this'))) continue;
        // found through the definitions only: resolving callees here would re-enter the resolution that asked
        const def = this.definitionCalled(c);
        // `Chain(llm)` / `new Chain(llm)` passes `llm` to the constructor
        const target = def === undefined ? undefined : this.m.scopes[def].kind === 'class' ? this.constructorOf(def) : def;
        if (target === undefined) continue;
        const list = this.callSites.get(target);
        if (list) list.push(c); else this.callSites.set(target, [c]);
      }
    }
    const sites = this.callSites.get(fn) ?? [];
    for (const c of sites) {
      // a method's first parameter is its `self` (Python) or the `this` the TS front end adds: `self.score(m, x)`,
      // `Chain(m)`, `new Chain(m)` pass `m` to the one after it
      const method = this.m.scopes[fn];
      const skip = method.classId >= 0 && (this.m.language === 'python' || method.params[0]?.name === 'this') ? 1 : 0;
      const positional = c.args.filter(a => !a.name && !a.spread);
      const arg = c.args.find(a => a.name === name)?.value ?? positional[index - skip]?.value;
      if (!arg) continue;
      const s = this.expr(arg, c.scope);
      if (s.k === 'typed') return s;
    }
    return this.otherModulesPass(fn, index, name);
  }
  private callSites?: Map<number, Call[]>;

  /** What other project modules pass for a parameter of a module-level function or of a module-level class's constructor. */
  private otherModulesPass(fn: number, index: number, name: string): Sym | undefined {
    const ask = this.external?.callSiteType;
    if (!ask) return undefined;
    const sc = this.m.scopes[fn];
    let owner: string | undefined;
    let position = index;
    if (sc.classId >= 0 && this.m.scopes[sc.classId].parent === 0 && this.constructorOf(sc.classId) === fn) {
      owner = this.m.scopes[sc.classId].name;
      if (this.m.language === 'python' || sc.params[0]?.name === 'this') position -= 1;
    } else if (sc.parent === 0 && sc.classId < 0) owner = sc.name;
    else if (sc.classId >= 0 && sc.parent === sc.classId && this.m.scopes[sc.classId].parent === 0) {
      // a method of a module-level class, called on an instance in another module (`model.predict_sentence(text, session)`)
      owner = `${this.m.scopes[sc.classId].name}.${sc.name}`;
      if (this.m.language === 'python' || sc.params[0]?.name === 'this') position -= 1;
    }
    if (!owner || owner.startsWith('<') || position < 0) return undefined;
    const shape = ask(owner, name) ?? ask(owner, String(position));
    return shape ? fromShape(shape) : undefined;
  }

  /**
   * The expressions the file's own call sites pass for a parameter (`Embedder("all-MiniLM-L6-v2")` for
   * `constructor(modelName)`), each with the scope it is written in. Empty when a call site passes nothing for it.
   */
  callSiteArguments(fn: number, name: string): { value: Expr; scope: number }[] {
    this.callSiteParam(fn, 0, name); // builds the call-site index
    const method = this.m.scopes[fn];
    const index = method.params.findIndex(p => p.name === name);
    if (index < 0) return [];
    const skip = method.classId >= 0 && (this.m.language === 'python' || method.params[0]?.name === 'this') ? 1 : 0;
    const out: { value: Expr; scope: number }[] = [];
    for (const c of this.callSites!.get(fn) ?? []) {
      const positional = c.args.filter(a => !a.name && !a.spread);
      const arg = c.args.find(a => a.name === name)?.value ?? positional[index - skip]?.value ?? method.params[index].default;
      if (!arg) return [];
      out.push({ value: arg, scope: arg === method.params[index].default ? method.parent : c.scope });
    }
    return out;
  }

  /** The values assigned to an attribute of a class (`self.model_name = …` in its methods, `model_name = …` in its body). */
  attributeValues(cls: number, attr: string): { value: Expr; scope: number }[] {
    const out: { value: Expr; scope: number }[] = [];
    for (const s of this.methodsOf(cls)) {
      const self = s.params[0]?.name ?? 'this';
      for (const key of new Set([`${self}.${attr}`, `this.${attr}`])) {
        for (const a of this.bindings.get(s.id)?.get(key) ?? []) if (a.kind === 'assign' && a.targets.length === 1 && a.targets[0].index === undefined) out.push({ value: a.value, scope: a.scope });
      }
    }
    for (const a of this.bindings.get(cls)?.get(attr) ?? []) out.push({ value: a.value, scope: a.scope });
    return out;
  }

  /** The same-file function or class a call names (`score(…)`, `Chain(…)`, `self.score(…)`), from the definitions alone. */
  private definitionCalled(c: Call): number | undefined {
    if (c.callee.k === 'name' && this.m.language === 'python') {
      // `return cls(config, model=model)` in a classmethod (`load`, `from_config`): the class's own constructor
      let fn = c.scope;
      while (fn >= 0 && this.m.scopes[fn].kind !== 'function') fn = this.m.scopes[fn].parent;
      const method = fn >= 0 ? this.m.scopes[fn] : undefined;
      if (method && method.classId >= 0 && method.params[0]?.name === c.callee.name
        && method.decorators.some(d => d.k === 'name' && d.name === 'classmethod')) return method.classId;
    }
    if (c.callee.k === 'name') {
      for (let s = c.scope; s >= 0; s = this.m.scopes[s].parent) {
        const def = this.defs.get(s)?.get(c.callee.name);
        if (def !== undefined) return def;
        if (this.bindings.get(s)?.has(c.callee.name)) return undefined; // shadowed by a variable
      }
      return undefined;
    }
    if (c.callee.k !== 'attr') return undefined;
    let fn = c.scope;
    while (fn >= 0 && this.m.scopes[fn].kind !== 'function') fn = this.m.scopes[fn].parent;
    const cls = fn >= 0 ? this.m.scopes[fn].classId : -1;
    return cls >= 0 ? this.defs.get(cls)?.get(c.callee.attr) : undefined;
  }

  /**
   * What `super` stands for in a method of a class: an instance of its base — a library class by the type constructing
   * it gives (a class-base or producer row: `extends ConversationSummaryMemory`), a class of the file by its own members.
   */
  private superValue(scope: number): Extract<Sym, { k: 'typed' } | { k: 'instance' }> | undefined {
    const cls = this.enclosingClass(scope);
    if (cls < 0) return undefined;
    for (const b of this.m.scopes[cls].bases) {
      const base = this.classBase(cls, b);
      if (base.k === 'class') return { k: 'instance', cls: base.scope };
      if (base.k !== 'path') continue;
      const type = this.row(this.t.classBases, base.path)?.type
        ?? matchingRows(this.t.producers, base.path).find(r => r.type && (r.on ?? 'call') === 'call' && !r.arg0 && !r.arg0Name && !r.passThrough && !r.holds)?.type;
      if (type) return { k: 'typed', type, member: [], origins: [] };
    }
    return undefined;
  }

  /** A class's constructor (`__init__`, `constructor`), if the file defines one. */
  private constructorOf(cls: number): number | undefined {
    return this.methodsOf(cls).find(s => s.name === '__init__' || s.name === 'constructor')?.id;
  }

  /**
   * A base of a class, read where the class statement is. `class MessagesState(MessagesState)` subclasses the import of
   * that name: the base is evaluated before the class's own name is bound, so it never is the class itself.
   */
  classBase(cls: number, base: Expr): Sym {
    const sym = this.expr(base, this.m.scopes[cls].parent);
    if (sym.k !== 'class' || sym.scope !== cls) return sym;
    const imported = base.k === 'name' ? this.imports.get(base.name) : undefined;
    return imported === undefined ? UNKNOWN_OTHER : this.pathSym(imported);
  }

  instanceOf(cls: number, seen = new Set<number>()): Sym {
    if (seen.has(cls)) return { k: 'instance', cls };
    seen.add(cls);
    for (const b of this.m.scopes[cls].bases) {
      const base = this.classBase(cls, b);
      if (base.k === 'path') {
        const row = this.row(this.t.classBases, base.path);
        if (row?.type) return { k: 'typed', type: row.type, member: [], origins: [] };
        // a project class over a model library's model class (`class DeepSpeech(deepspeech.Model)` whose `__init__` hands
        // it the model path): its instances are that library's models, run by the library's verbs (`model.stt(audio)`)
        // (not a network the class defines itself over the library's base, with its own forward pass)
        if (!row && this.modelLibraryType(base) === 'model.library' && !this.methodsOf(cls).some(m => FORWARD_METHODS.has(m.name))) {
          return { k: 'typed', type: 'model.library', member: [], origins: [], heuristic: true };
        }
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
    const first = call.args.find(a => !a.name && !a.spread)?.value;
    const literalOf = (e: Expr | undefined) => e?.k === 'str' && !e.parts ? e.value : undefined;
    const rowsOf = (s: string) => {
      let rows = this.callProducers.get(s);
      if (!rows) this.callProducers.set(s, (rows = matchingRows(this.t.producers, s).filter(row => row.on !== 'access' && row.on !== 'value')));
      return rows;
    };
    let rows = symbol ? rowsOf(symbol) : [];
    if (!rows.length && call.callee.k === 'attr') {
      // a method spelt as one API names it, on a receiver the engine cannot type (`ai.definePrompt(…)` on an `ai`
      // imported from the project's own module): a `?#member` row
      const receiver = this.expr(call.callee.obj, call.scope);
      const untyped = receiver.k === 'unknown' || (receiver.k === 'path' && !this.t.mlModules.includes(rootModule(receiver.path)) && !this.row(this.t.producers, receiver.path));
      if (untyped) rows = rowsOf(`?#${call.callee.attr}`);
    }
    return rows.find(row => row.arg0 === undefined || row.arg0 === (literalOf(first) ?? (row.arg0Name ? literalOf(call.args.find(a => a.name === row.arg0Name)?.value) : undefined)));
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
    // `getattr(self._model, method_name)`: a method of the model chosen at run time (MLServer's predict_fn)
    if (call.callee.k === 'name' && call.callee.name === 'getattr' && this.m.language === 'python' && call.args.length >= 2) {
      const obj = this.expr(call.args[0].value, call.scope);
      const name = call.args[1].value;
      if (obj.k === 'typed' && !obj.container && /^model\./.test(obj.type)) return { ...obj, member: [...obj.member, name.k === 'str' && !name.parts ? name.value : 'predict'] };
    }
    if (call.callee.k === 'attr' && CONTAINER_GETTERS.has(call.callee.attr)) {
      const holder = this.expr(call.callee.obj, call.scope);
      if (holder.k === 'typed' && holder.container) return element(holder);
    }
    // `create(…).then((s) => s)`: a promise chain settles to what its callback returns (the callback's parameter
    // is what the receiver settles to); a callback that returns nothing typed leaves the chain as it was
    if (call.callee.k === 'attr' && call.callee.attr === 'then' && call.args[0]?.value.k === 'func' && this.m.language !== 'python') {
      const returned = this.returnOf(call.args[0].value.fn);
      if (returned.k === 'typed') return returned;
    }
    const callee = this.expr(call.callee, call.scope);
    if (callee.k === 'fn') return this.returnOf(callee.scope);
    if (callee.k === 'class') return this.instanceOf(callee.scope);
    const row = this.producerOf(call);
    if (row) {
      if (row.passThrough === 'receiver' && callee.k === 'typed') return { ...callee, member: callee.member.slice(0, -1) };
      if (row.passThrough === 'arg0' && call.args[0]) return this.expr(call.args[0].value, call.scope);
      if (row.passThrough === 'arg1' && call.args[1]) return this.expr(call.args[1].value, call.scope);
      if (row.passThrough === 'arg0-part') {
        const list = call.args[0]?.value;
        // a list (`RunnableSequence.from([a, b])`) or the arguments themselves (Python `RunnableSequence(a, b, c)`)
        const parts = list?.k === 'other' && list.op === 'tuple' ? list.parts : call.args.filter(a => !a.spread).map(a => a.value);
        // a part that is a map of runnables (`{ context: retrieverChain, question: … }`) runs them all, so a model in
        // one of its fields counts too, after the parts that are models themselves
        const inMaps: Sym[] = [];
        for (const part of parts) {
          const p = this.expr(part, call.scope);
          if (p.k !== 'typed') continue;
          if (p.container) inMaps.push(...Object.values(p.fields ?? {}));
          else if (p.type === row.partType) return p;
        }
        const mapped = inMaps.find(f => f.k === 'typed' && !f.container && f.type === row.partType);
        if (mapped) return mapped;
      }
      if (row.passThrough === 'arg0-result' && call.args[0]) {
        const provider = this.expr(call.args[0].value, call.scope);
        return provider.k === 'fn' ? this.returnOf(provider.scope) : provider.k === 'class' ? this.instanceOf(provider.scope) : UNKNOWN_OTHER;
      }
      if (row.type) {
        const origins = row.load ? this.wrappedOrigins(call, row.load) ?? [call.id] : callee.k === 'typed' ? callee.origins : [];
        return { k: 'typed', type: row.type, member: [], origins };
      }
      // `useRef<PoseLandmarker | null>(null)`: a holder whose `current` is of its type argument (so a hook that
      // returns the ref, or `{ landmarkerRef, status }`, hands the model's type to its callers)
      if (row.holds === 'current' && call.typeArgs?.[0]) {
        const held = this.annotation(call.typeArgs[0], call.scope);
        if (held.k === 'typed') return { ...held, container: true, fields: { current: held } };
      }
    }
    if (callee.k === 'path' && !row) {
      const exported = this.exported(callee.path);
      if (exported?.via === 'call') return exported.fields ? fromShape(exported) : { k: 'typed', type: exported.type, member: [], origins: [] };
      // an instance of a project class of another module: its members are looked up as the class's (`Classifier.model`)
      if (exported?.via === 'class') return callee;
    }
    // a model library's own loader (`ARIMAResults.load("m.pkl")`) before the guess for loader-named helpers
    const library = this.modelLibraryType(callee, call);
    if (!library && this.isHeuristicLoad(call, callee)) return { k: 'typed', type: 'model.generic', member: [], origins: [call.id], heuristic: true };
    if (library) {
      // a class of the library given a model already made (`vosk.KaldiRecognizer(model, 16000)`) runs that model
      // (a helper object given to it, `LinearRegression(optimizer=optim.SGD(0.01))`, is a setting, not the model)
      const given = call.args.map(a => this.expr(a.value, call.scope))
        .find((s): s is Extract<Sym, { k: 'typed' }> => s.k === 'typed' && !s.container && s.type.startsWith('model.') && s.type !== 'model.library-object' && s.origins.length > 0);
      return { k: 'typed', type: library, member: [], origins: given ? given.origins : [call.id], heuristic: true };
    }
    return { k: 'unknown', why: 'call', callee: symbolString(callee) ?? (callee.k === 'unknown' ? callee.callee : undefined) };
  }

  /**
   * A loader given a model already in the process (`core.compile_model(model)`, `pipeline("ner", model=m)`) wraps it:
   * what it returns is that model, from that model's load (detect does not count the wrapper as a second load).
   */
  private wrappedOrigins(call: Call, rule: LoadRule): number[] | undefined {
    for (const key of rule.modelArg ?? [0]) {
      const e = typeof key === 'number' ? call.args.filter(a => !a.name && !a.spread)[key]?.value : call.args.find(a => a.name === key)?.value;
      if (!e) continue;
      if (e.k === 'str') return undefined;
      const given = this.expr(e, call.scope);
      return given.k === 'typed' && !given.container && given.type.startsWith('model.') && given.origins.length && !given.origins.includes(call.id) ? given.origins : undefined;
    }
    return undefined;
  }

  /**
   * What a class or loader of a model library without rows returns (`easyocr.Reader`, `stable_baselines3.PPO.load`):
   * `model.library` when its name says model or loading (calling the value runs it), `model.library-object` for
   * another class (only its model verbs do). Plain functions (`flair.data.Sentence` is a class, `get_cfg` is not) return nothing typed.
   */
  modelLibraryType(callee: Sym, call?: Call): string | undefined {
    if (callee.k !== 'path') return undefined;
    const name = callee.path.split('.').pop()!;
    if (!this.t.modelLibraries.length || !inPackage(callee.path, this.t.modelLibraries)) {
      // a class of a library the tables do not know, given a model reference (`Engine(model_path="m.onnx")`,
      // `new Detector({ modelUrl })`), in a file that uses ML: made the way model libraries make models
      // (not a tokenizer or another helper given the model's files: `SentencePieceProcessor(model_file=…)`)
      if (!call || NOT_A_MODEL_CLASS.test(name) || TOKENIZER_PACKAGES.has(rootModule(callee.path)) || callee.path.startsWith('builtins.')
        || this.external?.inProject?.(callee.path) || this.row(this.t.producers, callee.path)) return undefined;
      const capitalised = /^[A-Z]/.test(name);
      if (capitalised && this.mlFile && call.args.some(a => isModelReferenceArg(a))) return 'model.library';
      // a package no table has heard of, that says by its names that it makes models
      return unheardOfLibraryType(this, callee.path, call);
    }
    // a class a pack has a row for says itself what it makes (`vosk.Recognizer` runs the model it is given; it loads none)
    // (a row for the class itself; rows by convention, `**.from_pretrained`, leave the library's shape in charge)
    if (this.row(this.t.producers, callee.path)?.match === callee.path) return undefined;
    if (LIBRARY_LOADER.test(name) || matchesAny(this.t.heuristicLoaderNames, name)) return 'model.library';
    if (!/^[A-Z]/.test(name)) return undefined;
    // a model library's tokenizer or processor (`og.Tokenizer(model)`): it reads the model's files but runs no model
    if (TOKENIZER_CLASS.test(name)) return undefined;
    // a building block of a model (`keras_nlp.layers.TransformerEncoder`, `keras_hub.layers.…`): called inside a model, not a model
    if (/\.(layers|losses|metrics|optimizers|callbacks)\./.test(callee.path)) return undefined;
    return MODEL_CLASS_NAME.test(name) ? 'model.library' : 'model.library-object';
  }

  /** A project helper named like a loader (`load_model`) given a model-file literal (`"model.pkl"`). */
  isHeuristicLoad(call: Call, callee: Sym): boolean {
    // a helper of this file (`def load_model(p): return joblib.load(p)`) is read: the load is the one inside it
    if (callee.k === 'typed' || callee.k === 'fn') return false;
    // the same for a helper of another project module: its load is reported in its own file
    if (callee.k === 'path' && this.external?.inProject?.(callee.path)) return false;
    if (callee.k === 'path' && this.row(this.t.producers, callee.path)) return false;
    const name = lastSegment(call.callee);
    if (!name || !matchesAny(this.t.heuristicLoaderNames, name) || WRITER_NAME.test(name)) return false;
    if (call.args.some(a => a.value.k === 'str' && this.t.modelFileExtensions.some(ext => (a.value as { value: string }).value.toLowerCase().endsWith(ext)))) return true;
    // an imported helper that says it loads a model (`wadas.load_and_compile_model(path)`), in a file that uses ML libraries
    return this.mlFile && callee.k === 'path' && /load.*model|model.*load|restore.*model/i.test(name) && !/download|config|tokeni[sz]er|processor|data/i.test(name);
  }
}

/** A library function that says it writes, registers or describes a model (`mlflow.keras.log_model`, `save_model`): never a load. */
export const WRITER_NAME = /^(log|save|register|export|push|upload|delete|remove|update|dump|persist|serialize|write|store|list|describe|set)(_|[A-Z]|$)/;

const CONTAINER_GETTERS = new Set(['get', 'pop', 'setdefault']);
/** The names of the JS global object: in a page, a worker and any realm. */
const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);
/** Classes that turn text or images into a model's inputs and back. */
const TOKENIZER_CLASS = /tokeni[sz]er|processor|vocab|sentencepiece|feature_?extractor/i;
/** Classes named for what they do around a model, not as one: they read its files too. */
export const NOT_A_MODEL_CLASS = /tokeni[sz]er|processor|sentencepiece|vocab|config|settings|options|export|convert|loader|dataset|writer|logger|client|downloader|uploader|registry|store|cache/i;
export const TOKENIZER_PACKAGES = new Set(['sentencepiece', 'tokenizers', 'tiktoken', 'youtokentome', 'sacremoses', 'subword_nmt']);
/** Keywords (and JS option keys) that hand a constructor a model: a path, a checkpoint, weights, a hub name. */
const MODEL_REFERENCE_KEYS = new Set(['model_path', 'model_file', 'model_dir', 'model_name_or_path', 'model_name', 'checkpoint', 'checkpoint_path',
  'ckpt_path', 'weights', 'weights_path', 'model_url', 'modelPath', 'modelUrl', 'modelFile', 'modelName', 'modelAssetPath']);
export function isModelReferenceArg(a: Call['args'][number]): boolean {
  if (a.name) return MODEL_REFERENCE_KEYS.has(a.name) && a.value.k !== 'lit';
  return !a.spread && a.value.k === 'dict' && a.value.entries.some(e => e.key !== null && MODEL_REFERENCE_KEYS.has(e.key));
}
/**
 * Loader names of model libraries beyond the heuristic loader names: `from_pretrained`, `from_hparams`, `get_pretrained`, and
 * factories named for the predictor they build (docTR's `ocr_predictor`, `detection_predictor`, `kie_predictor`).
 */
export const LIBRARY_LOADER = /^(from_\w+|get_pretrained|load_\w*|create_model\w*)$|(^|_)(detector|recognition_model|recogni[sz]er|predictor)(_|$)/;
/** The call a `target=` keyword describes (`Thread(target=f, args=(a, b), kwargs={"c": c})`), as if `f(a, b, c=c)` were written. */
function targetCall(c: Call): Call | undefined {
  const target = c.args.find(a => a.name === 'target')?.value;
  if (!target || (target.k !== 'name' && target.k !== 'attr')) return undefined;
  const args = c.args.find(a => a.name === 'args')?.value;
  const kwargs = c.args.find(a => a.name === 'kwargs')?.value;
  const positional = args?.k === 'other' && args.op === 'tuple' ? args.parts.map(value => ({ value })) : [];
  const named = kwargs?.k === 'dict' ? kwargs.entries.filter(e => e.key !== null).map(e => ({ name: e.key!, value: e.value })) : [];
  return { ...c, callee: target, args: [...positional, ...named] };
}

/** The methods a network class defines its forward pass in (PyTorch, Keras, JAX/Flax, callables). */
const FORWARD_METHODS = new Set(['forward', 'call', '__call__']);

/** Class names that say the instance is a model (calling it predicts): `DefaultPredictor`, `stanza.Pipeline`, `SequenceTagger`. */
const MODEL_CLASS_NAME = /Model|Predictor|Pipeline|Classifier|Regressor|Detector|Tagger|Recogni[sz]er|Segmenter|Transcriber|Translator|Generator|Embedder|Encoder|Learner|Net$|OCR|TTS|Analy[sz]er|Inferencer|Engine$/;

/** A holder another module returns (`{ landmarkerRef }` whose `current` is a model), rebuilt from the index's plain data. */
function fromShape(shape: ExportedShape): Sym {
  const fields = shape.fields ? Object.fromEntries(Object.entries(shape.fields).map(([k, v]) => [k, fromShape(v)])) : undefined;
  return { k: 'typed', type: shape.type, member: [], origins: [], ...(fields ? { container: true, fields } : {}) };
}

/** The plain-data form of a holder's typed fields, two levels deep (for the workspace index). */
export function toShape(s: Sym, depth = 0): ExportedShape | undefined {
  if (s.k !== 'typed' || s.member.length) return undefined;
  if (!s.container || !s.fields || depth > 1) return { type: s.type };
  const fields: Record<string, ExportedShape> = {};
  for (const [k, v] of Object.entries(s.fields)) { const f = toShape(v, depth + 1); if (f) fields[k] = f; }
  return { type: s.type, fields };
}

function asContainer(s: Sym): Sym {
  return s.k === 'typed' ? { ...s, container: true } : s;
}

function element(s: Extract<Sym, { k: 'typed' }>): Sym {
  if (s.of) return s.of;
  const { container: _, fields: __, of: ___, ...rest } = s;
  return rest;
}

function served(): Sym { return { k: 'typed', type: SERVED_MODEL, member: [], origins: [] }; }

/** A value that can be a model: the result of a call or a value read from elsewhere, not a literal or a container display. */
function isModelValue(e: Expr): boolean {
  return e.k === 'call' || e.k === 'name' || e.k === 'attr' || e.k === 'index' || e.k === 'func';
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

/** Whether a resolved path lies in one of these packages (npm names may hold dots: `face-api.js`, `tesseract.js`). */
export function inPackage(path: string, packages: readonly string[]): boolean {
  // (the tables' lists run to hundreds of names and this is asked of every import and call: indexed once per list)
  let index = PACKAGE_INDEX.get(packages);
  if (!index || index.size !== packages.length) PACKAGE_INDEX.set(packages, index = { size: packages.length, roots: new Set(packages), dotted: packages.filter(p => p.includes('.')) });
  const root = rootModule(path);
  if (index.roots.has(root)) return true;
  // a subpath of an npm package is the package (`@langchain/core/prompts`, `openai/resources`)
  const npm = npmPackageOf(root);
  if (npm && index.roots.has(npm)) return true;
  return index.dotted.some(p => path === p || path.startsWith(p + '.') || path.startsWith(p + '/'));
}
/** The npm package a subpath import names (`@langchain/core/prompts` → `@langchain/core`), if it is one. */
export function npmPackageOf(root: string): string | undefined {
  return /^(@[^/]+\/[^/]+|[^/@.][^/]*)\//.exec(root)?.[1];
}
const PACKAGE_INDEX = new WeakMap<readonly string[], { size: number; roots: Set<string>; dotted: string[] }>();

/** The name an annotation starts with: `Callable` of `Callable[..., Any]`, `typing.Callable`, `Optional` of `Optional[X]`. */
function annotationHead(e: Expr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') return `${annotationHead(e.obj)}.${e.attr}`;
  if (e.k === 'index') return annotationHead(e.obj);
  return '';
}
