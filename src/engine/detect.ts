/**
 * Finds inference points and model loads in a resolved FileModel, and decides how each load is pinned.
 * A call is inference because of what its receiver is (a value from a known loader, constructor or
 * client), not because of its method name; the name-based heuristics (here and in namedModels.ts) are documented in README.
 */
import type { Assignment, Call, Expr, Pos, Range } from './model';
import { before, contains, namedArg } from './model';
import type { DeferredCallRow, InferenceRow, LoadRule } from './knowledge/types';
import { Resolver, Sym, symbolString, rootModule, accessKey, lastSegment, inPackage, WRITER_NAME } from './resolve';
import { matchesAny, matchingRows } from './knowledge';
import { vendorModelCall } from './vendorSdks';
import { UNHEARD_OF_AGENT, modelGivenToLibrary, unheardOfPackage } from './unknownLibraries';
import { namedModelCall, nameWords } from './namedModels';
import { sdkLlmRequest, sendsBodyWith, sendsLlmBody } from './requestBodies';

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

/** Does the reference fix which model is loaded? (`pinned` is `pin === 'immutable'`.) */
export type PinState = 'immutable' | 'mutable' | 'local' | 'unknown';

export interface ModelLoad {
  call: Call;
  callee: string;
  kind: 'load' | 'llm';
  pin: PinState;
  pinned: boolean;
  /**
   * The reference names something that moves by design (a hub repository without a commit, a registry stage
   * or alias, `latest`, an unversioned URL, an LLM alias): MLO003 reports these. An absolute path on a
   * mounted volume is `mutable` too, but which file is there is the deployment's business: MLO004 asks for its identity.
   */
  moving: boolean;
  /** Why the verdict: "commit revision", "models:/…/latest is a moving alias", … */
  pinReason: string;
  heuristic: boolean;
  /** Where an unpinned finding sits: the model reference argument, else the callee. */
  range: Range;
  /** Expressions naming the model (path, URI, name, revision). */
  identity: Expr[];
  /** The call reported as the load when it is not `call` (an object built, then told to load: `m.load()`); `call` stays its origin. */
  reportedAt?: Call;
  /** The argument that references the model, when the loader has one. */
  modelArg?: Expr;
  /** A generic deserialiser's load: kept only with evidence that it loads a model. */
  needsEvidence?: boolean;
  /** An object of a model library without rows: a load only when a model verb is called on it. */
  needsUse?: boolean;
  /** A hosted model's name (`llm` loads), as the code spells it or through a constant. */
  modelName?: string;
}

export function detect(r: Resolver): { points: InferencePoint[]; loads: ModelLoad[] } {
  const points: InferencePoint[] = [];
  const loads: ModelLoad[] = [];
  const guards = new PrecisionGuards(r);
  for (const call of r.m.calls) {
    const callee = r.expr(call.callee, call.scope);
    const symbol = symbolString(callee);
    const known = symbol ? inferenceRow(r, call, symbol) : undefined;
    const row = known ?? signatureRow(r, call);
    if (row) {
      if (guards.notServing(call) || (row.kind === 'llm' && (onlyEmptyInput(r, call, row) || embedsSplitChunks(r, call)))) continue;
      // a call known only by its shape on an untyped receiver is a guess, and says so
      const guess = !known && !row.arg0Pattern && !row.arg0Constructor && !row.ownRoute;
      const point: InferencePoint = { call, callee: known ? displayCallee(r, callee) : describeReceiver(call.callee), row, heuristic: guess || (callee.k === 'typed' && !!callee.heuristic), receiver: callee, origins: callee.k === 'typed' ? callee.origins : [], range: call.callee.r };
      points.push(point);
      if (row.kind === 'llm') { const l = llmModel(r, call, row.modelArg); if (l) loads.push(l); }
      continue;
    }
    const custom = customModelMethod(r, call);
    if (custom) {
      if (!guards.notServing(call)) points.push(custom);
      continue;
    }
    if (isHeuristicInference(r, call, callee)) {
      if (guards.notServing(call)) continue;
      points.push({ call, callee: describeReceiver(call.callee), row: { match: 'heuristic' }, heuristic: true, receiver: callee, origins: [], range: call.callee.r });
      continue;
    }
    const given = modelGivenToLibrary(r, call, callee);
    if (given) {
      if (guards.notServing(call)) continue;
      const agent = given.type === UNHEARD_OF_AGENT;
      points.push({ call, callee: `${symbol ?? describeReceiver(call.callee)}`, row: agent ? { match: 'heuristic', kind: 'llm', inputArgs: [1, 'input'] } : { match: 'heuristic', inputArgs: [0] }, heuristic: true, receiver: given, origins: given.origins, range: call.callee.r });
      continue;
    }
    const named = namedModelCall(r, call, callee) ?? vendorModelCall(r, call);
    if (named) {
      if (guards.notServing(call)) continue;
      points.push({ call, callee: named, row: { match: 'heuristic' }, heuristic: true, receiver: callee, origins: [], range: call.callee.r });
      continue;
    }
    if (sendsLlmBody(r, call)) {
      if (guards.notServing(call)) continue;
      points.push({ call, callee: symbol ?? describeReceiver(call.callee), row: { match: 'llm-request-body', inputArgs: ['body', 'json', 'data', 1] }, heuristic: false, receiver: callee, origins: [], range: call.callee.r });
      continue;
    }
    if (sdkLlmRequest(r, call)) {
      if (guards.notServing(call)) continue;
      const point: InferencePoint = { call, callee: `${describeReceiver(call.callee)}`, row: { match: 'llm-sdk-request', kind: 'llm', inputArgs: ['messages', 'prompt', 'input', 0] }, heuristic: true, receiver: callee, origins: [], range: call.callee.r };
      points.push(point);
      const l = llmModel(r, call);
      if (l) loads.push(l);
      continue;
    }
    const deferred = deferredInference(r, call, symbol);
    if (deferred) {
      if (!guards.notServing(call)) points.push(deferred);
      continue;
    }
    const producer = r.producerOf(call);
    if (producer?.load?.download) continue; // fetching files is not loading a model: the load of the path is
    if (producer?.load) {
      const load = modelLoad(r, call, producer.load, symbol ?? describeReceiver(call.callee));
      if (load) loads.push(load);
    } else if (!r.modelLibraryType(callee, call) && r.isHeuristicLoad(call, callee)) {
      // a project loader given a reference (`load_model_ensemble(split_paths(cfg.path))`): as pinned as that reference;
      // called with none, it loads the file it was written for
      const given = call.args.length ? modelLoad(r, call, FILE_LIBRARY_LOAD, symbol ?? describeReceiver(call.callee)) : undefined;
      loads.push(given ? { ...given, heuristic: true } : { call, callee: symbol ?? describeReceiver(call.callee), kind: 'load', pin: 'local', pinned: false, moving: false, pinReason: 'a model file shipped with the service', heuristic: true, range: call.callee.r, identity: call.args.map(a => a.value) });
    } else if (r.modelLibraryType(callee, call) && r.modelLibraryType(callee, call) !== UNHEARD_OF_AGENT && !WRITER_NAME.test(symbol?.split('.').pop() ?? '') && !guards.buildsUntrained(call)) {
      // a model library's class or loader: a load only if a model verb is called on what it made (checked below)
      // (a loader named as one, `fasttext.load_model(path)`, `ARIMAResults.load(path)`, loads whatever is done with it)
      // a library without a zoo of its own (forecasters, AutoML, RL agents) loads files: a bare name is a file of the project
      const noZoo = callee.k === 'path' && inPackage(callee.path, r.t.untrainedModelLibraries);
      const load = modelLoad(r, call, noZoo ? FILE_LIBRARY_LOAD : LIBRARY_LOAD, symbol ?? '?');
      // (nor does a module's model given its files by name, `model = AutoModel(model="./models/asr")`: other modules use it)
      // (nor when it is asked for pretrained weights, `ocr_predictor(pretrained=True)`: it downloads and loads them whatever is done next)
      // an object of a package no table knows, built and then told to load (`m = new MobileNet(path)`, `await m.load()`):
      // the model is read where it is told to
      const told = callee.k === 'path' && unheardOfPackage(r.t, rootModule(callee.path)) ? loadCallOn(r, call) : undefined;
      if (load) loads.push({ ...load, ...(told ? { reportedAt: told } : {}), heuristic: true, needsUse: !NAMED_LOADER.test(symbol?.split('.').pop() ?? '') && !exportedModel(r, call) && !asksPretrained(call) });
    }
  }
  // a generic deserialiser (pickle, joblib, dill…) loads a model only with evidence that the object is one
  const used = new Set(points.flatMap(p => p.origins));
  points.push(...markedPoints(r, points));
  const superseded = supersededLoads(r, loads);
  return { points, loads: loads.filter(l => !superseded.has(l.call.id) && (l.needsUse ? used.has(l.call.id) : !l.needsEvidence || used.has(l.call.id) || guards.modelEvidence(l))) };
}

/** Loads whose rule names a later method that does the loading, when the file calls it on what they made. */
function supersededLoads(r: Resolver, loads: ModelLoad[]): Set<number> {
  const out = new Set<number>();
  const pending = loads.filter(l => r.producerOf(l.call)?.load?.supersededBy);
  if (!pending.length) return out;
  for (const c of r.m.calls) {
    if (c.callee.k !== 'attr') continue;
    const attr = c.callee.attr;
    const receiver = r.expr(c.callee.obj, c.scope);
    if (receiver.k !== 'typed') continue;
    for (const l of pending) if (r.producerOf(l.call)!.load!.supersededBy!.includes(attr) && receiver.origins.includes(l.call.id)) out.add(l.call.id);
  }
  return out;
}

/**
 * `Thread(target=model.generate, kwargs=…)`, `loop.run_in_executor(None, model.predict, x)`: the call that
 * hands a model's method to something that runs it is where the prediction happens.
 */
function deferredInference(r: Resolver, call: Call, symbol: string | undefined): InferencePoint | undefined {
  if (!r.t.deferredCalls.length) return undefined;
  const row = (symbol ? r.row(r.t.deferredCalls, symbol) : deferredShape(r, call)) ?? projectRunner(r, call);
  if (!row) return undefined;
  const fn = typeof row.callable === 'string' ? namedArg(call, row.callable) : call.args.filter(a => !a.name && !a.spread)[row.callable]?.value;
  if (!fn || fn.k === 'call' || fn.k === 'func') return undefined;
  const target = r.expr(fn, call.scope);
  const targetSymbol = symbolString(target);
  const inner = targetSymbol ? inferenceRow(r, call, targetSymbol) : undefined;
  // a model's method (`model.generate`) or a library function that runs one (`generateText` of the AI SDK)
  if (!inner || (target.k !== 'typed' && target.k !== 'path')) return undefined;
  const typed = target.k === 'typed' ? target : undefined;
  // the model's input is what the runner passes on: the arguments it names, else the first after the callable
  // (and the keywords the model's own row names, passed on as they are: `to_thread(client.ocr.process, document=doc)`)
  const passedOn = typeof row.callable === 'number' ? [row.callable + 1, ...(inner.inputArgs ?? []).filter(a => typeof a === 'string')] : undefined;
  return { call, callee: typed ? displayCallee(r, typed) : targetSymbol!, row: { ...inner, inputArgs: row.argsFrom ?? passedOn }, heuristic: !!typed?.heuristic, receiver: target, origins: typed?.origins ?? [], range: fn.r };
}

/** A project helper that runs the callable it is given in a thread (`await run_sync_in_executor(module, **inputs)`), as a row. */
function projectRunner(r: Resolver, call: Call): DeferredCallRow | undefined {
  const callee = r.expr(call.callee, call.scope);
  const at = callee.k === 'fn' ? r.deferringParam(callee.scope) : callee.k === 'path' ? r.projectDeferral(callee.path) : undefined;
  return at === undefined ? undefined : { match: 'project-runner', callable: at };
}

/**
 * A value of the type is part of the call's receiver: given to one of its methods (`pipe.add_component("llm",
 * OpenAIGenerator())`); for a receiver not built in the file (a parameter, an import), made anywhere in the file.
 */
function partAdded(r: Resolver, call: Call, type: string): boolean {
  const key = call.callee.k === 'attr' ? accessKey(call.callee.obj) : undefined;
  const makes = (e: Expr) => r.expr(e, call.scope).k === 'typed' && (r.expr(e, call.scope) as { type: string }).type === type;
  const built = key !== undefined && r.m.calls.some(c => c.id !== call.id && c.callee.k === 'attr' && accessKey(c.callee.obj) === key);
  if (key !== undefined && built) {
    return r.m.calls.some(c => c.callee.k === 'attr' && accessKey(c.callee.obj) === key && c.args.some(a => makes(a.value)));
  }
  return r.m.calls.some(c => r.producerOf(c)?.type === type);
}

/** The receiver a chain of method calls starts from (`builder` of `builder.addNode(…).addEdge(…)`, or the first call). */
function chainRoot(r: Resolver, e: Expr): Expr {
  while (e.k === 'call') {
    const callee = r.m.calls[e.call].callee;
    if (callee.k !== 'attr') return e;
    e = callee.obj;
  }
  return e;
}

/**
 * Whether the graph a call runs (`graph.invoke(x)` with `graph = builder.compile()`, or `builder.compile().invoke(x)`) has a
 * node that is a model or a model's method (`agent.invoke.bind(agent)`, `model`): the builder's chain up to `compile`, and
 * the node-adding calls made on the builder's name elsewhere in the file.
 */
function graphHasModelNode(r: Resolver, call: Call, methods: string[]): boolean {
  if (call.callee.k !== 'attr') return false;
  let graph: Expr = call.callee.obj;
  let scope = call.scope;
  if (graph.k === 'name') {
    const b = bindingOf(r, graph.name, scope, call.r.start);
    if (!b) return false;
    graph = b.value; scope = b.scope;
  }
  if (graph.k !== 'call') return false;
  const nodes: Call[] = [];
  for (let e: Expr = graph; e.k === 'call';) {
    const c: Call = r.m.calls[e.call];
    if (c.callee.k !== 'attr') break;
    if (methods.includes(c.callee.attr)) nodes.push(c);
    e = c.callee.obj;
  }
  const key = accessKey(chainRoot(r, graph));
  if (key !== undefined) {
    for (const c of r.m.calls) if (c.callee.k === 'attr' && methods.includes(c.callee.attr) && accessKey(chainRoot(r, c.callee.obj)) === key) nodes.push(c);
  }
  const runsModel = (e: Expr, at: number) => {
    // `agent.invoke.bind(agent)`: the method itself
    if (e.k === 'call' && r.m.calls[e.call].callee.k === 'attr' && (r.m.calls[e.call].callee as { attr: string }).attr === 'bind') e = (r.m.calls[e.call].callee as { obj: Expr }).obj;
    const symbol = symbolString(r.expr(e, at));
    return symbol !== undefined && !!r.row(rowsFor(r.t.inference, r.m.language), symbol);
  };
  return nodes.some(n => n.args.slice(1).some(a => !a.spread && runsModel(a.value, n.scope)));
}

