/**
 * Routes a project serves with a model. A service's own route that runs a model (`app.post("/api/chat", …)` whose handler
 * calls the LLM, a Next.js `app/api/caption/route.ts` with an inference point, a FastAPI `@app.post("/predict")`) is, for
 * the project's code that calls it over HTTP (a front end, a bot, a CLI), a prediction it asks for and should record.
 * The workspace index collects these routes from every module; a request whose URL ends with one is an inference point.
 */
import type { Expr, FileModel, Range } from './model';
import { STRING_TESTS } from './model';
import type { Resolver } from './resolve';
import { detect } from './detect';

/** Methods that register a route given its path and handler as arguments, and the route classes built the same way. */
const REGISTRARS = new Set(['add_url_rule', 'add_api_route', 'add_route', 'add_post', 'add_get', 'add_put', 'add_patch', 'add_api_websocket_route', 'add_websocket_route']);
const ROUTE_OBJECTS = new Set(['Route', 'WebSocketRoute', 'APIRoute']);
const HANDLER_KEYWORDS = new Set(['view_func', 'endpoint', 'handler']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'route', 'api_route', 'websocket']);

/** The route paths of a file that lead to one of its inference points (empty for most files, cheaply). */
export function routesServed(m: FileModel, r: Resolver, file: string): string[] {
  const fileRoute = fileBasedRoute(file);
  const registrations = fileRoute ? [] : routeRegistrations(m);
  const dispatched = fileRoute ? [] : dispatchedRoutes(m);
  if (!fileRoute && !registrations.length && !dispatched.length) return [];
  const points = detect(r).points;
  if (!points.length) return [];
  // a Next.js route file: every handler it exports is the route's
  if (fileRoute) return [fileRoute];
  const pointScopes = new Set(points.map(p => p.call.scope));
  const served = new Set<string>();
  for (const { route, handlers } of registrations) {
    if (handlers.some(h => reaches(m, h, pointScopes, 0))) served.add(route);
  }
  // a branch on the request's path: a point in its body, or a same-file function it calls that reaches one
  for (const { route, body } of dispatched) {
    if (served.has(route)) continue;
    const inBody = (c: { r: Range }) => within(c.r, body);
    if (points.some(p => inBody(p.call)) || m.calls.some(c => inBody(c) && calledFunctionReaches(m, c, pointScopes))) served.add(route);
  }
  return [...served];
}

/** Names a request's path goes by: `url.pathname`, `req.url`, `request.path`, `self.path` (Python's http.server). */
const PATH_NAMES = new Set(['pathname', 'path', 'url', 'originalUrl', 'route']);

/**
 * A hand-written server's dispatch on the request's path: `if (url.pathname === "/generate" && request.method === "POST")`
 * in a Cloudflare Worker's or Bun's `fetch`, `case "/api/chat":` of a `switch (url.pathname)`, Node's `req.url === "/x"`,
 * `if self.path == "/predict":` in a `BaseHTTPRequestHandler.do_POST`. The branch's body is the route's handler.
 */
export function dispatchedRoutes(m: FileModel): { route: string; body: Range }[] {
  const out: { route: string; body: Range }[] = [];
  for (const b of m.branches) for (const route of routesTested(m, b.test, 0)) out.push({ route, body: b.body });
  return out;
}

function routesTested(m: FileModel, e: Expr, depth: number): string[] {
  if (depth > 4) return [];
  const isPath = (x: Expr) => (x.k === 'attr' && PATH_NAMES.has(x.attr)) || (x.k === 'name' && PATH_NAMES.has(x.name));
  if (e.k === 'call') {
    const c = m.calls[e.call];
    const route = c?.callee.k === 'attr' && STRING_TESTS.has(c.callee.attr) && isPath(c.callee.obj) ? routeLiteral(c.args[0]?.value) : undefined;
    return route ? [route] : [];
  }
  if (e.k !== 'other') return [];
  if (e.op === '==' || e.op === '===') {
    const route = e.parts.some(isPath) ? e.parts.map(routeLiteral).find(Boolean) : undefined;
    return route ? [route] : [];
  }
  return e.op === '&&' || e.op === 'and' || e.op === '||' || e.op === 'or' ? e.parts.flatMap(p => routesTested(m, p, depth + 1)) : [];
}

function within(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.col <= b.col);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** A call of a function the file defines (`return handleGenerate(request, env)`) whose body reaches an inference point. */
function calledFunctionReaches(m: FileModel, c: FileModel['calls'][number], pointScopes: Set<number>): boolean {
  const name = c.callee.k === 'name' ? c.callee.name : c.callee.k === 'attr' && c.callee.obj.k === 'name' && c.callee.obj.name === 'self' ? c.callee.attr : undefined;
  const def = name ? m.scopes.find(s => s.kind === 'function' && s.name === name) : undefined;
  return !!def && reaches(m, def.id, pointScopes, 1);
}

