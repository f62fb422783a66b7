/**
 * Models of libraries no pack knows, found by how the code names them. Real serving code calls its model through a
 * receiver whose origin the file does not show — a parameter, an attribute another method or module set, the result of
 * a project helper — and names it for what it is: `self.model.generate(…)`, `tts_model.tts(text)`, `ragChain.invoke(q)`,
 * `predictor(pages)`. A call of a model verb (or of the value itself) on such a receiver, given data, is taken as an
 * inference point, marked heuristic.
 *
 * Why a name and not a type: the type is exactly what the engine cannot see here, and the name is what the team chose
 * to tell readers what the value is. What keeps it precise:
 *   - the name must *be* a model name word by word (`churn_model`, `llmChain`), not merely mention one (`model_path`,
 *     `modelService`, `model_name`: the last word says what the value is);
 *   - weak words (`net`, `chain`, `pipe`, `engine`, `agent`, `translator`…) and verbs common outside ML (`run`,
 *     `process`, `stream`, `encode`…) count only in a file that imports an ML library;
 *   - a receiver the engine does type (a known client, a project class whose methods it reads, a function) is left
 *     to what it knows;
 *   - the call must be given data, and the precision guards (a model's own definition, training, evaluation,
 *     ingestion) apply as to every other point.
 */
import type { Call, Expr } from './model';
import type { Resolver, Sym } from './resolve';
import { inPackage, rootModule } from './resolve';
import { matchesAny } from './knowledge';

/** The words of an identifier, lower case: `ragChain` → rag, chain; `doc2vec_model_dbow` → doc2vec, model, dbow. */
export function nameWords(name: string): readonly string[] {
  let words = wordsOfName.get(name);
  if (!words) {
    if (wordsOfName.size > 50_000) wordsOfName.clear();
    wordsOfName.set(name, (words = splitWords(name)));
  }
  return words;
}
/** Identifiers recur across a file and a workspace: their words are split once (callers never mutate the array). */
const wordsOfName = new Map<string, string[]>();

function splitWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase().split(/_+/).filter(Boolean);
}

/** How strongly a name says it holds a model: `strong`, `weak` (only in an ML file), or not at all. */
export function modelNameStrength(r: Resolver, name: string): 'strong' | 'weak' | undefined {
  const words = nameWords(name);
  if (!words.length || r.t.notModelNameWords.includes(words[words.length - 1])) return undefined;
  if (words.some(w => r.t.modelNameWords.includes(w))) return 'strong';
  if (words.some(w => r.t.weakModelNameWords.includes(w))) return 'weak';
  return undefined;
}

/** The name a receiver goes by: `self.tts_model` → tts_model, `models.classifier` → classifier. */
function receiverName(e: Expr): string | undefined {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') return e.attr;
  // one of a collection of models: `models[name].predict(x)`, `self.models["fraud"](x)` (the collection's name says what it holds)
  if (e.k === 'index') { const held = receiverName(e.obj); return held && held.replace(/s$/i, ''); }
  return undefined;
}

/**
 * Whether what the receiver is, as far as the engine can tell, leaves room for a model: its origin is not in the file
 * (a parameter, an unresolved call or attribute, an object imported from a project module), not a value the engine
 * typed or a project class or function whose own body it reads.
 */
function originUnseen(r: Resolver, s: Sym): boolean {
  if (s.k === 'unknown') return true;
  // an object imported from a project module (not a library the tables know: their rows decide)
  // (nor a function or class another module defines: `llm_model(prompt)` imported from `chatbot.py` makes its model call there)
  if (s.k === 'path') return !inPackage(rootModule(s.path), r.t.mlModules) && !r.row(r.t.producers, s.path) && !r.row(r.t.inference, s.path) && !r.exportsNothing(s.path)
    && !r.projectDefinition(s.path);
  return false;
}

/**
 * An object of a class the project wrote (`self.embedder = Embedder()` from `.utils`): its own methods make the model
 * call, and that call is the inference point, found in its module; the wrapper's method is not a second one. Within a
 * workspace such an object resolves to its class's path; alone, to the unresolved call of it.
 */