/** Whether a call of the file makes a value of this type (`Summarizer.create()`, `ai.summarizer.create()`). */
function makesInFile(r: Resolver, type: string): boolean {
  return r.m.calls.some(c => r.producerOf(c)?.type === type);
}

/** A deferred call known by its spelling on a receiver the engine cannot type (`step.ai.wrap(…)` on Inngest's `step` parameter). */
function deferredShape(r: Resolver, call: Call) {
  if (call.callee.k !== 'attr' || r.expr(call.callee, call.scope).k !== 'unknown') return undefined;
  const members: string[] = [];
  let e: Expr = call.callee;
  while (e.k === 'attr' && members.length < 4) { members.unshift(e.attr); e = e.obj; }
  for (let i = 0; i < members.length; i++) {
    const row = r.row(r.t.deferredCalls, `?#${members.slice(i).join('.')}`);
    if (row) return row;
  }
  return undefined;
}

/** How a model library without rows names its model: the first argument or a usual keyword; no reference is the library's default. */
// (`lang=` last: a library that picks its model by language, `stanza.Pipeline(lang=lang)`, `PaddleOCR(lang="en")`)
const LIBRARY_LOAD: LoadRule = { pin: 'library', defaultWeights: true, modelArg: [0, 'model', 'model_path', 'model_name', 'model_dir', 'path', 'checkpoint', 'source', 'name', 'weights', 'lang', 'language',
  'modelPath', 'modelDir', 'modelName', 'modelUrl', 'modelFile', 'modelAssetPath'] };
const FILE_LIBRARY_LOAD: LoadRule = { ...LIBRARY_LOAD, pin: 'local', defaultWeights: false };

/** Functions named for fitting a model on their arguments and returning it: `auto_arima(y)`, `train_model(X, y)`, `fit(X, y)`. */
const FITTING_FUNCTION = /^(auto_arima|train|fit|train_model|fit_model|train_classifier|train_regressor)$/;

/** Methods that train the value they are called on (Python, and TensorFlow.js's Layers API: `fitDataset`, `trainOnBatch`). */
const TRAINING_METHODS = new Set(['fit', 'partial_fit', 'fit_transform', 'fit_generator', 'train', 'train_on_batch', 'fit_predict', 'fitDataset', 'trainOnBatch']);
/** Calls that only a training loop makes. */
const TRAINING_STEPS = new Set(['backward', 'zero_grad', 'minimize', 'apply_gradients']);
/** `model = Lib(model="./models/x")` at module level: a model a module makes for others, given its files by a literal reference. */
/** `pretrained=True` (any value but a falsy literal) given to a model library's class or loader: it loads the published weights. */
function asksPretrained(call: Call): boolean {
  const e = call.args.find(a => a.name === 'pretrained')?.value;
  return !!e && !(e.k === 'lit' && e.falsy);
}

/** What a factory that makes a library's object may hand out without being a model (`return get_cfg()`, `return Trainer(…)`). */
const NOT_A_MODEL_CLASS = /config|cfg|dataset|loader|trainer|tokeni[sz]er|processor|transform|option|setting|param|metric|loss|optimi[sz]er|callback/i;

function exportedModel(r: Resolver, call: Call): boolean {
  // a factory handing out a library's model class as it is made (`def create_ocr(): return PaddleOCR(**kwargs)`):
  // its callers, often in other modules, are the ones that use it
  const symbol = call.callee.k === 'name' ? call.callee.name : call.callee.k === 'attr' ? call.callee.attr : '';
  if (call.scope !== 0 && /^[A-Z]/.test(symbol) && !NOT_A_MODEL_CLASS.test(symbol)
    && r.m.returns.some(ret => ret.scope === call.scope && ret.value?.k === 'call' && ret.value.call === call.id)) return true;
  if (call.scope !== 0) return false;
  const named = call.args.some(a => a.name && /^(model|model_path|model_name|model_dir|checkpoint|weights)$/.test(a.name) && a.value.k === 'str');
  if (!named) return false;
  const assigned = r.m.assignments.find(a => a.scope === 0 && a.value.k === 'call' && a.value.call === call.id);
  return !!assigned?.targets.some(t => !t.path.length && MODEL_NAME.test(t.root));
}

const INFERENCE_MARKER = /\bmlobs:\s*inference\b/;

/**
 * Calls the user marks as inference points (`# mlobs: inference` / `// mlobs: inference` at the end of the call's line or
 * alone on the line above it), for a library or wrapper the knowledge does not cover. On that line, the outermost call that
 * is not a language builtin (`print(model.run(x))` marks `model.run`).
 */
function markedPoints(r: Resolver, found: InferencePoint[]): InferencePoint[] {
  const out: InferencePoint[] = [];
  const taken = new Set(found.map(p => p.call.id));
  for (const comment of r.m.comments) {
    if (!INFERENCE_MARKER.test(comment.text)) continue;
    const onLine = (line: number) => r.m.calls.filter(c => c.r.start.line === line);
    let calls = onLine(comment.line);
    if (!calls.length) calls = onLine(comment.line + 1);
    const candidates = calls.filter(c => !/^(builtins|console|JSON|json|asyncio|Promise|Object|Array|String|Number|Math)(\.|$)/.test(symbolString(r.expr(c.callee, c.scope)) ?? ''))
      .sort((a, b) => (b.r.end.line - b.r.start.line) - (a.r.end.line - a.r.start.line) || (b.r.end.col - b.r.start.col) - (a.r.end.col - a.r.start.col));
    const call = candidates[0];
    if (!call || taken.has(call.id)) continue;
    taken.add(call.id);
    const receiver = r.expr(call.callee, call.scope);
    out.push({ call, callee: describeReceiver(call.callee), row: { match: 'marker' }, heuristic: false, receiver, origins: receiver.k === 'typed' ? receiver.origins : [], range: call.callee.r });
  }
  return out;
}

/**
 * The command line a child-process call runs, as text: Python `subprocess.run(["ollama", "run", m])` / `run("ollama run
 * x", shell=True)`, Node `spawn("ollama", ["run", m])` / `execFile(…)` / `exec("ollama run x")`. The elements it cannot
 * read are `*`; the program's folder is dropped (`/usr/local/bin/ollama` is `ollama`, `ollama.exe` stays as written).
 */
function commandLine(r: Resolver, call: Call): string | undefined {
  const positional = call.args.filter(a => !a.name && !a.spread).map(a => a.value);
  const first = positional[0] ?? call.args.find(a => a.name === 'args')?.value;
  if (!first) return undefined;
  const words = (e: Expr): string[] | undefined => {
    if (e.k === 'other' && e.op === 'tuple') return e.parts.map(p => urlText(r, p, call.scope) ?? '*');
    // `["ollama", "run"] + [model]`
    if (e.k === 'other' && e.op === '+' && e.parts.every(p => p.k === 'other' && p.op === 'tuple')) return e.parts.flatMap(p => words(p) ?? ['*']);
    if (e.k === 'name') { const b = bindingOf(r, e.name, call.scope, e.r.start); return b ? words(b.value) : undefined; }
    const text = urlText(r, e, call.scope);
    return text === undefined ? undefined : [text];
  };
  const head = words(first);
  if (!head?.length) return undefined;
  // Node: the program first, its arguments as the second argument
  const rest = positional[1] ? words(positional[1]) ?? [] : [];
  const all = [...head, ...rest];
  // the program's folder dropped (`/usr/bin/whisper` → `whisper`), only from the program: a command line given as one string
  // keeps its arguments' paths (`whisper-cli -m models/ggml.bin`)
  all[0] = all[0].replace(/^[^ ]*[\\/]/, '');
  return all.join(' ');
}

const URL_PARTS = new Set(['href', 'pathname', 'host', 'hostname', 'port', 'protocol', 'origin']);

