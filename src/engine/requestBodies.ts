/**
 * HTTP requests recognised by what they send: a JSON body in a hosted LLM API's request shape (`{ model, messages }`,
 * `{ model, prompt }`, `{ model, input }`), whatever the URL — which real code reads from a setting, a parameter or a
 * helper (`requestUrl({ url: settings.apiBase, body: JSON.stringify({ model, messages }) })`, an in-house
 * `fetchApi(url, { method: "POST", body })`). OpenAI-compatible servers, Anthropic, Ollama, LM Studio, vLLM and
 * llama.cpp all take that shape; ordinary APIs do not send a model name together with messages or a prompt.
 *
 * Only a body that is being sent counts: serialised (`JSON.stringify(…)`, `json.dumps(…)`), or under a request's
 * `body`/`json`/`data` key or keyword, or the payload argument of an HTTP client's `post`. A plain object handed to a
 * function (`callLLM({ model, messages })`) is the project's own wrapper's business: its body makes the real call.
 */
import type { Call, Expr } from './model';
import type { Resolver } from './resolve';
import { symbolString } from './resolve';

/** Keys under which a request's options carry its body. */
const BODY_KEYS = ['body', 'json', 'data', 'content'];
/** Calls that take a request's options to serialise, hash or print them, not to send them. */
const NOT_REQUESTS = new Set(['stringify', 'dumps', 'update', 'digest', 'hash', 'print', 'assign', 'push', 'append', 'set']);

/** Whether the call sends a body of an LLM API's request shape. */
export function sendsLlmBody(r: Resolver, call: Call): boolean {
  const shapes = r.t.llmRequestBodies;
  if (!shapes.length) return false;
  return bodiesSent(r, call).some(d => {
    const keys = new Set(d.entries.flatMap(e => (e.key === null ? [] : [e.key])));
    return shapes.some(shape => shape.every(k => keys.has(k)));
  });
}

/** Whether a body the call sends has one of these keys (`{ messages }`, `{ prompt }` posted to a chat route). */
export function sendsBodyWith(r: Resolver, call: Call, keys: readonly string[]): boolean {
  return bodiesSent(r, call).some(d => d.entries.some(e => e.key !== null && keys.includes(e.key)));
}

/** The JSON bodies a call sends, as far as the code spells them. */
function bodiesSent(r: Resolver, call: Call): Extract<Expr, { k: 'dict' }>[] {
  const out: Extract<Expr, { k: 'dict' }>[] = [];
  const payloadPosts = r.t.payloadPosts;
  const symbol = symbolString(r.expr(call.callee, call.scope));
  const posts = (symbol !== undefined && payloadPosts.includes(symbol)) || (call.callee.k === 'attr' && call.callee.attr === 'post' && symbol === undefined);
  const positional = call.args.filter(a => !a.name && !a.spread);
  const method = call.callee.k === 'attr' ? call.callee.attr : call.callee.k === 'name' ? call.callee.name : '';
  const requestLike = !NOT_REQUESTS.has(method) && !r.t.loggerMethods.includes(method);
  const add = (d: Extract<Expr, { k: 'dict' }> | undefined) => { if (d) out.push(d); };
  for (const a of call.args) {
    const v = a.value;
    // `json={…}`, `data=json.dumps(…)` (a serialised body given on its own, `req.write(JSON.stringify(…))`, is the body of a
    // request made before: that request is the call)
    if (a.name && BODY_KEYS.includes(a.name)) add(dictOf(r, v, call.scope) ?? serialised(r, v, call.scope));
    // an options object whose body is the payload (`fetch(url, { method: "POST", body: JSON.stringify(payload) })`): given to a
    // request, not to a logger or a hash that records it (`log.info("sent", options)`, `JSON.stringify(options)`)
    const options = a.name || !requestLike ? undefined : dictOf(r, v, call.scope);
    for (const e of options?.entries ?? []) {
      if (e.key !== null && BODY_KEYS.includes(e.key)) add(serialised(r, e.value, call.scope) ?? dictOf(r, e.value, call.scope));
    }
    // an HTTP client's payload argument (`axios.post(url, { model, messages })`)
    if (posts && !a.name && positional.indexOf(a) === 1) add(dictOf(r, v, call.scope) ?? serialised(r, v, call.scope));
  }
  return out;
}

/** Methods that store, queue or report what they are given (a conversation saved with its model name), not send it to a model. */
const NOT_SDK_REQUESTS = /^(insert|update|upsert|save|put|set|add|push|append|write|log|emit|dispatch|cache|store|track|record|capture|commit|enqueue|publish)/i;

