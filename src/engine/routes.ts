/**
 * Routes a project serves with a model. A service's own route that runs a model (`app.post("/api/chat", …)` whose handler
 * calls the LLM, a Next.js `app/api/caption/route.ts` with an inference point, a FastAPI `@app.post("/predict")`) is, for
 * the project's code that calls it over HTTP (a front end, a bot, a CLI), a prediction it asks for and should record.
 * The workspace index collects these routes from every module; a request whose URL ends with one is an inference point.
 */
import type { Expr, FileModel } from './model';
import type { Resolver } from './resolve';
import { detect } from './detect';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'route', 'api_route', 'websocket']);

/** The route paths of a file that lead to one of its inference points (empty for most files, cheaply). */
export function routesServed(m: FileModel, r: Resolver, file: string): string[] {
  const fileRoute = fileBasedRoute(file);
  const registrations = fileRoute ? [] : routeRegistrations(m);
  if (!fileRoute && !registrations.length) return [];
  const points = detect(r).points;
  if (!points.length) return [];
  // a Next.js route file: every handler it exports is the route's
  if (fileRoute) return [fileRoute];
  const pointScopes = new Set(points.map(p => p.call.scope));
  const served = new Set<string>();
  for (const { route, handlers } of registrations) {
    if (handlers.some(h => reaches(m, h, pointScopes, 0))) served.add(route);
  }
  return [...served];
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
  for (const c of m.calls) {
    if (c.callee.k !== 'attr' || !ROUTE_METHODS.has(c.callee.attr)) continue;
    const route = routeLiteral(c.args[0]?.value);
    if (!route) continue;
    const handlers = c.args.slice(1).map(a => handlerScope(m, a.value)).filter((s): s is number => s !== undefined);
    if (handlers.length) out.push({ route, handlers });
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