/** One part of a URL's text (`*` holes kept), as the URL object names it; undefined when the text is not a URL. */
function urlPart(url: string, part: string): string | undefined {
  const m = /^([a-z][\w+.-]*:)\/\/([^/:?#]*)(?::([^/?#]*))?([^?#]*)/i.exec(url);
  if (!m) return undefined;
  const [, protocol, hostname, port = '', pathname] = m;
  const host = port ? `${hostname}:${port}` : hostname;
  return { href: url, protocol, hostname, port, host, pathname: pathname || '/', origin: `${protocol}//${host}` }[part];
}

/** Whether an expression is computed from `__file__`/`__dirname` alone (through calls, attributes and indexes, a few levels deep). */
function derivedFromThisFile(r: Resolver, e: Expr, depth: number): boolean {
  if (depth > 8) return false;
  switch (e.k) {
    case 'name': return e.name === '__file__' || e.name === '__dirname' || e.name === '__filename';
    case 'attr': return derivedFromThisFile(r, e.obj, depth + 1);
    case 'index': return derivedFromThisFile(r, e.obj, depth + 1);
    case 'call': {
      const c = r.m.calls[e.call];
      return (c.callee.k === 'attr' && derivedFromThisFile(r, c.callee.obj, depth + 1)) || c.args.some(a => derivedFromThisFile(r, a.value, depth + 1));
    }
    default: return false;
  }
}

/** Variable names and paths that say "this is a model" (for generic deserialisers). */
/** A variable or attribute named as a fitted model (`model`, `clf`, `churn_model`, `self.classifier`), not just containing the word. */
const MODEL_NAME = /^_*(\w+_)?(model|clf|classifier|regressor|estimator|predictor|booster)(_\w+)?$/i;
const MODEL_WORDS = /model|clf|classifier|regressor|estimator|pipeline|predictor|booster|forest|xgb|lgbm|svm|network|weights|checkpoint|ckpt|state_?dict|\.(joblib|pt|pth|onnx|h5|keras|safetensors|ubj|cbm|skops|sav)$/i;

/**
 * What is not a serving prediction: calls inside a model's own definition (`self.encoder(x)` in an
 * `nn.Module`), and predictions of a model trained in the same scope (`clf.fit(X); clf.predict(X_test)`,
 * a training loop) — evaluation, not serving.
 */
class PrecisionGuards {
  private trainedKeys?: Map<string, Set<number>>;
  private trainingScopes?: Set<number>;
  constructor(private readonly r: Resolver) {}

  private importsMl?: boolean;

  /** The assignment whose whole value is the call (`m = joblib.load(p)`), indexed once: asked per load. */
  private assignmentOf(callId: number): Assignment | undefined {
    if (!this.byValueCall) {
      this.byValueCall = new Map();
      for (const a of this.r.m.assignments) if (a.value.k === 'call' && !this.byValueCall.has(a.value.call)) this.byValueCall.set(a.value.call, a);
    }
    return this.byValueCall.get(callId);
  }
  private byValueCall?: Map<number, Assignment>;

  notServing(call: Call): boolean {
    return this.inModelDefinition(call) || this.trainedHere(call) || this.evaluated(call) || namedLikeALoss(call) || runsATrainingOp(this.r, call)
      || this.sessionTrainedHere(call) || this.ingested(call) || this.freshDefinition(call) || this.loadTest();
  }

  /**
   * `sess.run(loss, feed_dict=…)` or `sess.run(accuracy, feed_dict=test)` in a function where the same session also runs a
   * training op: the loss and evaluation of a TF1 training loop, not a prediction.
   */
  private sessionTrainedHere(call: Call): boolean {
    if (call.callee.k !== 'attr' || call.callee.attr !== 'run') return false;
    const key = accessKey(call.callee.obj);
    if (key === undefined) return false;
    return this.r.m.calls.some(c => c.id !== call.id && c.scope === call.scope && c.callee.k === 'attr' && c.callee.attr === 'run'
      && accessKey(c.callee.obj) === key && runsATrainingOp(this.r, c));
  }

  /** A load-test script (it imports k6): what it sends is the traffic of a test. */
  private loadTest(): boolean {
    return (this.isLoadTest ??= this.r.t.loadTestModules.length > 0 && this.r.m.imports.some(i => inPackage(i.path, this.r.t.loadTestModules)));
  }
  private isLoadTest?: boolean;

  /** `RankingModel()(x)`: a model class of the code, called as soon as it is built, has had no weights put in it (a shape check). */
  private freshDefinition(call: Call): boolean {
    if (call.callee.k === 'name') return this.smokeTested(call, call.callee.name);
    // (also run through one of its methods: `new SquaredSumLayer().apply(t)`, `Net().forward(x)`)
    const fresh = call.callee.k === 'call' ? call.callee : call.callee.k === 'attr' && call.callee.obj.k === 'call' ? call.callee.obj : undefined;
    if (!fresh) return false;
    const made = this.r.expr(fresh, call.scope);
    const built = this.r.m.calls[fresh.call];
    return made.k === 'typed' && MODEL_DEFINITIONS.has(made.type) && made.origins.length === 0 && this.r.expr(built.callee, built.scope).k === 'class';
  }

  /**
   * `rnn = SimpleRNN(7, 64)` then `rnn(torch.randn(1, 52, 7))` in one scope, and nothing else done with `rnn`: a model
   * class of the file run with the weights it was built with (the shape check under `if __name__ == "__main__":`), not
   * a model served. Anything else done with it — `load_state_dict(…)`, `eval()`, passing it on, returning or keeping
   * it — and a class that loads weights itself (in `__init__`) leave the call a prediction.
   */
  private smokeTested(call: Call, name: string): boolean {
    const m = this.r.m;
    const assigned = m.assignments.filter(a => a.scope === call.scope && a.targets.some(t => t.root === name));
    if (assigned.length !== 1 || assigned[0].value.k !== 'call' || assigned[0].targets.length !== 1 || assigned[0].targets[0].path.length) return false;
    const built = m.calls[assigned[0].value.call];
    const cls = this.r.expr(built.callee, built.scope);
    if (cls.k !== 'class') return false;
    const made = this.r.expr(call.callee, call.scope);
    if (made.k !== 'typed' || !MODEL_DEFINITIONS.has(made.type) || made.origins.length) return false;
    const inClass = (scope: number): boolean => { for (let s = scope; s >= 0; s = m.scopes[s].parent) if (s === cls.scope) return true; return false; };
    if (m.calls.some(c => inClass(c.scope) && this.r.producerOf(c)?.load)) return false;
    const used = (e: Expr) => usedBesidesCalling(this.r, e, name);
    return !m.calls.some(c => c.scope === call.scope && c.id !== built.id && (c.callee.k === 'name' && c.callee.name === name ? false : used(c.callee) || c.args.some(a => used(a.value))))
      && !m.assignments.some(a => a.scope === call.scope && a !== assigned[0] && used(a.value))
      && !m.returns.some(x => x.scope === call.scope && x.value && used(x.value));
  }

  /**
   * Ingestion, not a prediction: an embedding whose result only goes into a store (`collection.insert([...,
   * embeddings])`, `supabase.from("docs").update({ embedding })`), in the function that computes it — the
   * vectors of an index being built. An embedding that is returned, searched with or passed anywhere else is served.
   */
  private ingested(call: Call): boolean {
    const name = call.callee.k === 'attr' ? call.callee.attr : call.callee.k === 'name' ? call.callee.name : '';
    const embedding = /^(encode|embed\w*|aembed\w*|create)$/.test(name) && (name !== 'create' || /embeddings?\.create$/.test(describeReceiver(call.callee)))
      // Supabase's `ai.Session("gte-small").run(text, { mean_pool: true })`: pooling asked for is an embedding
      || name === 'run' && call.args.some(a => a.value.k === 'dict' && a.value.entries.some(x => x.key === 'mean_pool'));
    if (!embedding) return false;
    // the names holding the vectors: the result's variable, and what is built from it in the same function
    const held = new Set<string>();
    const result = this.r.m.assignments.find(a => a.scope === call.scope && containsCall(this.r, a.value, call.id));
    for (const t of result?.targets ?? []) held.add(t.root);
    if (!held.size) return false;
    for (let grew = true, rounds = 0; grew && rounds < 4; rounds++) {
      grew = false;
      for (const a of this.r.m.assignments) {
        // what a write returns (`const { error } = await db.update({ embedding })`) is not the vectors
        if (a.scope !== call.scope || a === result || isWriteChain(this.r, a.value) || !mentionsName(this.r, a.value, held)) continue;
        for (const t of a.targets) if (!held.has(t.root)) { held.add(t.root); grew = true; }
      }
    }
    if (this.r.m.returns.some(x => x.scope === call.scope && x.value && mentionsName(this.r, x.value, held))) return false;
    const uses = this.r.m.calls.filter(c => c.scope === call.scope && c.id !== call.id && c.args.some(a => mentionsName(this.r, a.value, held)));
    const writes = uses.filter(c => c.callee.k === 'attr' && STORE_WRITES.test(c.callee.attr));
    // `update({ embedding: JSON.stringify(embedding) })`: a call inside a write's arguments is part of the write
    return writes.length > 0 && uses.every(c => writes.some(w => contains(w.r, c.r)));
  }

  /** `y_pred = clf.predict(X_test)` then `accuracy_score(y_test, y_pred)` in the same function: scoring a model, not serving it. */
  private evaluated(call: Call): boolean {
    if (!this.evaluatedCalls) {
      this.evaluatedCalls = new Set();
      if (!this.r.t.evaluationMetrics.length) return false;
      for (const c of this.r.m.calls) {
        const symbol = symbolString(this.r.expr(c.callee, c.scope));
        // a metric the tables know, or a loss the code names (`criterion(outputs, target)`)
        if (!namedLikeALoss(c) && (!symbol || !matchesAny(this.r.t.evaluationMetrics, symbol))) continue;
        for (const a of c.args) {
          for (const id of this.callsBehind(a.value, c.scope)) this.evaluatedCalls.add(id);
        }
      }
    }
    return this.evaluatedCalls.has(call.id);
  }
  private evaluatedCalls?: Set<number>;

  /** The calls a metric's argument is the result of: `model.predict(X)`, `proba[:, 1]`, a variable assigned from one in that function. */
  private callsBehind(e: Expr, scope: number, depth = 0): number[] {
    if (depth > 5) return [];
    if (e.k === 'call') {
      // `net(images).argmax(1)`: the prediction the method is called on
      // and what it is computed from: `pred_y = scaler.inverse_transform(pred_y_ppr.reshape(-1, 1))` is still the prediction
      const c = this.r.m.calls[e.call];
      return [e.call, ...(c.callee.k === 'attr' ? this.callsBehind(c.callee.obj, scope, depth + 1) : []),
        ...c.args.flatMap(a => this.callsBehind(a.value, scope, depth + 1))];
    }
    if (e.k === 'index' || e.k === 'attr') return this.callsBehind(e.obj, scope, depth + 1);
    if (e.k !== 'name') return [];
    return this.r.m.assignments
      .filter(a => a.scope === scope && a.kind === 'assign' && a.targets.some(t => t.root === e.name && !t.path.length))
      .flatMap(a => this.callsBehind(a.value, scope, depth + 1));
  }

  private inModelDefinition(call: Call): boolean {
    const cls = this.r.enclosingClass(call.scope);
    if (cls < 0) return false;
    const made = this.r.instanceOf(cls);
    // a model's own definition calls its layers; a load test (a Locust user) calls the API it tests
    if (made.k === 'typed') return MODEL_DEFINITIONS.has(made.type) || made.type.startsWith('harness.');
    // a class over a base the engine does not know (`class VIT_Backbone(Backbone)` of detectron2, a LightningModule not
    // imported) whose `forward` calls its own parts (`self.backbone.forward_features(x)`): a network's definition too
    return this.r.m.language === 'python' && this.r.m.scopes[call.scope].name === 'forward' && this.r.m.scopes[cls].bases.length > 0
      && rootIsSelf(call.callee);
  }

  private trainedHere(call: Call): boolean {
    this.indexTraining();
    if (this.trainingScopes!.has(call.scope)) return true;
    return this.trainedAfterIndex(call);
  }

  /** Where the file trains: the scopes of its training steps and the keys of what it fits, by scope (built once). */
  private indexTraining(): void {
    if (this.trainedKeys) return;
    this.trainedKeys = new Map();
    this.trainingScopes = new Set();
    for (const c of this.r.m.calls) {
      if (c.callee.k !== 'attr') continue;
      if (TRAINING_STEPS.has(c.callee.attr)) this.trainingScopes.add(c.scope);
      if (!TRAINING_METHODS.has(c.callee.attr)) continue;
      const key = accessKey(c.callee.obj);
      if (key) this.trained(key, c.scope);
    }
    // `model = LogisticRegression(C=1.0).fit(X, y)`: `fit` returns the estimator it trained
    // `model = pm.auto_arima(y, …)`, `model = train_model(X, y)`: a function that fits a model on what it is given and returns it
    for (const a of this.r.m.assignments) {
      if (a.value.k !== 'call') continue;
      const callee = this.r.m.calls[a.value.call].callee;
      const fits = callee.k === 'attr' ? TRAINING_METHODS.has(callee.attr) && callee.attr !== 'fit_transform' && callee.attr !== 'fit_predict'
        : false;
      if (!fits && !FITTING_FUNCTION.test(lastSegment(callee) ?? '')) continue;
      for (const t of a.targets) if (t.index === undefined) this.trained(targetKeyOf(t.root, t.path), a.scope);
    }
  }

  private trainedAfterIndex(call: Call): boolean {
    let receiver: Expr | undefined = call.callee.k === 'attr' ? call.callee.obj : call.callee;
    // `model.predict(x)` or `model(x)`: the model's key
    const key = receiver ? accessKey(receiver) : undefined;
    if (!key) return false;
    const scopes = this.trainedKeys!.get(key);
    if (!scopes) {
      // a model handed in (`recommend(recommender, …)`) that was built untrained where it was fitted: that experiment's
      const sym = this.r.expr(receiver!, call.scope);
      return sym.k === 'typed' && sym.origins.length > 0 && sym.origins.every(id => this.buildsUntrained(this.r.m.calls[id]) && this.fittedWhereBuilt(id))
        && !this.loadsModels();
    }
    if (scopes.has(call.scope)) return true;
    // a class that trains its model in one method (`train`, `fit`) and predicts in another: the predicting method is the
    // class's serving side, as the same-scope rule of training reads it (its evaluation still goes by the metric guard)
    if (/^(self|this)\./.test(key) && this.r.enclosingClass(call.scope) >= 0) return false;
    // trained in another function of the file, and never loaded: an experiment script, not a service
    // (a module that also loads its models — train, save, load, forecast helpers — serves the loaded ones)
    const sym = this.r.expr(receiver!, call.scope);
    receiver = undefined;
    // (an origin that only builds an untrained model, `LightFM(loss="warp")` of a library whose classes train, is no load)
    const loaded = sym.k === 'typed' && sym.origins.some(id => !this.buildsUntrained(this.r.m.calls[id]));
    // (a model built untrained and fitted in the file is trained here, whatever else the file loads)
    const fittedHere = sym.k === 'typed' && sym.origins.length > 0 && sym.origins.every(id => this.buildsUntrained(this.r.m.calls[id]) && this.fittedWhereBuilt(id));
    return fittedHere || (!loaded && !this.loadsModels());
  }

  /** `recommender = LightFM(…)` then `recommender.fit(…)`: the name the call's result is kept in is trained somewhere in the file. */
  private fittedWhereBuilt(id: number): boolean {
    const a = this.assignmentOf(id);
    return !!a && a.targets.some(t => t.index === undefined && this.trainedKeys!.has(targetKeyOf(t.root, t.path)));
  }

  /** `LightFM(loss="warp")` of a library whose classes train: a model built untrained (no load), to be fitted. */
  buildsUntrained(c: Call): boolean {
    const callee = this.r.expr(c.callee, c.scope);
    if (callee.k !== 'path' || !/^[A-Z]/.test(callee.path.split('.').pop()!)) return false;
    if (inPackage(callee.path, this.r.t.untrainedModelLibraries)) return true;
    // a class of a package no table knows, whose object the file fits (`rf = new RandomForestClassifier(…)`, `rf.fit(…)`)
    this.indexTraining();
    return unheardOfPackage(this.r.t, rootModule(callee.path)) && this.fittedWhereBuilt(c.id);
  }

  /** Whether the file loads a model somewhere: a loader the tables know, or a model library's named loader (`ARIMAResults.load`). */
  private loadsModels(): boolean {
    return (this.fileLoads ??= this.r.m.calls.some(c => {
      const rule = this.r.producerOf(c)?.load;
      if (rule) return !rule.download && !rule.needsModelEvidence;
      const callee = this.r.expr(c.callee, c.scope);
      return !!this.r.modelLibraryType(callee, c) && NAMED_LOADER.test(lastSegment(c.callee) ?? '');
    }));
  }
  private fileLoads?: boolean;

  private namedLikeData(load: ModelLoad): boolean {
    const ref = load.modelArg ? referenceName(this.r, load.modelArg, load.call.scope) : '';
    const assigned = this.assignmentOf(load.call.id);
    const names = [ref.split(/[\\/]/).pop() ?? '', ...(assigned?.targets.map(t => [t.root, ...t.path].join('.')) ?? [])].filter(Boolean);
    return names.length > 0 && names.every(n => DATA_WORDS.test(n) && !MODEL_WORDS.test(n.replace(/\.(joblib|pkl|pickle)$/, '')));
  }

  /** `tokenizer = pickle.load(f)`, `scaler = joblib.load(p)`: a name that says the object prepares data for a model. */
  private namedLikePreprocessing(load: ModelLoad): boolean {
    const names = this.assignmentOf(load.call.id)?.targets.map(t => t.path.length ? t.path[t.path.length - 1] : t.root) ?? [];
    return names.length > 0 && names.every(n => PREPROCESSING_WORDS.test(n) && !MODEL_WORDS.test(n));
  }

  /**
   * `def load_opt(p): return joblib.load(p)` whose callers keep a preprocessor or data (`preprocessor = load_opt(…)`,
   * `encoders, path = try_load_encoders(…)`): the helper loads what its callers say, not a model.
   */
  private returnedAsPreprocessing(load: ModelLoad): boolean {
    const fn = load.call.scope;
    const name = this.r.m.scopes[fn].kind === 'function' ? this.r.m.scopes[fn].name : undefined;
    if (!name) return false;
    const bound = this.assignmentOf(load.call.id)?.targets.find(t => !t.path.length && t.index === undefined)?.root;
    const returnsLoad = this.r.m.returns.some(x => {
      if (x.scope !== fn || !x.value) return false;
      const first = x.value.k === 'other' && x.value.op === 'tuple' ? x.value.parts[0] : x.value;
      return (first?.k === 'call' && first.call === load.call.id) || (bound !== undefined && first?.k === 'name' && first.name === bound);
    });
    if (!returnsLoad) return false;
    const callers = this.r.m.assignments.filter(a => a.value.k === 'call' && lastSegment(this.r.m.calls[a.value.call].callee) === name);
    const kept = callers.map(a => a.targets[0]).filter(t => t !== undefined).map(t => t.path.length ? t.path[t.path.length - 1] : t.root);
    return kept.length > 0 && kept.every(n => (PREPROCESSING_WORDS.test(n) || DATA_WORDS.test(n)) && !MODEL_WORDS.test(n));
  }

  /**
   * `def load_pickle(f): return pickle.load(f)` whose callers unpack data from it (`X_train, y_train = load_pickle(…)`):
   * a helper for datasets, not a model load.
   */
  private returnedAsData(load: ModelLoad): boolean {
    const fn = load.call.scope;
    const ret = this.r.m.returns.find(x => x.scope === fn && x.value?.k === 'call' && x.value.call === load.call.id);
    const name = ret ? this.r.m.scopes[fn].name : undefined;
    if (!name) return false;
    const uses = this.r.m.assignments.filter(a => a.value.k === 'call' && lastSegment(this.r.m.calls[a.value.call].callee) === name);
    const dataName = (n: string) => DATA_WORDS.test(n) || /^(x|y|df|data|dataset)(_|$)/i.test(n);
    // (`clf, vec = load_pickle("model.pkl")` unpacks a model: a name says so)
    return uses.length > 0 && uses.every(a => a.targets.every(t => !MODEL_WORDS.test(t.root)) && (a.targets.length > 1 || a.targets.every(t => dataName(t.root))));
  }

  private trained(key: string, scope: number): void {
    let scopes = this.trainedKeys!.get(key);
    if (!scopes) this.trainedKeys!.set(key, (scopes = new Set()));
    scopes.add(scope);
  }

  /** Evidence that a generic deserialiser's object is a model: the file imports an ML library, or the names say so. */
  /** The deserialiser reads an in-memory buffer (`BytesIO(…)`, `b64decode(…)`) rather than a file or a path. */
  private fromMemory(load: ModelLoad): boolean {
    const arg = load.call.args.find(a => !a.name)?.value;
    if (arg?.k !== 'call') return false;
    const name = lastSegment(this.r.m.calls[arg.call].callee) ?? '';
    return /^(BytesIO|b64decode|urlsafe_b64decode|decodebytes|frombuffer)$/.test(name);
  }

  modelEvidence(load: ModelLoad): boolean {
    // `expected_features = joblib.load(FEATURE_PATH)`: the name says what else the pickle holds
    if (this.namedLikeData(load) || this.namedLikePreprocessing(load) || this.returnedAsData(load) || this.returnedAsPreprocessing(load)) return false;
    this.importsMl ??= this.r.m.imports.some(i => this.r.t.mlModules.includes(rootModule(i.path)) && !GENERIC_DESERIALISERS.has(rootModule(i.path)));
    // bytes a request carried (`torch.load(BytesIO(base64.b64decode(body)))`) are a tensor or data sent in, unless a name says model
    if (this.importsMl && !this.fromMemory(load)) return true;
    const ref = load.modelArg ? literalText(this.r, load.modelArg, load.call.scope) : '';
    if (MODEL_WORDS.test(ref)) return true;
    const assigned = this.assignmentOf(load.call.id);
    return !!assigned?.targets.some(t => MODEL_WORDS.test([t.root, ...t.path].join('.')));
  }
}

/** Writes to a vector store, a database or an index. */
const STORE_WRITES = /^(insert|insert_one|insert_many|insertMany|upsert|add|add_documents|addDocuments|add_texts|addVectors|add_embeddings|update|put|index|bulk|save|create_many|createMany|executemany)$/;

/** `db.from("t").update({…}).eq("id", id)`: a chain of calls with a store write in it. */
function isWriteChain(r: Resolver, e: Expr, depth = 0): boolean {
  if (e.k === 'other' && e.parts.length === 1) return isWriteChain(r, e.parts[0], depth + 1); // `await …`
  if (e.k === 'attr' || e.k === 'index') return isWriteChain(r, e.obj, depth + 1); // `const { error } = await …`
  if (e.k !== 'call' || depth > 6) return false;
  const c = r.m.calls[e.call];
  if (c.callee.k !== 'attr') return false;
  return STORE_WRITES.test(c.callee.attr) || isWriteChain(r, c.callee.obj, depth + 1);
}

/** Whether an expression is, or wraps (`await`, a subscript, an attribute), the result of a call. */
function containsCall(r: Resolver, e: Expr, id: number, depth = 0): boolean {
  if (depth > 4) return false;
  if (e.k === 'call') return e.call === id || (() => { const c = r.m.calls[e.call]; return c.callee.k === 'attr' && containsCall(r, c.callee.obj, id, depth + 1); })();
  if (e.k === 'attr' || e.k === 'index') return containsCall(r, e.obj, id, depth + 1);
  if (e.k === 'other') return e.parts.some(p => containsCall(r, p, id, depth + 1));
  return false;
}

/** Whether an expression reads one of these names (through attributes, subscripts, literals and call arguments). */
function mentionsName(r: Resolver, e: Expr, names: Set<string>, depth = 0): boolean {
  if (depth > 6) return false;
  switch (e.k) {
    case 'name': return names.has(e.name);
    case 'attr': return mentionsName(r, e.obj, names, depth + 1);
    case 'index': return mentionsName(r, e.obj, names, depth + 1) || mentionsName(r, e.index, names, depth + 1);
    case 'dict': return e.entries.some(x => mentionsName(r, x.value, names, depth + 1));
    case 'other': return e.parts.some(p => mentionsName(r, p, names, depth + 1));
    case 'str': return (e.parts ?? []).some(p => mentionsName(r, p, names, depth + 1));
    case 'call': { const c = r.m.calls[e.call]; return mentionsName(r, c.callee, names, depth + 1) || c.args.some(a => mentionsName(r, a.value, names, depth + 1)); }
    default: return false;
  }
}

/** Whether an expression uses the name other than by calling it (`print(net(x).shape)` only calls it; `train(net)` does not). */
function usedBesidesCalling(r: Resolver, e: Expr, name: string, depth = 0): boolean {
  if (depth > 6) return false;
  const again = (x: Expr) => usedBesidesCalling(r, x, name, depth + 1);
  switch (e.k) {
    case 'name': return e.name === name;
    case 'attr': return again(e.obj);
    case 'index': return again(e.obj) || again(e.index);
    case 'dict': return e.entries.some(x => again(x.value));
    case 'other': return e.parts.some(again);
    case 'str': return (e.parts ?? []).some(again);
    case 'call': { const c = r.m.calls[e.call]; return (c.callee.k === 'name' && c.callee.name === name ? false : again(c.callee)) || c.args.some(a => again(a.value)); }
    default: return false;
  }
}

/** TF1 `sess.run([train_op, loss], feed_dict=…)`: a training step of a restored graph (fine-tuning), not a prediction. */
const TRAINING_OP = /^(train|train_op|train_step|optimi[sz]er|opt|opt_op|update_ops?|\w+_train_op|\w+_optimi[sz]er)$/i;
function runsATrainingOp(r: Resolver, call: Call): boolean {
  if (call.callee.k !== 'attr' || call.callee.attr !== 'run') return false;
  const fetches = call.args.find(a => !a.name && !a.spread)?.value;
  const names = fetches?.k === 'other' && fetches.op === 'tuple' ? fetches.parts : fetches ? [fetches] : [];
  return names.some(e => (e.k === 'name' && TRAINING_OP.test(e.name)) || (e.k === 'attr' && TRAINING_OP.test(e.attr))
    // `sess.run(tf.global_variables_initializer())` sets up variables
    || (e.k === 'call' && /initiali[sz]er$|^initialize_all_variables$/.test(lastSegment(r.m.calls[e.call].callee) ?? '')));
}

/** Names of what else a pickle holds next to a model: feature lists, column names, label maps, settings. */
/** What prepares data for a model (not a model): tokenizers, scalers, encoders of features. */
const PREPROCESSING_WORDS = /tokeni[sz]er|scaler|vectori[sz]er|encoder|imputer|normali[sz]er|preprocess|transformer$/i;
const DATA_WORDS = /(^|_|\b)(data|datasets?|features?|feature_names|columns?|cols|labels?|label_map|classes|class_names|vocab(ulary)?|config|settings|params|mapping|metadata|schema|stats|thresholds?|categories|encodings?|embeddings|index|list|lists|dict|dictionary|lookup|frames|chars?|words?|names|ids|samples|records|history|cache)(_|$|\b)/i;

/** `loss_criterion(outputs, target)`, `self.criterion(logits, y)`: a module typed `nn.Module` that scores outputs against targets. */
function namedLikeALoss(call: Call): boolean {
  const callee = call.callee.k === 'attr' && (call.callee.attr === 'forward' || call.callee.attr === '__call__') ? call.callee.obj : call.callee;
  const name = callee.k === 'name' ? callee.name : callee.k === 'attr' ? callee.attr : undefined;
  return !!name && /(^|_)(loss|criterion)(_|$)|^(loss|criterion)|Loss$|Criterion$/i.test(name);
}

/** The later `x.load()` (`loadModel`, `init`) on what a constructor call made and the file keeps in `x`. */
function loadCallOn(r: Resolver, made: Call): Call | undefined {
  if (!/^[A-Z]/.test(lastSegment(made.callee) ?? '')) return undefined;
  const a = r.m.assignments.find(x => x.kind === 'assign' && x.value.k === 'call' && x.value.call === made.id);
  const t = a?.targets.length === 1 && a.targets[0].index === undefined ? a.targets[0] : undefined;
  if (!t) return undefined;
  const key = targetKeyOf(t.root, t.path);
  return r.m.calls.find(c => c.callee.k === 'attr' && /^(load|loadModel|init|initialize)$/.test(c.callee.attr) && accessKey(c.callee.obj) === key
    && before(made.r.end, c.r.start));
}

function targetKeyOf(root: string, path: string[]): string {
  return [root, ...path].join('.');
}

/** A model library's function that says it loads a model (a class or other helper of the library may not). */
const NAMED_LOADER = /^(load|load_model|load_pretrained|load_from_checkpoint|from_pretrained|restore)$/;

/** Types whose classes are model definitions (their own calls are layers, not predictions). */
const MODEL_DEFINITIONS = new Set(['model.torch', 'model.keras']);
/** Libraries whose import alone does not make a file an ML file: they also serialise ordinary data. */
const GENERIC_DESERIALISERS = new Set(['pickle', 'joblib', 'dill', 'cloudpickle', 'shelve', 'marshal']);

/** The literal text a model reference is spelt with (joined), or the names it is built from. */
function literalText(r: Resolver, e: Expr, scope: number): string {
  const ref = referenceOf(r, e, scope);
  if (ref.kind === 'literal') return ref.value;
  return describeReceiver(e);
}

/**
 * The name a reference goes by: its literal text, or, when the path is computed, the last part the code spells
 * (`with open(os.path.join(model_dir, "feature_columns.pkl")) as f: pickle.load(f)` reads `feature_columns.pkl`).
 */
function referenceName(r: Resolver, e: Expr, scope: number, depth = 0): string {
  const ref = referenceOf(r, e, scope);
  if (ref.kind === 'literal' || depth > 4) return ref.kind === 'literal' ? ref.value : describeReceiver(e);
  if (e.k === 'name') {
    const binding = bindingOf(r, e.name, scope, e.r.start);
    if (binding) return referenceName(r, binding.value, binding.scope, depth + 1);
  }
  if (e.k === 'call') {
    const c = r.m.calls[e.call];
    const callee = symbolString(r.expr(c.callee, c.scope)) ?? '';
    const positional = c.args.filter(a => !a.name && !a.spread).map(a => a.value);
    if (/^(builtins|io|gzip|bz2|lzma)\.open$/.test(callee) && positional[0]) return referenceName(r, positional[0], c.scope, depth + 1);
    if (PATH_JOINERS.test(callee) && positional.length) return referenceName(r, positional[positional.length - 1], c.scope, depth + 1);
  }
  return describeReceiver(e);
}

/** The first inference row for the symbol that applies to this file's language and, if it asks, to the URL argument. */
function inferenceRow(r: Resolver, call: Call, symbol: string): InferenceRow | undefined {
  for (const row of matchingRows(rowsFor(r.t.inference, r.m.language), symbol)) {
    if (row.arg0Pattern || row.ownRoute) {
      // the URL as the first argument, or by keyword when there is none (`requests.post(url=…, json=…)`); after the method
      // when the row says so (`requests.request("POST", url, …)`)
      const positional = call.args.filter(a => !a.name && !a.spread).map(a => a.value);
      if (row.method) {
        const verb = positional[0] ?? call.args.find(a => a.name === 'method')?.value;
        if (!verb || !new RegExp(`^(${row.method})$`, 'i').test(literalText(r, verb, call.scope))) continue;
      }
      const first = positional[row.urlArg ?? 0] ?? call.args.find(a => a.name === 'url')?.value;
      let urls = first ? urlCandidates(r, first, call.scope) : [];
      // a URL the code does not spell, named for a model service (`self.model_url`): stands for that service's `/predict`
      if (!urls.length && first && !row.ownRoute && namedModelServiceUrl(r, first)) urls = ['/predict'];
      const pattern = row.arg0Pattern ? new RegExp(row.arg0Pattern) : undefined;
      if (!urls.some(url => (!pattern || pattern.test(url)) && (!row.ownRoute || r.servedRoute(url)))) continue;
    }
    if (row.arg0Unless) {
      const first = call.args.find(a => !a.name && !a.spread)?.value;
      const text = first ? urlText(r, first, call.scope) : undefined;
      if (text !== undefined && new RegExp(row.arg0Unless, 'i').test(text)) continue;
    }
    if (row.argvPattern) {
      const line = commandLine(r, call);
      if (line === undefined || !new RegExp(row.argvPattern).test(line)) continue;
    }
    if (row.needsInput && !inputGiven(r, call, row)) continue;
    if (row.bodyKeys && !sendsBodyWith(r, call, row.bodyKeys)) continue;
    if (row.needsInFile && !partAdded(r, call, row.needsInFile)) continue;
    if (row.modelNode && !graphHasModelNode(r, call, row.modelNode)) continue;
    return row;
  }
  return undefined;
}

/** URL names that say what they reach, not the model service: `model_download_url`, `model_registry_uri`. */
const NOT_A_SERVICE_URL_WORD = new Set(['download', 'weights', 'file', 'files', 'path', 'registry', 'metadata', 'health', 'status', 'docs', 'repo',
  'artifact', 'artifacts', 'storage', 'bucket', 's3', 'upload', 'dashboard', 'tracking', 'mlflow', 'hub', 'cdn', 'card', 'info', 'list', 'version']);

/** Whether a URL expression (a name, an attribute, a parameter) is named for a model service: `model_url`, `this.inferenceEndpoint`. */
function namedModelServiceUrl(r: Resolver, e: Expr): boolean {
  const name = e.k === 'name' ? e.name : e.k === 'attr' ? e.attr : undefined;
  if (!name) return false;
  const words = [...nameWords(name)];
  const last = words.pop();
  if (last !== 'url' && last !== 'uri' && last !== 'endpoint') return false;
  if (words[words.length - 1] === 'base') words.pop();
  return words.some(w => r.t.modelServiceUrlWords.includes(w)) && !words.some(w => NOT_A_SERVICE_URL_WORD.has(w));
}

/** Whether a call passes one of the row's input arguments, or options the engine cannot see into. */
/** What cuts documents into chunks for an index (LangChain's text splitters and their document helpers). */
const SPLITTER_METHODS = /^(splitDocuments|split_documents|splitText|split_text|createDocuments|create_documents|transformDocuments|transform_documents)$/;

/**
 * `allSplits = await splitter.splitDocuments(docs)` then `embeddings.embedQuery(allSplits[0].pageContent)`: embedding the
 * chunks of the documents being indexed is ingestion, as building the index is, not a prediction a request asks for.
 */
function embedsSplitChunks(r: Resolver, call: Call): boolean {
  if (call.callee.k !== 'attr' || !/^a?embed(_?[Qq]uery|_?[Dd]ocuments)$/.test(call.callee.attr)) return false;
  const chunks = new Set<string>();
  for (const a of r.m.assignments) {
    const v = a.value.k === 'other' && a.value.parts.length === 1 ? a.value.parts[0] : a.value; // (`await …`)
    if (v.k === 'call' && SPLITTER_METHODS.test(lastSegment(r.m.calls[v.call].callee) ?? '')) for (const t of a.targets) if (!t.path.length) chunks.add(t.root);
  }
  return chunks.size > 0 && call.args.some(a => mentionsName(r, a.value, chunks));
}

/**
 * Ollama's `generate({ model, prompt: "", keep_alive })` loads (or, with `keep_alive: 0`, unloads) the model in the server and
 * answers nothing: a call of a hosted model whose every input it names is the empty string asks for no prediction.
 */
function onlyEmptyInput(r: Resolver, call: Call, row: InferenceRow): boolean {
  const positional = call.args.filter(a => !a.name && !a.spread);
  const options = positional[0] && dictOf(r, positional[0].value, call.scope);
  const inputs: Expr[] = [];
  for (const a of row.inputArgs ?? []) {
    const given = typeof a === 'number' ? positional[a]?.value : namedArg(call, a) ?? options?.entries.find(e => e.key === a)?.value;
    if (given && !(typeof a === 'number' && a === 0 && options)) inputs.push(given);
  }
  return inputs.length > 0 && inputs.every(e => e.k === 'str' && !e.parts && e.value === '');
}

function inputGiven(r: Resolver, call: Call, row: InferenceRow): boolean {
  const positional = call.args.filter(a => !a.name);
  for (const a of row.inputArgs ?? []) {
    if (typeof a === 'number' ? positional[a] && !positional[a].spread : namedArg(call, a)) return true;
  }
  // `create(**api_params)` after `api_params = {...}` / `api_params["messages"] = messages`: the keys the splatted dict gets
  const named = (row.inputArgs ?? []).filter((a): a is string => typeof a === 'string');
  if (named.length && call.args.some(a => a.spread && a.value.k === 'name' && spreadKeys(r, a.value.name, call.scope).some(k => named.includes(k)))) return true;
  if (row.needsInput === 'spelt') return false;
  // `axios(config)` with `const config = { method: "post", url, data }`: the body is an entry of the options it is given
  const options = positional[0] && dictOf(r, positional[0].value, call.scope);
  if (options?.entries.some(e => e.key === null || (row.inputArgs ?? []).includes(e.key))) return true;
  // `fetch(url, options)`, `fetch(url, { ...init })`: what is sent is not spelled here
  return positional.slice(1).some(a => a.spread || a.value.k !== 'dict' || a.value.entries.some(e => e.key === null));
}

/** The object `depth` member accesses below a callee (`a.b.c.d`, 2 → `a.b`). */
function receiverOf(callee: Expr, depth: number): Expr {
  let e = callee;
  for (let k = 0; k < depth && e.k === 'attr'; k++) e = e.obj;
  return e;
}

/** `self.backbone(x)`, `self.encoder.forward_features(x)`: a call of one of the instance's own attributes. */
function rootIsSelf(callee: Expr): boolean {
  let e = callee;
  if (e.k === 'attr' && e.obj.k === 'name' && e.obj.name === 'self') return true;
  if (e.k === 'attr') e = e.obj;
  return e.k === 'attr' && e.obj.k === 'name' && e.obj.name === 'self';
}

function rootIsName(e: Expr): boolean {
  while (e.k === 'attr') e = e.obj;
  return e.k === 'name';
}

/** The keys a dict bound to `name` is given: in its literal, and by `name["key"] = …` in the same function. */
function spreadKeys(r: Resolver, name: string, scope: number): string[] {
  const keys: string[] = [];
  const literal = dictOf(r, { k: 'name', name, r: { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } } }, scope);
  for (const e of literal?.entries ?? []) if (e.key !== null) keys.push(e.key);
  for (const a of r.m.assignments) {
    if (a.scope !== scope) continue;
    for (const t of a.targets) if (t.root === name && t.path.length === 1 && t.path[0] === '[]' && t.key !== undefined) keys.push(t.key);
  }
  return keys;
}

/** An options object: spelt at the call, or the one a name is bound to. */
function dictOf(r: Resolver, e: Expr, scope: number): Extract<Expr, { k: 'dict' }> | undefined {
  if (e.k === 'dict') return e;
  if (e.k !== 'name') return undefined;
  const b = bindingOf(r, e.name, scope);
  return b?.value.k === 'dict' ? b.value : undefined;
}

/**
 * A call recognised by its arguments whatever its receiver (`?#run` rows with an `arg0Pattern`): the Workers AI
 * binding `env.AI.run("@cf/meta/llama-3-8b-instruct", …)` is typed only by the Worker's `Env`, which the
 * deployment declares, but its model names are unmistakable.
 */
function signatureRow(r: Resolver, call: Call): InferenceRow | undefined {
  if (call.callee.k !== 'attr') return undefined;
  // the member path as written, longest first: `chat.completions.create`, `completions.create`, `create`
  const members: string[] = [];
  let e: Expr = call.callee;
  while (e.k === 'attr' && members.length < 4) { members.unshift(e.attr); e = e.obj; }
  const linked = linkedShape(r, call);
  if (linked) {
    // `this.model.pipe(parser).invoke(x)`, `chain = llm.pipe(parser); chain.invoke(x)`: a shape through a call on a receiver the engine cannot type
    const row = matchingRows(rowsFor(r.t.inference, r.m.language), `?#${linked.shape}`)[0];
    if (row && untyped(r, r.expr(linked.receiver, linked.scope))) return row;
  }
  for (let i = 0; i < members.length; i++) {
    for (const row of matchingRows(rowsFor(r.t.inference, r.m.language), `?#${members.slice(i).join('.')}`)) {
      if (row.arg0Constructor) {
        if (i === 0 && builtBy(r, call, new RegExp(row.arg0Constructor))) return row;
        continue;
      }
      if (!row.arg0Pattern && !row.ownRoute) {
        // a distinctive API shape on a receiver the engine cannot type (a client built in another module), held in a
        // name or in an attribute of one (`cog.client.messages.create(…)`, `self.client…` set elsewhere)
        const receiver = i === 0 ? e : receiverOf(call.callee, members.length - i);
        const sym = r.expr(receiver, call.scope);
        // an instance of a class the project defines (`gemini = new GeminiService()`): its method is the project's own wrapper,
        // whose body calls the API where it is written
        if (projectInstance(r, receiver, call.scope, sym)) continue;
        // `this.chatCompletion(…)`, `self.generate_content(…)`: a method of the class itself (or one it inherits from the project)
        if (receiver.k === 'name' && (receiver.name === 'this' || receiver.name === 'self')) continue;
        // a method name that is that API's only with its sessions about (`summarizer.summarize(text)` on a session kept where
        // the engine cannot follow it): only in a file that makes one
        if (row.needsInFile && !makesInFile(r, row.needsInFile)) continue;
        if (rootIsName(receiver) && untyped(r, sym) && (!row.needsInput || inputGiven(r, call, row))) return row;
        continue;
      }
      // `app.post("/predict", handler)` registers a route to a model; it does not call one (nor does `@app.post("/predict")`)
      if (call.args.slice(1).some(a => isHandler(r, a.value, call.scope)) || isDecorator(r, call)) continue;
      // a test harness's client (`TestClient(app).post("/predict", …)`) exercises the service
      const harness = r.expr(i === 0 ? e : receiverOf(call.callee, members.length - i), call.scope);
      if (harness.k === 'typed' && harness.type.startsWith('harness.')) continue;
      const first = call.args.find(a => !a.name && !a.spread)?.value;
      const text = first ? urlText(r, first, call.scope) : undefined;
      if (text !== undefined && (row.arg0Pattern ? new RegExp(row.arg0Pattern).test(text) : r.servedRoute(text)) && (!row.needsInput || inputGiven(r, call, row))) return row;
    }
  }
  return undefined;
}

/**
 * The shape of a method called on the result of another method call (`pipe().invoke`), directly or through one
 * variable bound to that call, with the receiver of the inner call.
 */
function linkedShape(r: Resolver, call: Call): { shape: string; receiver: Expr; scope: number } | undefined {
  if (call.callee.k !== 'attr') return undefined;
  let obj = call.callee.obj;
  let scope = call.scope;
  if (obj.k === 'name') {
    const b = bindingOf(r, obj.name, call.scope, call.r.start);
    if (!b) return undefined;
    obj = b.value; scope = b.scope;
  }
  if (obj.k !== 'call') return undefined;
  const inner = r.m.calls[obj.call];
  if (inner.callee.k !== 'attr') return undefined;
  return { shape: `${inner.callee.attr}().${call.callee.attr}`, receiver: inner.callee.obj, scope: inner.scope };
}

/** A function passed as a route handler: a function expression, or a name of a function of this or another project module. */
/** Whether the call is a decorator's (`@app.post("/predict")`): it registers what it decorates. */
function isDecorator(r: Resolver, call: Call): boolean {
  return r.m.scopes.some(s => s.decorators.some(d => d.k === 'call' && d.call === call.id));
}

function isHandler(r: Resolver, e: Expr, scope: number): boolean {
  if (e.k === 'func') return true;
  if (e.k !== 'name' && e.k !== 'attr') return false;
  const s = r.expr(e, scope);
  return s.k === 'fn' || (s.k === 'path' && r.definedInProject(s.path));
}

/** Whether a call's first argument is `new C(…)` (directly or through a variable) of a class whose name matches. */
function builtBy(r: Resolver, call: Call, name: RegExp): boolean {
  let first = call.args.find(a => !a.name && !a.spread)?.value;
  if (first?.k === 'name') first = bindingOf(r, first.name, call.scope, call.r.start)?.value;
  if (first?.k !== 'call') return false;
  const ctor = r.m.calls[first.call].callee;
  const written = ctor.k === 'name' ? ctor.name : ctor.k === 'attr' ? ctor.attr : undefined;
  return written !== undefined && name.test(written);
}

/** A value the engine knows nothing about: a parameter, or an import from a project module (not a library the tables know). */
/** Whether a name holds an instance the code builds from a class of the project (`const gemini = new GeminiService()`). */
function projectInstance(r: Resolver, receiver: Expr, scope: number, sym: Sym): boolean {
  if (sym.k === 'typed') return false;
  const cls = declaredClass(r, receiver, scope);
  // (with the workspace index, only what it knows for a class: `SarvamAIConfig()` may be a factory function)
  return !!cls && /(^|\.)[A-Z]\w*$/.test(cls) && r.definedInProject(cls) && (!r.knowsProject() || r.projectDefinition(cls) !== 'function');
}

/**
 * The class a receiver is an instance of, as the code declares it: built by it (`gemini = new GeminiService()`), a parameter
 * annotated with it (`def ask(svc: Summariser)`), or an attribute holding either (`constructor(private readonly gemini:
 * GeminiService)` then `this.gemini`, `self.svc = svc`, a field `svc: Summariser`).
 */
function declaredClass(r: Resolver, e: Expr, scope: number, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (e.k === 'name') {
    const owner = paramOwner(r, e.name, scope);
    const binding = bindingOf(r, e.name, scope);
    if (binding) {
      if (binding.value.k === 'call') return symbolString(r.expr(r.m.calls[binding.value.call].callee, binding.scope));
      return binding.value.k === 'name' ? declaredClass(r, binding.value, binding.scope, depth + 1) : undefined;
    }
    const annotation = owner === undefined ? undefined : r.m.scopes[owner].params.find(p => p.name === e.name)?.annotation;
    return annotation ? symbolString(r.expr(annotation, owner!)) : undefined;
  }
  if (e.k === 'attr' && e.obj.k === 'name') {
    const cls = r.selfClass(e.obj, scope);
    if (cls < 0) return undefined;
    const field = r.m.scopes[cls].fields?.find(f => f.name === e.attr);
    if (field) return symbolString(r.expr(field.annotation, r.m.scopes[cls].parent));
    const found = r.attributeValues(cls, e.attr).map(v => declaredClass(r, v.value, v.scope, depth + 1));
    return found.length && found.every(f => f === found[0]) ? found[0] : undefined;
  }
  return undefined;
}

function untyped(r: Resolver, s: Sym): boolean {
  return s.k === 'unknown' || (s.k === 'path' && !r.t.mlModules.includes(rootModule(s.path)) && !r.row(r.t.producers, s.path));
}

/** The first URL of a name every plain assignment of which spells a URL with the same path (only the host differs). */
function sameRouteURLs(r: Resolver, name: string, scope: number, depth: number): string | undefined {
  for (let s = scope; s >= 0; s = r.m.scopes[s].parent) {
    const assigned = r.bindings.get(s)?.get(name);
    if (!assigned) continue;
    if (assigned.length < 2 || assigned.length > 8 || !assigned.every(a => a.kind === 'assign' && a.targets.length === 1 && a.targets[0].root === name && !a.targets[0].path.length && a.targets[0].index === undefined)) return undefined;
    const texts = assigned.map(a => urlText(r, a.value, a.scope, depth + 1));
    if (texts.some(t => t === undefined)) return undefined;
    const paths = new Set(texts.map(t => t!.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '')));
    return paths.size === 1 && !paths.has('') ? texts[0] : undefined;
  }
  return undefined;
}