/**
 * A client of an SDK no pack knows, recognised by the request it is given: a method called with an LLM API's request
 * (`new MistralClient(key).chat({ model: "mistral-tiny", messages })`, `together.chat.completions.create(model=…,
 * messages=…)` on a client made by a package), on an object a third-party package made — not the project's own
 * wrapper (its body makes the real call, found where it is written), not a store saving a conversation.
 * Python's absolute imports name project modules as often as packages: there only with the workspace index to tell
 * them apart.
 */
export function sdkLlmRequest(r: Resolver, call: Call): boolean {
  const shapes = r.t.llmRequestBodies;
  if (!shapes.length) return false;
  // a function of a package given the request (`generateText({ model: openai("gpt-4o"), prompt })` of an SDK no pack
  // knows, `completion(model=…, messages=…)`): the same request, the model often made by a provider function
  const direct = call.callee.k === 'name';
  if (call.callee.k !== 'attr' && !direct) return false;
  const method = call.callee.k === 'attr' ? call.callee.attr : call.callee.k === 'name' ? call.callee.name : '';
  if (NOT_SDK_REQUESTS.test(method) || NOT_REQUESTS.has(method) || r.t.loggerMethods.includes(method)) return false;
  if (direct && NOT_SDK_FUNCTIONS.test(method)) return false;
  const keys = new Set<string>();
  const models: Expr[] = [];
  // (keys in any case: SDKs generated from an API's schema spell them `Model`, `Messages`: Tencent Cloud, Alibaba Cloud)
  for (const a of call.args) {
    if (a.name) { const key = a.name.toLowerCase(); keys.add(key); if (key === 'model') models.push(a.value); continue; }
    const d = a.spread ? undefined : dictOf(r, a.value, call.scope);
    for (const e of d?.entries ?? []) if (e.key !== null) { const key = e.key.toLowerCase(); keys.add(key); if (key === 'model') models.push(e.value); }
  }
  // the model named by a string (a literal, a template, a constant or a setting's name), the request's other half present
  const named = (m: Expr) => m.k === 'str' || m.k === 'name' || m.k === 'attr' || (direct && m.k === 'call');
  if (!models.some(named) || !shapes.some(shape => shape.every(k => keys.has(k)))) return false;
  let root: Expr = call.callee.k === 'attr' ? call.callee.obj : call.callee;
  while (root.k === 'attr' || root.k === 'index') root = root.obj;
  if (root.k !== 'name') return false;
  const made = r.expr(root, call.scope);
  const from = made.k === 'path' ? made.path : !direct && made.k === 'unknown' && made.why === 'call' ? made.callee : undefined;
  if (!from || r.definedInProject(from) || (direct && !from.includes('.'))) return false;
  return r.m.language !== 'python' || r.knowsProject();
}

/** Functions that define or configure what will call a model later (`createAgent({ model, prompt })`, `useChat(…)`), not call it. */
const NOT_SDK_FUNCTIONS = /^(define|make|build|use|register|configure|setup|init|with|create\w*(Agent|Chain|Prompt|Graph|Tool|Workflow|Client|Provider|Router|Store|Runnable|Template|Config|Settings))/;

/** The object a `JSON.stringify(x)` / `json.dumps(x)` serialises, when `e` is one (through a variable too). */
function serialised(r: Resolver, e: Expr, scope: number, depth = 0): Extract<Expr, { k: 'dict' }> | undefined {
  if (depth > 2) return undefined;
  if (e.k === 'name') { const b = boundValue(r, e.name, scope); return b ? serialised(r, b, scope, depth + 1) : undefined; }
  if (e.k !== 'call') return undefined;
  const c = r.m.calls[e.call];
  const callee = c.callee;
  const isStringify = (callee.k === 'attr' && callee.attr === 'stringify' && callee.obj.k === 'name' && callee.obj.name === 'JSON')
    || symbolString(r.expr(callee, c.scope)) === 'json.dumps';
  if (!isStringify) return undefined;
  const first = c.args.find(a => !a.name && !a.spread)?.value;
  return first ? dictOf(r, first, scope) : undefined;
}

/** A dict spelt here, or the one a name is bound to in this scope or an enclosing one. */
function dictOf(r: Resolver, e: Expr, scope: number): Extract<Expr, { k: 'dict' }> | undefined {
  if (e.k === 'dict') return e;
  if (e.k !== 'name') return undefined;
  const b = boundValue(r, e.name, scope);
  return b?.k === 'dict' ? b : undefined;
}

/** The value a name is given by its one plain assignment in the nearest scope that assigns it. */
function boundValue(r: Resolver, name: string, scope: number): Expr | undefined {
  for (let s = scope; s >= 0; s = r.m.scopes[s].parent) {
    const assigned = r.bindings.get(s)?.get(name);
    if (!assigned) continue;
    const plain = assigned.filter(a => a.kind === 'assign' && a.targets.some(t => t.root === name && !t.path.length && t.index === undefined));
    return plain.length === 1 ? plain[0].value : undefined;
  }
  return undefined;
}