/** Whether a request URL (a literal or template: `*` for the parts the code fills in) ends with a served route. */
export function matchesServedRoute(url: string, routes: readonly string[]): boolean {
  const urlPath = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  const parts = urlPath.split('/').filter(Boolean);
  // the root route (`@app.route("/", methods=["POST"])` running the model) is asked for by a URL that is the root of the
  // project's own server itself: a development host (`http://localhost:5000`), not any URL ending in `/`
  const ownRoot = !parts.length && /^(https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?)?\/?$/i.test(url.replace(/[?#].*$/, ''));
  return routes.some(route => {
    const want = route.split('/').filter(Boolean);
    if (!want.length) return ownRoot;
    if (want.every(w => w === '*') || want.length > parts.length) return false;
    const tail = parts.slice(parts.length - want.length);
    // (at least one segment the route spells is spelt by the URL too: `/api/user/${id}` does not ask for `/prompt`)
    return want.every((w, i) => w === '*' || tail[i] === '*' || tail[i] === w) && want.some((w, i) => w !== '*' && tail[i] === w);
  });
}

/** `app/api/chat/route.ts` → `/api/chat`, `pages/api/caption.ts` → `/api/caption` (route groups dropped, `[id]` a wildcard). */
export function fileBasedRoute(file: string): string | undefined {
  const f = file.split('\\').join('/');
  const app = /(?:^|\/)app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(f);
  const pages = app ? undefined : /(?:^|\/)pages\/(api\/(?:[^/]+\/)*[^/]+?)\.[cm]?[jt]sx?$/.exec(f);
  const raw = app ? app[1] : pages ? pages[1].replace(/(^|\/)index$/, '') : undefined;
  if (raw === undefined) return undefined;
  const segments = raw.split('/').filter(s => s && !/^\(.*\)$/.test(s) && !s.startsWith('@')).map(s => (/^\[.*\]$/.test(s) ? '*' : s));
  return segments.length ? '/' + segments.join('/') : undefined;
}

/** `app.post("/predict", handler)`, `router.get("/x", auth, async (req, res) => …)`, `@app.post("/predict")` on a function. */
export function routeRegistrations(m: FileModel): { route: string; handlers: number[] }[] {
  const out: { route: string; handlers: number[] }[] = [];
  const scopesOf = (values: Expr[]) => values.map(v => handlerScope(m, v)).filter((s): s is number => s !== undefined);
  for (const c of m.calls) {
    const name = c.callee.k === 'attr' ? c.callee.attr : c.callee.k === 'name' ? c.callee.name : undefined;
    if (!name) continue;
    if (c.callee.k === 'attr' && ROUTE_METHODS.has(name)) {
      const route = routeLiteral(c.args[0]?.value);
      // `fastify.route({ method: "POST", url: "/x", handler })`, hapi's `server.route({ path, handler })`
      const options = !route && c.args[0]?.value.k === 'dict' ? c.args[0].value : undefined;
      if (options) {
        const entry = (k: string) => options.entries.find(e => e.key === k)?.value;
        const at = routeLiteral(entry('url') ?? entry('path'));
        const handlers = scopesOf([entry('handler')].filter((v): v is Expr => !!v));
        if (at && handlers.length) out.push({ route: at, handlers });
        continue;
      }
      if (!route) continue;
      const handlers = scopesOf(c.args.slice(1).map(a => a.value));
      if (handlers.length) out.push({ route, handlers });
      continue;
    }
    // Flask's `add_url_rule("/x", view_func=f)`, FastAPI's `add_api_route("/x", f)`, aiohttp's `router.add_post("/x", h)` and
    // `add_route("POST", "/x", h)`, Starlette's `Route("/x", endpoint=f)`
    if ((c.callee.k === 'attr' && REGISTRARS.has(name)) || (c.callee.k === 'name' && ROUTE_OBJECTS.has(name))) {
      const routeArg = c.args.find(a => (!a.name || a.name === 'path' || a.name === 'rule') && routeLiteral(a.value));
      const route = routeArg && routeLiteral(routeArg.value);
      if (!route) continue;
      const handlers = scopesOf(c.args.filter(a => a !== routeArg && (!a.name || HANDLER_KEYWORDS.has(a.name))).map(a => a.value));
      if (handlers.length) out.push({ route, handlers });
    }
  }
  // decorators: the decorated function is the handler
  for (const s of m.scopes) {
    if (s.kind !== 'function') continue;
    for (const d of s.decorators) {
      if (d.k !== 'call') continue;
      const c = m.calls[d.call];
      if (c.callee.k !== 'attr' || !ROUTE_METHODS.has(c.callee.attr)) continue;
      const route = routeLiteral(c.args[0]?.value);
      if (route) out.push({ route, handlers: [s.id] });
    }
  }
  return out;
}

function routeLiteral(e: Expr | undefined): string | undefined {
  if (e?.k !== 'str' || e.parts || !e.value.startsWith('/')) return undefined;
  // `/users/:id`, `/items/{item_id}`, `/<int:id>`: parameters are wildcards
  return e.value.replace(/\/:[^/]+/g, '/*').replace(/\{[^}]*\}/g, '*').replace(/<[^>]*>/g, '*');
}

/** The function scope a handler argument is: an inline function, or a name the file defines. */
function handlerScope(m: FileModel, e: Expr): number | undefined {
  if (e.k === 'func') return e.fn;
  if (e.k === 'name') {
    const def = m.scopes.find(s => s.kind === 'function' && s.name === e.name && s.parent === 0);
    return def?.id;
  }
  return undefined;
}

/** Whether a handler, the functions nested in it, or a same-file function it calls (two levels) holds an inference point. */
function reaches(m: FileModel, scope: number, pointScopes: Set<number>, depth: number): boolean {
  const inside = (s: number) => { for (let x = s; x >= 0; x = m.scopes[x].parent) if (x === scope) return true; return false; };
  for (const p of pointScopes) if (inside(p)) return true;
  if (depth >= 2) return false;
  for (const c of m.calls) {
    if (!inside(c.scope)) continue;
    const name = c.callee.k === 'name' ? c.callee.name : undefined;
    const def = name ? m.scopes.find(s => s.kind === 'function' && s.name === name && s.id !== scope) : undefined;
    if (def && reaches(m, def.id, pointScopes, depth + 1)) return true;
  }
  return false;
}