/**
 * The URLs a request may go to: the one the code spells, or, for a parameter of a helper without a default
 * (`def make_request(url, data): return requests.post(url=url, json=…)`), what the file's calls of the helper pass
 * (`make_request(url=URL_STT, data=audio)`): the helper's request asks for a prediction when one of them is a model's.
 */
function urlCandidates(r: Resolver, e: Expr, scope: number): string[] {
  const text = urlText(r, e, scope);
  if (text !== undefined) return [text];
  if (e.k !== 'name') return [];
  const fn = paramOwner(r, e.name, scope);
  if (fn === undefined || fn === 0) return [];
  return r.callSiteArguments(fn, e.name).map(a => urlText(r, a.value, a.scope)).filter((t): t is string => t !== undefined);
}

/**
 * The URL a request goes to, as far as the code spells it: a literal, a constant (also a class constant,
 * `this.API_URL`), or a template whose known parts are filled in (`${API_URL}?key=${KEY}`).
 */
function urlText(r: Resolver, e: Expr, scope: number, depth = 0): string | undefined {
  // (a chain: a request's options → a URL object's part → the attribute → `new URL(…)` → a parameter's default)
  if (depth > 8) return undefined;
  // a part of a WHATWG URL object (`this.apiUrl.pathname` with `this.apiUrl = new URL(endpoint)`)
  if (e.k === 'attr' && URL_PARTS.has(e.attr)) {
    const whole = urlText(r, e.obj, scope, depth + 1);
    const part = whole !== undefined ? urlPart(whole, e.attr) : undefined;
    if (part !== undefined) return part;
  }
  // `axios({ method: "post", url, data })`: a request's options object names its URL
  if (e.k === 'dict') {
    const url = e.entries.find(en => en.key === 'url');
    if (url) return urlText(r, url.value, scope, depth + 1);
    // Node's `http.request({ hostname, port, path, method })`: the URL its parts make
    const part = (...keys: string[]) => { const en = e.entries.find(x => x.key !== null && keys.includes(x.key)); return en && urlText(r, en.value, scope, depth + 1); };
    const path = part('path', 'pathname');
    if (path === undefined) return undefined;
    // (a numeric port is not read: the path is what names a model route)
    const host = part('hostname', 'host') ?? '*', port = part('port');
    return `${part('protocol') ?? 'http:'}//${host}${port ? `:${port}` : ''}${path}`;
  }
  if (e.k === 'str') {
    if (!e.parts) return e.value;
    let i = 0;
    return e.value.replace(/\{\}/g, () => { const part = e.parts![i++]; return (part && urlText(r, part, scope, depth + 1)) ?? '*'; });
  }
  if (e.k === 'name') {
    const v = r.constant(e, scope);
    if (v !== undefined) return v;
    // (a `let url` set in each branch: the one written last before the request)
    const b = bindingOf(r, e.name, scope, e.r.start);
    if (b) return urlText(r, b.value, b.scope, depth + 1);
    // a setting assigned in branches (`URL = "http://127.0.0.1:5001/stt"`, then `if DOCKER: URL = "http://stt-service:5001/stt"`):
    // other hosts of one route, the route is known
    const hosts = sameRouteURLs(r, e.name, scope, depth);
    if (hosts) return hosts;
    // a parameter's default (`constructor(apiUrl = "http://localhost:11434/api/generate")`): what a caller that passes
    // nothing gets, the one URL the code spells
    for (let sc = scope; sc > 0; sc = r.m.scopes[sc].parent) {
      const param = r.m.scopes[sc].params.find(p => p.name === e.name);
      if (param) return param.default ? urlText(r, param.default, r.m.scopes[sc].parent, depth + 1) : undefined;
    }
    // a constant of another project module (`from app.config import TF_SERVING_URL`)
    const s = r.name(e.name, scope);
    return s.k === 'path' ? r.importedText(s.path) : undefined;
  }
  if (e.k === 'other' && (e.op === '||' || e.op === '??' || e.op === 'or')) {
    // `process.env.API_HOST || "https://api.replicate.com"`: the default the code spells
    for (const part of e.parts) { const text = urlText(r, part, scope, depth + 1); if (text !== undefined) return text; }
    return undefined;
  }
  if (e.k === 'other' && e.op === '+') {
    // `BASE_URL + "/v1/chat/completions"`: the known parts, an unknown one as `*`
    const texts = e.parts.map(part => urlText(r, part, scope, depth + 1));
    return texts.some(t => t !== undefined) ? texts.map(t => t ?? '*').join('') : undefined;
  }
  if (e.k === 'call' && depth < 8) {
    // `os.getenv("LLM_URL", "http://localhost:11434/api/generate")`: its default
    const c = r.m.calls[e.call];
    const symbol = symbolString(r.expr(c.callee, scope));
    // `new URL("/api/generate", base)`, `new URL(endpoint)`: the URL it parses (a path against its base)
    if (symbol === 'URL' && c.args[0] && !c.args[0].spread) {
      const first = urlText(r, c.args[0].value, scope, depth + 1);
      const base = c.args[1] ? urlText(r, c.args[1].value, scope, depth + 1) : undefined;
      return first !== undefined && first.startsWith('/') && base !== undefined ? base.replace(/\/+$/, '') + first : first;
    }
    // `urljoin(config["url"], "api/generate")`: the path joined onto a base the code may not spell
    if (symbol === 'urllib.parse.urljoin' && c.args.length === 2 && !c.args.some(a => a.spread || a.name)) {
      const rel = urlText(r, c.args[1].value, scope, depth + 1);
      if (rel === undefined) return undefined;
      if (/^[a-z]+:\/\//i.test(rel)) return rel;
      return `${(urlText(r, c.args[0].value, scope, depth + 1) ?? '*').replace(/\/+$/, '')}/${rel.replace(/^\/+/, '')}`;
    }
    const fallback = symbol && ENV_READERS.test(symbol) ? c.args.filter(a => !a.name && !a.spread)[1]?.value ?? namedArg(c, 'default') : undefined;
    if (fallback) return urlText(r, fallback, scope, depth + 1);
    // `"{}/v1/models/{}:predict".format(host, name)`: the template, its holes unknown
    if (c.callee.k === 'attr' && c.callee.attr === 'format' && c.callee.obj.k === 'str' && !c.callee.obj.parts) return c.callee.obj.value.replace(/\{[^{}]*\}/g, '*');
    // `const url = getEndpointURL()`: a function of the file that returns one URL (a template of settings)
    const fn = r.expr(c.callee, scope);
    if (fn.k === 'fn') {
      const returned = r.m.returns.filter(x => x.scope === fn.scope && x.value);
      if (returned.length === 1) return urlText(r, returned[0].value!, fn.scope, depth + 1);
    }
    return undefined;
  }
  if (e.k === 'attr' && e.obj.k === 'name') {
    // `this.API_URL`, `self.API_URL`, `Client.API_URL`: a constant of the class, or the one value its methods assign
    const own = r.selfClass(e.obj, scope);
    const cls = own >= 0 ? own : (() => { const s = r.expr(e.obj, scope); return s.k === 'class' ? s.scope : -1; })();
    const assigned = cls >= 0 ? r.bindings.get(cls)?.get(e.attr) : undefined;
    if (assigned?.length === 1 && assigned[0].value.k === 'str') return urlText(r, assigned[0].value, cls, depth + 1);
    const values = own >= 0 && !assigned?.length ? r.attributeValues(own, e.attr) : [];
    if (values.length === 1) return urlText(r, values[0].value, values[0].scope, depth + 1);
    // `command.url` of an object the file spells (`const command = { url: `${HOST}/api/caption`, … }`)
    if (cls < 0) {
      const obj = bindingOf(r, e.obj.name, scope)?.value;
      const entry = obj?.k === 'dict' ? obj.entries.find(en => en.key === e.attr) : undefined;
      if (entry) return urlText(r, entry.value, scope, depth + 1);
    }
    // `config.MODEL_URL` of an imported project module
    const s = cls < 0 ? r.expr(e, scope) : undefined;
    if (s?.k === 'path') return r.importedText(s.path);
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
 * `model.caption_image(img, vocab)` on an instance of a project's own `nn.Module`: a method the project wrote,
 * given data, runs the model. Helpers by their names (`get_…`, `save_…`, `num_…`) and calls without data are not.
 */
function customModelMethod(r: Resolver, call: Call): InferencePoint | undefined {
  if (!r.t.customModelMethods.length) return undefined;
  if (call.callee.k === 'name') return calledNamedModel(r, call);
  if (call.callee.k !== 'attr') return undefined;
  const method = call.callee.attr;
  // data given: an argument that is not configuration (`recommend(user, items)`, `topk_items(user_id=u)`)
  if (method.startsWith('_') || HELPER_METHOD.test(method) || !call.args.some(a => !a.name || !r.t.configArgs.includes(a.name))) return undefined;
  const receiver = r.expr(call.callee.obj, call.scope);
  if (receiver.k !== 'typed' || receiver.container || receiver.member.length) return undefined;
  const row = r.t.customModelMethods.find(x => x.type === receiver.type);
  if (!row || row.except.includes(method)) return undefined;
  if (row.namedModel && !MODEL_WORDS.test(accessKey(call.callee.obj) ?? '')) return undefined;
  return { call, callee: `${displayCallee(r, receiver)}.${method}`, row: { match: `${row.type}#${method}` }, heuristic: true, receiver, origins: receiver.origins, range: call.callee.r };
}
/**
 * `model(features)` on a deserialised object named as the model (`model = get_model(user)` that unpickles it): a
 * pickled callable model (a torch module, a scorer function) run on data. A name that does not say model may be data.
 */
function calledNamedModel(r: Resolver, call: Call): InferencePoint | undefined {
  if (call.callee.k !== 'name' || !MODEL_NAME.test(call.callee.name) || !call.args.some(a => !a.name)) return undefined;
  const receiver = r.expr(call.callee, call.scope);
  if (receiver.k !== 'typed' || receiver.container || receiver.member.length) return undefined;
  const row = r.t.customModelMethods.find(x => x.type === receiver.type && x.namedModel);
  if (!row) return undefined;
  return { call, callee: displayCallee(r, receiver), row: { match: `${row.type}#`, inputArgs: [0] }, heuristic: true, receiver, origins: receiver.origins, range: call.callee.r };
}
// (`make_future_dataframe`, `plot_components` of a forecaster: building its input or drawing its output, not running it)
const HELPER_METHOD = /^(get|set|num|count|save|load|freeze|unfreeze|init|initiali[sz]e|reset|print|register|add|remove|update|enable|disable|export|summary|describe|config|make|build|plot|draw|show|visuali[sz]e|to|dump)(_|[A-Z]|$)/;

/**
 * The one name-based rule: `x.predict(...)` (and the other estimator methods) on a receiver whose
 * origin the file does not show — a parameter, an attribute set elsewhere, a project helper named
 * like a loader — in a file that imports an ML library.
 */
function isHeuristicInference(r: Resolver, call: Call, callee: Sym): boolean {
  if (call.callee.k !== 'attr' || !r.t.heuristicInferenceMethods.includes(call.callee.attr)) return false;
  // in a file that imports no ML library, only a receiver named as the model (`self.model.predict(data)` of a class
  // given its model by another module) says it is one
  if (!r.mlFile && !MODEL_NAME.test(lastSegment(call.callee.obj) ?? '')) return false;
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

function argFor(call: Call, spec: (number | string)[] | undefined, r?: Resolver): Expr | undefined {
  let optionsObject: Expr | undefined;
  for (const key of spec ?? [0]) {
    if (typeof key === 'string' && key.includes('.')) {
      // a nested option: `createFromOptions(vision, { baseOptions: { modelAssetPath } })`; a leading number is a
      // positional argument (`create_from_options(options)`)
      const [head, ...rest] = key.split('.');
      let e = /^\d+$/.test(head) ? call.args.filter(x => !x.name && !x.spread)[Number(head)]?.value : namedArg(call, head);
      // a configuration object set attribute by attribute before the call (`cfg.MODEL.WEIGHTS = "…"; DefaultPredictor(cfg)`)
      const set = e?.k === 'name' && r ? attributeSetBefore(r, e.name, rest, call) : undefined;
      if (set) return set;
      for (const k of rest) e = e && optionEntry(r, e, k, call.scope);
      if (e) return e;
    } else if (typeof key === 'string') { const a = namedArg(call, key); if (a) return a; }
    else {
      const a = call.args.filter(x => !x.name && !x.spread)[key];
      // an options object (`new Recognizer({ modelDir: "./models/asr" })`) is where the named keys after it look: it is
      // the reference only if none of them is in it
      if (a?.value.k === 'dict' && spec?.some(k => typeof k === 'string')) { optionsObject ??= a.value; continue; }
      if (a) return a.value;
    }
  }
  if (optionsObject) return optionsObject;
  return undefined;
}

/** The last value assigned to `name.a.b` in the call's function before the call (or at module level, for a module-level object). */
function attributeSetBefore(r: Resolver, name: string, attrs: string[], call: Call): Expr | undefined {
  let found: Assignment | undefined;
  for (const a of r.m.assignments) {
    if (a.kind !== 'assign' || (a.scope !== call.scope && a.scope !== 0) || !before(a.r.start, call.r.start)) continue;
    if (a.targets.some(t => t.root === name && t.index === undefined && t.path.length === attrs.length && t.path.every((p, i) => p === attrs[i]))) found = a;
  }
  return found?.value;
}

/**
 * An entry of an options value: of an object literal, or — with a resolver — of the options the code built first and
 * passed by name (`options = HandLandmarkerOptions(base_options=BaseOptions(model_asset_path=path))`, a keyword of a call).
 */
function optionEntry(r: Resolver | undefined, e: Expr, key: string, scope: number, depth = 0): Expr | undefined {
  if (e.k === 'dict') return e.entries.find(x => x.key === key)?.value;
  if (!r || depth > 3) return undefined;
  if (e.k === 'name') { const b = bindingOf(r, e.name, scope); return b ? optionEntry(r, b.value, key, b.scope, depth + 1) : undefined; }
  if (e.k === 'call') return namedArg(r.m.calls[e.call], key);
  return undefined;
}

function literal(e: Expr | undefined): string | undefined {
  return e?.k === 'str' && !e.parts ? e.value : undefined;
}

/** A commit revision: seven or more hex digits (as Bandit's B615 accepts), not a word like "main". */
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;

function modelLoad(r: Resolver, call: Call, rule: LoadRule, symbol: string, depth = 0): ModelLoad | undefined {
  const identity = call.args.map(a => a.value);
  let modelExpr = argFor(call, rule.modelArg, r);
  // `pipeline(task, null, options)`, `model=None`: no model named, so the library's default
  if (modelExpr?.k === 'lit' && modelExpr.falsy) modelExpr = undefined;
  // `PaddleOCR(lang=lang)`, `stanza.Pipeline(language)`: a language picks the library's default model for it, whichever it is
  if (modelExpr && rule.defaultWeights && modelExpr.k !== 'str' && call.args.some(a => (a.name === 'lang' || a.name === 'language') && a.value === modelExpr)) modelExpr = undefined;
  // `pipeline("asr", model=self.model, …)` wraps a model already in the process: the load was that model's
  if (modelExpr && modelExpr.k !== 'str') {
    const given = r.expr(modelExpr, call.scope);
    // (not when the reference is what this call itself returns: `loc = m = load_model(loc)` in a broken line)
    if (given.k === 'typed' && !given.container && given.type.startsWith('model.') && given.origins.length && !given.origins.includes(call.id)) return undefined;
  }
  if (rule.notWhen && modelExpr) {
    const ref = referenceOf(r, modelExpr, call.scope);
    if (ref.kind === 'literal' && new RegExp(rule.notWhen).test(ref.value)) return undefined;
  }
  let verdict: PinVerdict;
  if (rule.onlyWith) {
    // a builder loads weights only when asked: `pretrained=True`, `weights=…`, `checkpoint_path=…`
    const key = rule.onlyWith.find(k => { const e = namedArg(call, k); return e && !(e.k === 'lit' && e.falsy); });
    if (!key) return undefined;
    modelExpr = namedArg(call, key)!;
    verdict = key === 'pretrained' || key === 'weights' || key === 'pretrained_weights' ? weightsVerdict(r, call, modelExpr, call.scope)
      : pinVerdict(r, call, { pin: 'local' }, referenceOf(r, modelExpr, call.scope));
  } else if (rule.offWith) {
    // a builder that starts from pretrained weights unless told not to: `pretrained=False` builds an untrained model
    const given = rule.offWith.map(k => namedArg(call, k)).find(Boolean);
    if (given?.k === 'lit' && given.falsy) return undefined;
    verdict = given ? weightsVerdict(r, call, given, call.scope)
      : { pin: 'mutable', reason: 'the library\'s pretrained weights for the architecture: the installed release decides which' };
  } else if (modelExpr && depth < 3 && downloadedBy(r, modelExpr, call.scope)) {
    // `YOLO(hf_hub_download("org/repo", "best.pt", revision=…))`: as pinned as the download
    // (depth-bounded: a broken file can make a download's argument refer back to itself)
    const dl = downloadedBy(r, modelExpr, call.scope)!;
    const inner = modelLoad(r, dl.call, { ...dl.rule, download: undefined }, symbol, depth + 1)!;
    const fetcher = dl.call.callee.k === 'attr' ? dl.call.callee.attr : dl.call.callee.k === 'name' ? dl.call.callee.name : 'a download';
    verdict = { pin: inner.pin, reason: `the file is fetched first, by \`${fetcher}(…)\`: ${inner.pinReason}`, range: inner.range };
  } else {
    // `Llama(**args)`, `new Engine({ ...options })`: the reference is in arguments unpacked at run time
    const unpacked = !modelExpr && call.args.some(a => a.spread);
    if (rule.pin === 'local' && rule.modelArg && !modelExpr && !unpacked) return undefined; // `xgb.Booster()` with no file is a constructor, not a load
    if (unpacked) {
      verdict = { pin: 'unknown', reason: 'the code does not say which model is loaded: its arguments are unpacked at run time' };
      return { call, callee: symbol, kind: 'load', heuristic: false, identity, modelArg: undefined, needsEvidence: rule.needsModelEvidence, range: call.callee.r, pin: verdict.pin, pinned: false, moving: false, pinReason: verdict.reason };
    }
    const ref = modelExpr ? referenceOf(r, modelExpr, call.scope) : { kind: 'unknown' as const, why: 'no model reference is given' };
    verdict = rule.decidedBy && !modelExpr ? { pin: 'mutable', reason: rule.decidedBy }
      : (rule.pin === 'hf' || rule.defaultWeights) && !modelExpr
        ? { pin: 'mutable', reason: "no model given: the library's default can change between releases" }
        : pinVerdict(r, call, rule, ref);
    // what the code does not spell may still be the library's own choice (`modelSource: EFFICIENTNET_V2_S`): that moves with it
    const named = verdict.pin === 'unknown' && modelExpr ? libraryNamedModel(r, modelExpr, call.scope) : undefined;
    if (named) verdict = { pin: 'mutable', reason: `\`${named}\` names a model the library publishes: it moves with the library's releases` };
  }
  return { call, callee: symbol, kind: 'load', heuristic: false, identity, modelArg: modelExpr, needsEvidence: rule.needsModelEvidence, range: verdict.range ?? modelExpr?.r ?? call.callee.r, pin: verdict.pin, pinned: verdict.pin === 'immutable', moving: verdict.pin === 'mutable' && !verdict.volume, pinReason: verdict.reason };
}

/**
 * A model reference that is a constant of an ML library itself (`useClassification({ modelSource: EFFICIENTNET_V2_S })` of
 * react-native-executorch, `build_model(configs.ner.ner_ontonotes_bert)` of DeepPavlov): the library's own choice of model.
 */
function libraryNamedModel(r: Resolver, e: Expr, scope: number): string | undefined {
  if (e.k !== 'name' && e.k !== 'attr') return undefined;
  // (imported as it is, not a value the file builds: `OCR_CONFIG = {…}` holding a library enum is the file's own)
  let root: Expr = e;
  while (root.k === 'attr') root = root.obj;
  if (root.k !== 'name' || bindingOf(r, root.name, scope)) return undefined;
  const sym = r.expr(e, scope);
  return sym.k === 'path' && inPackage(sym.path, r.t.mlModules) && !r.definedInProject(sym.path) && !r.row(r.t.producers, sym.path) ? describeReceiver(e) : undefined;
}

/** The download call a model path comes from (directly, joined onto, or through one variable). */
function downloadedBy(r: Resolver, e: Expr, scope: number, depth = 0): { call: Call; rule: LoadRule } | undefined {
  if (depth > 3) return undefined;
  if (e.k === 'name') { const b = bindingOf(r, e.name, scope); return b ? downloadedBy(r, b.value, b.scope, depth + 1) : undefined; }
  if (e.k === 'other' && (e.op === '/' || e.op === '+')) return e.parts.map(p => downloadedBy(r, p, scope, depth + 1)).find(Boolean);
  if (e.k !== 'call') return undefined;
  const c = r.m.calls[e.call];
  const rule = r.producerOf(c)?.load;
  if (rule?.download) return { call: c, rule };
  // `os.path.join(snapshot_download(…), "model.onnx")`, `str(path)`
  const callee = symbolString(r.expr(c.callee, c.scope)) ?? '';
  // (`dill.load(open(model_path, "rb"))`: the file opened is the one downloaded)
  if (/^(builtins|io|gzip|bz2|lzma)\.open$/.test(callee)) return c.args[0] ? downloadedBy(r, c.args[0].value, c.scope, depth + 1) : undefined;
  return PATH_JOINERS.test(callee) ? c.args.map(a => downloadedBy(r, a.value, c.scope, depth + 1)).find(Boolean) : undefined;
}

/**
 * Where a model reference comes from. `literal`: the code spells it (possibly joined from literals and
 * `__file__`); `external`: the environment, a setting, an argument or a parameter decides it.
 */
type Reference =
  | { kind: 'literal'; value: string; template: boolean; project: boolean; opened?: boolean }
  | { kind: 'external'; why: string }
  | { kind: 'unknown'; why: string };

const PATH_JOINERS = /^(os\.path\.(join|abspath|realpath|normpath|expanduser)|tensorflow\.(compat\.v1\.)?train\.latest_checkpoint|pathlib\.(Pure)?Path|pathlib\.Path\.joinpath|builtins\.str|path\.(join|resolve))$/;
const ENV_READERS = /^(os\.(getenv|environ\.get|environ\.__getitem__)|os\.environ\[\]|process\.env|dotenv.*|decouple\.config)$/;

/**
 * The entry `key` of an object literal a name is bound to (`config.src`), or of every record of a table of them indexed by
 * any key (`engines[kind].src`), when there is one such entry.
 */
function recordField(r: Resolver, obj: Expr, key: string, scope: number): { value: Expr; scope: number } | undefined {
  const literal = (e: Expr) => {
    if (e.k !== 'name') return undefined;
    const b = bindingOf(r, e.name, scope);
    return b?.value.k === 'dict' ? { dict: b.value, scope: b.scope } : undefined;
  };
  const direct = literal(obj);
  if (direct) { const en = direct.dict.entries.find(x => x.key === key); return en && { value: en.value, scope: direct.scope }; }
  if (obj.k !== 'index') return undefined;
  const table = literal(obj.obj);
  const values = table?.dict.entries.map(x => x.value.k === 'dict' ? x.value.entries.find(y => y.key === key)?.value : undefined) ?? [];
  return values.length === 1 && values[0] ? { value: values[0], scope: table!.scope } : undefined;
}

function referenceOf(r: Resolver, e: Expr, scope: number, depth = 0): Reference {
  if (depth > 6) return { kind: 'unknown', why: 'the reference is computed' };
  switch (e.k) {
    case 'str': {
      if (!e.parts) return { kind: 'literal', value: e.value, template: false, project: false };
      const parts = e.parts.map(p => referenceOf(r, p, scope, depth + 1));
      const ext = parts.find(p => p.kind === 'external');
      if (ext) return ext;
      return { kind: 'literal', value: e.value, template: true, project: parts.some(p => p.kind === 'literal' && p.project) };
    }
    case 'name': {
      if (e.name === '__file__' || e.name === '__dirname' || e.name === '__filename') return { kind: 'literal', value: '', template: false, project: true };
      const sym = r.name(e.name, scope);
      if (sym.k === 'unknown' && sym.why === 'param') {
        // every call site in the file passes a spelt-out reference (`Embedder("all-MiniLM-L6-v2")`): that is the model
        const fn = paramOwner(r, e.name, scope);
        const sites = fn === undefined ? [] : r.callSiteArguments(fn, e.name);
        const refs = sites.map(a => referenceOf(r, a.value, a.scope, depth + 1));
        if (refs.length && refs.every(x => x.kind === 'literal')) return refs[0];
        return { kind: 'external', why: `it comes from the parameter \`${e.name}\`` };
      }
      if (sym.k === 'path' && /^\.\.?\/[^*]*\.(json|bin|onnx|pb|pt|pth|tflite|txt)$/.test(sym.path)) {
        // a file of the project read in by `require("./model/weights.json")` or a JSON import: shipped with the code
        return { kind: 'literal', value: sym.path, template: false, project: true };
      }
      if (sym.k === 'path' && !sym.path.startsWith('builtins.')) {
        // a constant another project module spells (`from config import MODEL_PATH`)
        const text = r.importedText(sym.path);
        if (text !== undefined) return { kind: 'literal', value: text, template: text.includes('*'), project: false };
        return { kind: 'external', why: `it comes from \`${sym.path}\`` };
      }
      // a name bound more than once (`with open(…) as f` for each pickle) is the binding before its use
      const binding = bindingOf(r, e.name, scope, e.r.start);
      if (!binding) return { kind: 'unknown', why: `\`${e.name}\` is set elsewhere` };
      return referenceOf(r, binding.value, binding.scope, depth + 1);
    }
    case 'attr': {
      if (e.attr === 'parent' || e.attr === 'parents') return referenceOf(r, e.obj, scope, depth + 1);
      const sym = symbolString(r.expr(e, scope));
      if (sym && /^(process\.env|import\.meta\.env)\./.test(sym)) return { kind: 'external', why: 'it comes from the environment' };
      // Django's `settings.BASE_DIR` (and the project roots projects name like it) is the project's own folder
      if (e.attr.match(/^(BASE_DIR|PROJECT_ROOT|PROJECT_DIR|ROOT_DIR|APP_DIR|SITE_ROOT)$/) && e.obj.k === 'name' && /settings|config/i.test(e.obj.name)) return { kind: 'literal', value: '', template: false, project: true };
      // `engines[kind].src`, `const { src } = engines[kind]` over `const engines = { chat: { src: "…", … } }`: the entry the records spell
      const field = recordField(r, e.obj, e.attr, scope);
      if (field) return referenceOf(r, field.value, field.scope, depth + 1);
      // `self.model_name`, `this.modelName`: what the class assigns to it (one value, or several that agree)
      const cls = r.selfClass(e.obj, scope);
      const values = cls >= 0 ? r.attributeValues(cls, e.attr) : [];
      if (values.length) {
        const refs = values.map(v => referenceOf(r, v.value, v.scope, depth + 1));
        if (refs.length === 1 || refs.every(x => x.kind === 'literal')) return refs[0];
      }
      return { kind: 'external', why: `it comes from \`${describeReceiver(e)}\`` };
    }
    case 'index': {
      const base = symbolString(r.expr(e.obj, scope)) ?? '';
      if (/^os\.environ$|process\.env/.test(base)) return { kind: 'external', why: 'it comes from the environment' };
      if (/^sys\.argv$/.test(base)) return { kind: 'external', why: 'it comes from the command line' };
      return { kind: 'external', why: `it comes from \`${describeReceiver(e.obj)}[…]\`` };
    }
    case 'call': {
      const c = r.m.calls[e.call];
      const callee = symbolString(r.expr(c.callee, c.scope)) ?? '';
      if (ENV_READERS.test(callee)) return { kind: 'external', why: 'it comes from the environment' };
      // a configuration object that names the model files (`paddle.inference.Config("m.pdmodel", "m.pdiparams")`): those files
      const names = r.producerOf(c)?.names;
      const named = names && argFor(c, names);
      if (named) return referenceOf(r, named, c.scope, depth + 1);
      // a file packaged with a browser extension (`chrome.runtime.getURL("model/model.json")`): shipped with the code
      if (/^(chrome|browser)\.runtime\.getURL$/.test(callee) || /^(chrome|browser)\.runtime\.getURL$/.test(describeReceiver(c.callee))) {
        const inner = c.args[0] ? referenceOf(r, c.args[0].value, c.scope, depth + 1) : undefined;
        if (inner?.kind === 'literal') return { ...inner, project: true };
      }
      // the working directory (`path.join(process.cwd(), "models", "m.gguf")`): as a relative literal path is, the project's folder
      if (/^(process\.cwd|os\.getcwd|pathlib\.Path\.cwd|node:process\.cwd)$/.test(callee)) return { kind: 'literal', value: '', template: false, project: true };
      const method = c.callee.k === 'attr' ? c.callee.attr : '';
      // `pickle.load(open("model.pkl", "rb"))`, `pickle.loads(f.read())`: the file it reads
      if (/^(builtins|io|gzip|bz2|lzma)\.open$/.test(callee) && c.args[0]) {
        const opened = referenceOf(r, c.args[0].value, c.scope, depth + 1);
        return opened.kind === 'literal' ? { ...opened, opened: true } : opened;
      }
      if ((method === 'read' || method === 'read_bytes' || method === 'open' || method === 'toString') && c.callee.k === 'attr') return referenceOf(r, c.callee.obj, c.scope, depth + 1);
      // `JSON.parse(fs.readFileSync("model.json", "utf8"))`, `json.load(open("weights.json"))`: the file read
      if (/^(JSON\.parse|json\.loads?|fs\.readFileSync|fs\.promises\.readFile|fs\/promises\.readFile|node:fs\.readFileSync)$/.test(callee) && c.args[0]) {
        return referenceOf(r, c.args[0].value, c.scope, depth + 1);
      }
      if (PATH_JOINERS.test(callee) || /^(dirname|joinpath|resolve|absolute|with_name|with_suffix|format)$/.test(method) || callee === 'os.path.dirname') {
        // a method of a path value (`base.joinpath("m.pt")`, `p.with_suffix(…)`) joins onto its receiver; a module
        // function (`os.path.join("outputs", "model.pkl")`) only joins its arguments
        const onValue = c.callee.k === 'attr' && method && !PATH_JOINERS.test(callee) && callee !== 'os.path.dirname';
        const parts = [...(onValue ? [(c.callee as { obj: Expr }).obj] : []), ...c.args.map(a => a.value)];
        return joined(parts.map(p => referenceOf(r, p, c.scope, depth + 1)));
      }
      if (/^(argparse|click|typer)\b/.test(callee) || /^(get|getenv|config)$/.test(method)) return { kind: 'external', why: 'it comes from configuration' };
      // a project function that works the reference out: what it returns (`def model_path(): return BASE / "m.pkl"`)
      const fnSym = r.expr(c.callee, c.scope);
      if (fnSym.k === 'fn') {
        const returned = r.m.returns.filter(x => x.scope === fnSym.scope && x.value);
        const refs = returned.map(x => referenceOf(r, x.value!, x.scope, depth + 1));
        if (refs.length === 1 || (refs.length && refs.every(x => x.kind === 'literal'))) return refs[0];
      }
      // the folder of this file worked out by string operations (`os.sep.join(os.path.realpath(__file__).split(os.sep)[:-1])`)
      if (derivedFromThisFile(r, e, depth)) return { kind: 'literal', value: '', template: false, project: true };
      return { kind: 'unknown', why: `it is computed by \`${describeReceiver(c.callee)}(…)\`` };
    }
    case 'other':
      if (e.op === '/' || e.op === '+') return joined(e.parts.map(p => referenceOf(r, p, scope, depth + 1)));
      return { kind: 'unknown', why: 'the reference is computed' };
    default:
      return { kind: 'unknown', why: 'the reference is computed' };
  }
}

/** The function whose parameter a name is, seen from a scope. */
function paramOwner(r: Resolver, name: string, scope: number): number | undefined {
  for (let s = scope; s >= 0; s = r.m.scopes[s].parent) if (r.m.scopes[s].params.some(p => p.name === name)) return s;
  return undefined;
}

/** The one plain assignment of a name visible from a scope, if there is exactly one. */
/**
 * The one value a name is bound to in its scope chain. With several (`const command = …` in two branches of one
 * function), `at` picks the last one written before that position in the same function.
 */
function bindingOf(r: Resolver, name: string, scope: number, at?: Pos): { value: Expr; scope: number } | undefined {
  for (let s = scope; s >= 0; s = r.m.scopes[s].parent) {
    const assigned = r.bindings.get(s)?.get(name);
    if (!assigned) continue;
    const plain = assigned.filter(a => (a.kind === 'assign' || a.kind === 'with') && a.targets.some(t => t.root === name && !t.path.length && t.index === undefined));
    if (plain.length === 1) return { value: plain[0].value, scope: plain[0].scope };
    if (!at || plain.length !== assigned.length) return undefined;
    const earlier = plain.filter(a => a.scope === scope && before(a.r.end, at));
    const last = earlier[earlier.length - 1];
    return last ? { value: last.value, scope: last.scope } : undefined;
  }
  return undefined;
}

function joined(parts: Reference[]): Reference {
  const ext = parts.find(p => p.kind === 'external');
  if (ext) return ext;
  const unknown = parts.find(p => p.kind === 'unknown');
  if (unknown) return unknown;
  const lits = parts as Extract<Reference, { kind: 'literal' }>[];
  return { kind: 'literal', value: lits.map(p => p.value).filter(Boolean).join('/'), template: lits.some(p => p.template), project: lits.some(p => p.project) };
}

interface PinVerdict { pin: PinState; reason: string; range?: Range; volume?: boolean }

function pinVerdict(r: Resolver, call: Call, rule: LoadRule, ref: Reference): PinVerdict {
  if (ref.kind !== 'literal') {
    const revision = rule.pin === 'hf' ? hfRevision(r, call) : undefined;
    if (revision) return revision;
    // a hub download (`hf_hub_download(REPO, FILE)`) always fetches from a hub repository: without a revision, whichever the repository is, it moves
    if (rule.pin === 'hf' && r.producerOf(call)?.load?.download && !namedArg(call, 'revision')) return { pin: 'mutable', reason: `no commit revision: the hub repository (${ref.why.replace(/^it comes from /, 'from ')}) can change under the service` };
    return { pin: 'unknown', reason: `the code does not say which model is loaded: ${ref.why}` };
  }
  const v = ref.value;
  const web = r.m.language !== 'python';
  const path = (): PinVerdict => {
    if (rule.downloads && new RegExp(rule.downloads).test(v)) return { pin: 'mutable', reason: `"${v}" is a release asset the library downloads when the file is missing: its release decides what is there` };
    if (ref.project) return { pin: 'local', reason: 'a file inside the project' };
    // AWS Lambda unpacks the function's own package (or image) in /var/task: a file there ships with the code
    if (/^\/var\/task\//.test(v)) return { pin: 'local', reason: 'a file of the Lambda function\'s package (/var/task)' };
    // the working directory container images copy the service into (`WORKDIR /app`, the python image's `/usr/src/app`):
    // a file there ships with the code
    if (/^\/(app|usr\/src\/app)\//.test(v)) return { pin: 'local', reason: `"${v}" is in the container image's working directory, where the service's own files are copied` };
    // (also a library's own scheme: `detectron2://COCO-…/137849600/model_final.pkl` is its model zoo's server)
    if (/^(?!file:)[a-z][\w+.-]*:\/\//i.test(v)) return remote(v);
    // in TS/JS a leading `/` is usually the app's own static folder (`loadGraphModel('/models/model.json')`)
    if (/^(\/|~|[A-Za-z]:\\)/.test(v) && !web) return { pin: 'mutable', volume: true, reason: `"${v}" is an absolute path outside the project (a mounted volume or the host's disk): the deployment decides what is there` };
    return { pin: 'local', reason: 'a file shipped with the service' };
  };
  switch (rule.pin) {
    case 'local': return path();
    case 'url': return path();
    case 'name': return { pin: 'mutable', reason: `"${v}" names a model without a version: the runtime decides which weights it is` };
    case 'registry': {
      const version = namedArg(call, 'version');
      if (version?.k === 'lit' && !version.falsy || version?.k === 'str' && /^\d+$/.test(version.value)) return { pin: 'immutable', reason: 'registry version' };
      if (version) return { pin: 'unknown', reason: 'the registry version is decided at run time' };
      return { pin: 'mutable', reason: `"${v}" names a registered model without a version: the latest registration is loaded` };
    }
    case 'id-version':
      if (/^[\w.-]+\/\d+$/.test(v)) return { pin: 'immutable', reason: `"${v}" names a numbered version of the model` };
      if (ref.project) return path();
      return { pin: 'mutable', reason: `"${v}" names a model without a version number: the registry decides which weights it is` };
    case 'library':
      // a name the code opens (`model_from_json(open("model-prophet").read())`) is a file, whatever it looks like
      if (ref.project || ref.opened) return path();
      // given by name (`TTS(model_name="tts_models/en/vctk/vits")`): the library's zoo, however much it looks like a path
      // (or positionally, when the name is a zoo id of its form: Coqui's `tts_models/multilingual/multi-dataset/xtts_v2`)
      if ((namedArg(call, 'model_name') && !call.args.some(a => !a.name && !a.spread)) || /^(tts|vocoder|voice_conversion)_models\//.test(v)) return { pin: 'mutable', reason: `"${v}" names a model the library resolves (its zoo or hub) without a version` };
      if (looksLikePath(v) || v.endsWith('/')) return path();
      return { pin: 'mutable', reason: `"${v}" names a model the library resolves (its zoo or hub) without a version` };
    case 'hf': {
      const revision = hfRevision(r, call);
      if (revision) return revision;
      if (looksLikePath(v) || ref.project || ref.opened) return path();
      const offline = rule.offlineWhenFalse && hubTurnedOff(r, rule.offlineWhenFalse);
      if (offline) return { pin: 'local', reason: `the file turns the hub off (\`${offline} = false\`): "${v}" names files the app serves itself` };
      return { pin: 'mutable', reason: 'no commit revision: the hub repository can change under the service' };
    }
    case 'mlflow': {
      if (/^models:\/[^/@{}]+\/\d+\/?$/.test(v)) return { pin: 'immutable', reason: 'registry version' };
      if (/^runs:\/[0-9a-f]{8,}\//.test(v) || /^runs:\//.test(v) && !ref.template) return { pin: 'immutable', reason: 'run artifact' };
      if (/latest|production|staging|champion|challenger|@/i.test(v)) return { pin: 'mutable', reason: `"${v}" names a stage, alias or latest, which can move` };
      if (ref.template) return { pin: 'unknown', reason: `the version in "${v}" is filled in at run time` };
      if (/^models:\//.test(v)) return { pin: 'mutable', reason: `"${v}" names a stage, alias or latest, which can move` };
      return path();
    }
    case 'bentoml': {
      const version = v.split(':')[1];
      if (ref.template) return { pin: 'unknown', reason: `the tag in "${v}" is filled in at run time` };
      return version && version !== 'latest' ? { pin: 'immutable', reason: 'model store version' }
        : { pin: 'mutable', reason: `"${v}" resolves to the latest version in the store` };
    }
  }
  return { pin: 'unknown', reason: 'unknown reference' };
}

/**
 * Library weights asked for by a builder: named weights (`ResNet50_Weights.IMAGENET1K_V2`, `"IMAGENET1K_V1"`)
 * are fixed and checked against their hash when downloaded; `DEFAULT` and `pretrained=True` are whatever the
 * installed release (or its hub) calls the best weights.
 */
/** A versioned weights name (torchvision `IMAGENET1K_V2`); `DEFAULT`, `"imagenet"` (Keras) name whatever the release ships. */
const NAMED_WEIGHTS = /_V\d+$/;

function weightsVerdict(r: Resolver, call: Call, e: Expr, scope: number, depth = 0): PinVerdict {
  const moving: PinVerdict = { pin: 'mutable', reason: 'the installed library release decides which weights are downloaded', range: e.r };
  if (depth > 4) return { pin: 'unknown', reason: 'the weights are computed', range: e.r };
  switch (e.k) {
    case 'lit': return moving;
    case 'str': {
      if (e.parts) return { pin: 'unknown', reason: 'the weights are filled in at run time', range: e.r };
      if (looksLikePath(e.value)) return pinVerdict(r, call, { pin: 'local' }, referenceOf(r, e, scope));
      return NAMED_WEIGHTS.test(e.value) ? { pin: 'immutable', reason: `named weights "${e.value}", checked against their hash when downloaded` } : moving;
    }
    case 'attr': return NAMED_WEIGHTS.test(e.attr) ? { pin: 'immutable', reason: `named weights \`${e.attr}\`, checked against their hash when downloaded` }
      : e.attr === 'DEFAULT' ? moving : { pin: 'unknown', reason: 'the code does not say which weights are loaded', range: e.r };
    case 'name': {
      const sym = r.name(e.name, scope);
      if (sym.k === 'unknown' && sym.why === 'param') return { pin: 'unknown', reason: `the code does not say which weights are loaded: they come from the parameter \`${e.name}\``, range: e.r };
      const binding = bindingOf(r, e.name, scope);
      return binding ? weightsVerdict(r, call, binding.value, binding.scope, depth + 1) : { pin: 'unknown', reason: `\`${e.name}\` is set elsewhere`, range: e.r };
    }
    default: return { pin: 'unknown', reason: 'the code does not say which weights are loaded', range: e.r };
  }
}

function remote(url: string): PinVerdict {
  // a version segment (`/v2/`, `/versions/3`, MediaPipe's `/float16/1/`, TF Hub's and Kaggle's trailing `/4`), a digest, `@1.2`, `?version=`, a dated file name
  return /\/v\d+[./]|\/\d+\/|\/\d+$|[0-9a-f]{12,}|@\d|[?&]version=|\/versions?\/\d|\d{4}[.-]\d{2}[.-]\d{2}/.test(url) ? { pin: 'immutable', reason: 'versioned URL' }
    : { pin: 'mutable', reason: 'a URL without a version can serve a different model tomorrow' };
}

function looksLikePath(s: string): boolean {
  return /^(\/|\.\.?\/|~|file:)/.test(s) || s.split('/').length > 2 || /\.(\w{2,12})$/.test(s) && !s.includes('/')
    // `models/w600k_r50.onnx`: a hub id (`org/name`) does not end in a model file's extension
    || MODEL_FILE.test(s);
}
const MODEL_FILE = /\.(onnx|pt|pth|pkl|pickle|joblib|h5|hdf5|keras|pb|tflite|gguf|ggml|safetensors|ckpt|engine|plan|mar|mlmodel|caffemodel|xml|ftz|bin|params|weights|zip|npz|nemo|traineddata|pte|mlpackage|sav|skops|ubj|cbm)$/i;

/** A Hugging Face `revision=`: a commit pins, a branch or tag moves, a setting is unknown. */
/** The setting of `patterns` that the file assigns `false` (`env.allowRemoteModels = false`), as written; else undefined. */
function hubTurnedOff(r: Resolver, patterns: string[]): string | undefined {
  for (const a of r.m.assignments) {
    if (a.kind !== 'assign' || a.value.k !== 'lit' || !a.value.falsy) continue;
    for (const t of a.targets) {
      if (t.path.length !== 1 || t.index !== undefined) continue;
      const holder = symbolString(r.name(t.root, a.scope));
      if (holder && matchesAny(patterns, `${holder}.${t.path[0]}`)) return `${t.root}.${t.path[0]}`;
    }
  }
  return undefined;
}

function hfRevision(r: Resolver, call: Call): PinVerdict | undefined {
  const revision = namedArg(call, 'revision') ?? namedArg(call, 'commit_hash');
  if (!revision) return undefined;
  const rev = r.constant(revision, call.scope);
  if (rev === undefined) return { pin: 'unknown', reason: 'the revision comes from configuration', range: revision.r };
  return COMMIT_SHA.test(rev) ? { pin: 'immutable', reason: 'commit revision' }
    : { pin: 'mutable', reason: `revision "${rev}" is a branch or tag, which can move`, range: revision.r };
}

/** The argument that names a hosted model at an LLM call (`model="gpt-4o"`, `{ model: openai("gpt-4o") }` → `"gpt-4o"`). */
export function llmModelArg(r: Resolver, call: Call, where: (number | string)[] = ['model']): Expr | undefined {
  const model = argFor(call, where);
  // Vercel AI SDK: `generateText({ model: openai('gpt-4o-2024-08-06') })` names the model in a provider call
  return model?.k === 'call' ? r.m.calls[model.call].args.find(a => !a.name)?.value : model;
}

function llmModel(r: Resolver, call: Call, where: (number | string)[] = ['model']): ModelLoad | undefined {
  const model = llmModelArg(r, call, where);
  // a literal, or a constant of the file (`SUMMARY_MODEL = "…"`): settings and parameters are not checked
  const name = model && (literal(model) ?? (model.k === 'name' ? r.constant(model, call.scope) : undefined));
  if (!model || name === undefined) return undefined;
  return { call, callee: 'model name', kind: 'llm', pin: 'mutable', pinned: false, moving: true, pinReason: '', heuristic: false, range: model.r, identity: [model], modelName: name };
}

/** LLM model names are checked against the snapshot patterns of the tables (done once tables are known). */
export function pinLlmModel(load: ModelLoad, patterns: string[]): void {
  const name = load.modelName ?? '';
  const pinned = !/latest/i.test(name) && patterns.some(p => new RegExp(p).test(name));
  load.pinned = pinned;
  load.pin = pinned ? 'immutable' : 'mutable';
  load.moving = !pinned;
  load.pinReason = pinned ? 'dated model snapshot' : `"${name}" is an alias that the provider moves to new snapshots`;
}