function projectObject(r: Resolver, s: Sym): boolean {
  const made = s.k === 'path' ? s.path : s.k === 'unknown' && s.why === 'call' ? s.callee : undefined;
  if (!made) return false;
  // (a class named in lower case, `predictor('cpu')`, is known for one only from the index)
  return /^[A-Z]/.test(made.split(/[.#]/).pop() ?? '') && r.definedInProject(made) || r.projectDefinition(made) === 'class';
}

/** `models[name] = BasicModel(…)` somewhere in the file: the collection holds the project's objects. */
function holdsProjectObjects(r: Resolver, container: string): boolean {
  return r.m.assignments.some(a => a.value.k === 'call' && a.targets.some(t => t.root === container && t.path.length <= 1)
    && projectObject(r, r.expr(a.value, a.scope)));
}

const SELF = new Set(['self', 'this']);

/** The name of the collection a local name (or an entry of it) was taken from by one subscript: `group = models[sex]` → model. */
function takenFrom(r: Resolver, e: Expr, scope: number): string | undefined {
  const root = e.k === 'index' ? e.obj : e;
  if (root.k !== 'name') return undefined;
  const assigned = r.bindings.get(scope)?.get(root.name);
  if (assigned?.length !== 1 || assigned[0].value.k !== 'index') return undefined;
  return receiverName(assigned[0].value);
}

/** A helper named like a model loader (`init_predictor`, `load_model`, `get_llm`). */
function loaderNamed(r: Resolver, callee: string | undefined): boolean {
  const last = callee?.split(/[.#]/).pop();
  return !!last && (matchesAny(r.t.heuristicLoaderNames, last) || nameWords(last).some(w => r.t.modelNameWords.includes(w)));
}

/**
 * `this.aiModel` that the class only ever sets to null (`aiModel = null;`, `self.model = None`) and nothing else in the
 * file assigns: a placeholder never filled, not a model.
 */
function onlyEverNull(r: Resolver, e: Expr): boolean {
  if (e.k !== 'attr' || e.obj.k !== 'name' || !SELF.has(e.obj.name)) return false;
  const values = r.m.assignments.flatMap(a => a.targets.some(t => (SELF.has(t.root) && t.path.length === 1 && t.path[0] === e.attr)
    || (t.root === e.attr && !t.path.length && r.m.scopes[a.scope]?.kind === 'class')) ? [a.value] : []);
  return values.length > 0 && values.every(v => v.k === 'lit' && v.falsy);
}

/** Whether the call is given something to run on: a positional value, an unpacked one, or a keyword that is not configuration. */
function givenData(r: Resolver, call: Call): boolean {
  return call.args.some(a => a.spread || !a.name || !r.t.configArgs.includes(a.name));
}

/**
 * `receiver.verb(data)` or `receiver(data)` on a receiver named as a model whose origin the file does not show. Returns the
 * callee as the point should display it, or undefined.
 */
export function namedModelCall(r: Resolver, call: Call, callee: Sym): string | undefined {
  if (callee.k !== 'unknown' && callee.k !== 'path') return undefined;
  if (!givenData(r, call)) return undefined;
  let receiverExpr: Expr;
  let verb: string | undefined;
  const attr = call.callee.k === 'attr' ? call.callee.attr : undefined;
  if (call.callee.k === 'attr' && attr !== undefined && (matchesAny(r.t.namedModelMethods, attr) || r.t.namedModelCommonMethods.includes(attr))) {
    if (r.t.namedModelCommonMethods.includes(attr) && !r.mlFile) return undefined;
    verb = attr;
    receiverExpr = call.callee.obj;
  } else if (call.callee.k === 'name' || call.callee.k === 'attr') {
    // the value itself called: `predictor(pages)`, `self.model(**inputs)`
    receiverExpr = call.callee;
  } else return undefined;
  const own = receiverName(receiverExpr);
  // (or the collection it was taken from: `group = model[sex]` then `group["km"].predict(t)`)
  const name = own && modelNameStrength(r, own) ? own : takenFrom(r, receiverExpr, call.scope) ?? own;
  if (!name) return undefined;
  const strength = modelNameStrength(r, name);
  if (!strength) return undefined;
  if (verb) {
    if (strength === 'weak' && !r.mlFile) return undefined;
    const receiver = r.expr(receiverExpr, call.scope);
    if (!originUnseen(r, receiver) || projectObject(r, receiver) || onlyEverNull(r, receiverExpr)) return undefined;
    if (receiverExpr.k === 'index' && receiverExpr.obj.k === 'name' && holdsProjectObjects(r, receiverExpr.obj.name)) return undefined;
  } else {
    // calling the value itself (`predictor(pages)`, `self.model(**inputs)`) is as common for functions and classes as for
    // models: only a name that ends in a strong model word and says no action (`create_model`, `setModel`), not a class's
    const words = nameWords(name);
    if (!r.t.modelNameWords.includes(words[words.length - 1]) || words.some(w => r.t.actionNameWords.includes(w)) || /^[A-Z]/.test(name)) return undefined;
    // an attribute called is the receiver's member unless nothing about it is known (`api.model(…)` of a library is its own)
    // an attribute called is only the class's own (`self.model(**inputs)`, set by another method or module): `api.model(…)`
    // of another object is that object's member, a library's as often as not
    if (call.callee.k === 'attr' && !(call.callee.obj.k === 'name' && SELF.has(call.callee.obj.name))) return undefined;
    if (!originUnseen(r, callee) || projectObject(r, callee) || onlyEverNull(r, call.callee)) return undefined;
    // a name imported from a library is the library's (`nnUNetPredictor(…)` is its class): only a project module's value is a guess
    if (callee.k === 'path' && !r.definedInProject(callee.path)) return undefined;
    // and only where ML is in sight: the file imports an ML library, or the value is what a loader-named helper returned
    // (`predictor = init_predictor(cfg)`); a Django manager's `self.model(**fields)` builds a database row
    if (!r.mlFile && !(callee.k === 'unknown' && callee.why === 'call' && loaderNamed(r, callee.callee))) return undefined;
  }
  return verb ? `${describe(receiverExpr)}.${verb}` : describe(receiverExpr);
}

function describe(e: Expr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'attr') return `${describe(e.obj)}.${e.attr}`.replace(/^\.+/, '');
  if (e.k === 'call') return '(…)';
  if (e.k === 'index') return `${describe(e.obj)}[…]`;
  return '…';
}
