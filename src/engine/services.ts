/**
 * The catalog's per-service facets (deployment-context, upstream-provenance, outcome, segment-context). Unlike the
 * inference facets they are not a property of one call: a service records its deployment context once (an OTel
 * `Resource`, a logger's default fields, `OTEL_RESOURCE_ATTRIBUTES` in its Dockerfile), its outcomes in a feedback
 * handler, and so on. So there are two steps:
 *
 * 1. per file (`serviceFactsOf`, part of a file's analysis and so of its cached result): where the file is an entry
 *    point of a service (an app object, a framework class or handler module, a route), and the first evidence of each
 *    service facet it holds;
 * 2. per project (`servicesOf`): files grouped into services (declared in mlobs.json, else by the nearest folder with a
 *    manifest: `package.json`, `pyproject.toml`, a Dockerfile…), the facts of their files and deployment files merged,
 *    required facets checked against waivers, and MLO006 placed at the service's first entry point.
 *
 * A service exists only where an inference point and an entry point do: a project without a model, or a script or batch
 * job that predicts without serving, gets no service and no finding.
 */
import picomatch from 'picomatch';
import type { Call, Expr, FileModel, Range } from './model';
import { namedArg } from './model';
import type { Resolver } from './resolve';
import { inPackage, symbolString } from './resolve';
import { normaliseField, type Flow, type Sink } from './flow';
import type { InferencePoint } from './detect';
import type { Evidence } from './facets';
import type { ServiceFacetId } from './knowledge/types';
import { fileBasedRoute, routeRegistrations } from './routes';
import { matchingRows } from './knowledge';
import type { Waiver } from './config';
import type { Finding, FileResult } from './analyze';
import { ruleByCode, type Severity } from './rules';
import { deploymentEvidence, type DeployFile } from './deployFiles';
import { isVendored } from './instrumentation';

export const SERVICE_FACET_IDS: readonly ServiceFacetId[] = ['deployment-context', 'upstream-provenance', 'outcome', 'segment-context'];
/** Required unless the config says otherwise; upstream-provenance only where the service reads a feature store. */
export const DEFAULT_REQUIRED_SERVICE_FACETS: ServiceFacetId[] = ['deployment-context', 'upstream-provenance', 'outcome'];

export interface ServiceEntryPoint { line: number; range: Range; kind: string; text: string; suppressed?: true }

/** What one file contributes to its service (plain data: it is cached with the file's result). */
export interface ServiceFileFacts {
  entryPoints?: ServiceEntryPoint[];
  /** The first evidence of each service facet in the file. */
  evidence?: Partial<Record<ServiceFacetId, Evidence & { note?: string }>>;
  /** A feature-store read: it makes upstream-provenance required for the service. */
  reads?: Evidence;
  /** Telemetry SDKs the file imports (`opentelemetry`, `ddtrace`, `sentry`): deployment files configure them by environment variables. */
  telemetry?: string[];
}

const TELEMETRY: Record<string, string[]> = {
  opentelemetry: ['opentelemetry', '@opentelemetry', 'traceloop', '@traceloop', 'openinference', 'openlit', 'logfire'],
  ddtrace: ['ddtrace', 'dd-trace', 'datadog'],
  sentry: ['sentry_sdk', '@sentry'],
};

/** Field-name facets that a record proves by naming them (the catalog's evidence: `service.version`, `segment`…). */
const FIELD_FACETS: ServiceFacetId[] = ['deployment-context', 'upstream-provenance', 'segment-context'];

export function serviceFactsOf(m: FileModel, r: Resolver, path: string, lines: readonly string[], points: InferencePoint[],
  flowOf: () => Flow, isSuppressed: (code: string, line: number) => boolean): ServiceFileFacts | undefined {
  const facts: ServiceFileFacts = {};
  const ev = (range: Range): Evidence => ({ line: range.start.line, text: (lines[range.start.line] ?? '').trim().slice(0, 160) });
  const entries: ServiceEntryPoint[] = [];
  const entry = (range: Range, kind: string) => {
    const e: ServiceEntryPoint = { line: range.start.line, range: firstLine(lines, range), kind, text: ev(range).text };
    if (isSuppressed('MLO006', range.start.line)) e.suppressed = true;
    entries.push(e);
  };
  const evidence: NonNullable<ServiceFileFacts['evidence']> = {};
  const found = (facet: ServiceFacetId, e: Evidence & { note?: string }) => { if (!evidence[facet]) evidence[facet] = e; };

  const t = r.t;
  const telemetry = Object.entries(TELEMETRY).filter(([, mods]) => m.imports.some(i => inPackage(i.path, mods))).map(([k]) => k);
  if (telemetry.length) facts.telemetry = telemetry;

  // calls: app objects, evidence rows, feature-store reads
  let readCalls: Call[] = [];
  if (t.serviceEntries.length || t.serviceEvidence.length) {
    for (const c of m.calls) {
      const symbol = symbolString(r.expr(c.callee, c.scope));
      if (!symbol) continue;
      const appRow = r.row(t.serviceEntries, symbol);
      if (appRow && !isDecoratorCall(m, c)) entry(c.r, appRow.kind);
      for (const row of matchingRows(t.serviceEvidence, symbol)) {
        if (row.withArg && !row.withArg.some(a => given(namedArg(c, a)))) continue;
        if (row.role === 'reads') { readCalls.push(c); if (!facts.reads) facts.reads = ev(c.r); }
        else found(row.facet, { ...ev(c.r), note: row.note });
      }
    }
  }
  // decorators on classes and functions (`@bentoml.service`, `@serve.deployment`)
  if (t.serviceEntries.length) for (const s of m.scopes) for (const d of s.decorators) {
    const symbol = symbolString(r.expr(d.k === 'call' ? m.calls[d.call].callee : d, s.parent));
    const row = symbol ? r.row(t.serviceEntries, symbol) : undefined;
    if (row) entry(d.r, row.kind);
  }
  // framework hook classes and handler modules (the contracts the detector uses for loads and serving)
  for (const s of m.scopes) {
    if (s.kind !== 'class') continue;
    const contract = r.contractOfClass(s.id);
    if (contract) entry(s.decorators[0]?.r ?? s.r, `${contract.framework} class`);
  }
  const moduleContract = r.moduleContract();
  if (moduleContract) {
    const first = m.scopes.find(s => s.kind === 'function' && s.parent === 0 && (moduleContract.serveHooks.includes(s.name) || moduleContract.loadHooks.includes(s.name)));
    if (first) entry(first.r, `${moduleContract.framework} handler module`);
  }
  // routes: a Next.js route file, `@app.post("/predict")`, `app.post("/predict", handler)`
  const fileRoute = fileBasedRoute(path);
  if (fileRoute) {
    const handler = m.scopes.find(s => s.kind === 'function' && s.parent === 0 && ROUTE_EXPORTS.has(s.name));
    entry(handler?.r ?? ZERO, `route ${fileRoute}`);
  } else if (!entries.length) {
    for (const reg of routeRegistrations(m)) {
      const h = m.scopes[reg.handlers[0]];
      const at = h.decorators[0]?.r ?? h.r;
      entry(at, `route ${reg.route}`);
      break;
    }
  }
  if (entries.length) facts.entryPoints = entries.sort((a, b) => a.line - b.line);

  // records: fields that name a service facet, outcomes keyed by a prediction id, feature-store reads recorded
  if (points.length || readCalls.length || mayRecordServiceFields(m, t.fieldNames)) {
    const flow = flowOf();
    const sets = fieldSetsOf(t.fieldNames);
    const hasAny = (s: Sink, facet: string) => { const names = sets.get(facet); return !!names && [...s.fields].some(f => names.has(f)); };
    for (const s of flow.sinks) {
      for (const facet of FIELD_FACETS) {
        // segment fields count next to a prediction: in a file that makes one
        if (facet === 'segment-context' && !points.length) continue;
        if (hasAny(s, facet)) found(facet, ev(fieldRange(m, s, sets.get(facet)!) ?? s.call.r));
      }
      if (hasAny(s, 'outcome') && hasAny(s, 'prediction-id')) found('outcome', ev(fieldRange(m, s, sets.get('outcome')!) ?? s.call.r));
    }
    // what a feature-store read returns, recorded: the features (and their versions) the prediction used
    const modelCalls = new Set(points.flatMap(p => [p.call.id, ...p.origins]));
    for (const c of readCalls) {
      if (evidence['upstream-provenance']) break;
      // (a prediction made from the features is not a record of them: model calls end the flow)
      const res = flow.propagate(c.scope, { keys: [], calls: [c.id] }, { block: modelCalls });
      if (res.hits.length) found('upstream-provenance', { ...ev(res.hits[0].call.r), note: 'the feature-store read is recorded' });
    }
  }
  // an outcome written anywhere with the prediction's id: a feedback row (`Feedback(prediction_id=…, actual=…)`,
  // `table.insert({ predictionId, outcome })`) is the outcome kept for the join, whichever store it goes to
  if (!evidence.outcome) {
    const at = outcomeWrite(m, fieldSetsOf(t.fieldNames));
    if (at) found('outcome', { ...ev(at), note: 'written with the prediction id' });
  }
  if (Object.keys(evidence).length) facts.evidence = evidence;
  return facts.entryPoints || facts.evidence || facts.reads || facts.telemetry ? facts : undefined;
}

/** An argument given a value (`pino({ base: null })` removes the default fields: not given). */
const given = (e: Expr | undefined) => !!e && !(e.k === 'lit' && e.falsy);

/** Next.js App Router handlers a route file exports. */
const ROUTE_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const ZERO: Range = { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } };

/** The part of a range on its first line (a class or handler is reported at its first line, not over its body). */
function firstLine(lines: readonly string[], r: Range): Range {
  if (r.start.line === r.end.line) return r;
  return { start: r.start, end: { line: r.start.line, col: Math.max(r.start.col, (lines[r.start.line] ?? '').trimEnd().length) } };
}

/** A decorator's call (`@app.get("/x")`, `@bentoml.service(...)`) is read with the scope it decorates. */
function isDecoratorCall(m: FileModel, c: Call): boolean {
  return m.scopes.some(s => s.decorators.some(d => d.k === 'call' && d.call === c.id));
}

const SETS = new WeakMap<Record<string, string[]>, Map<string, Set<string>>>();
function fieldSetsOf(fieldNames: Record<string, string[]>): Map<string, Set<string>> {
  let s = SETS.get(fieldNames);
  if (!s) SETS.set(fieldNames, (s = new Map(Object.entries(fieldNames).map(([f, names]) => [f, new Set(names.map(normaliseField))]))));
  return s;
}

/**
 * Whether any call names a service field (a keyword, an options key, a dict key): only then is value flow built for
 * a file without a model (most files of a project), so the cost stays where a record can be.
 */
function mayRecordServiceFields(m: FileModel, fieldNames: Record<string, string[]>): boolean {
  const sets = fieldSetsOf(fieldNames);
  const names = new Set<string>();
  for (const f of [...FIELD_FACETS, 'outcome'] as string[]) for (const n of sets.get(f) ?? []) names.add(n);
  const keyed = (e: Expr): boolean => e.k === 'dict' && e.entries.some(en => (en.key !== null && names.has(normaliseField(en.key))) || keyed(en.value));
  return m.calls.some(c => c.args.some(a => (a.name !== undefined && names.has(normaliseField(a.name))) || keyed(a.value)));
}

/**
 * A call given both an outcome field and a prediction-id field (keywords, or keys of an object or dict it is passed):
 * where its outcome field is.
 */
function outcomeWrite(m: FileModel, sets: Map<string, Set<string>>): Range | undefined {
  const outcome = sets.get('outcome'), id = sets.get('prediction-id');
  if (!outcome || !id) return undefined;
  for (const c of m.calls) {
    const fields = c.args.flatMap(a => [...(a.name ? [{ key: a.name, r: a.value.r }] : []),
      ...(a.value.k === 'dict' ? a.value.entries.flatMap(en => (en.key !== null ? [{ key: en.key, r: en.value.r }] : [])) : [])]);
    const hit = fields.find(f => outcome.has(normaliseField(f.key)));
    if (hit && fields.some(f => id.has(normaliseField(f.key)))) return hit.r;
  }
  return undefined;
}

/** The line of the argument or entry that names a facet's field, for evidence spread over lines. */
function fieldRange(m: FileModel, s: Sink, names: Set<string>): Range | undefined {
  const inExpr = (e: Expr): Range | undefined => {
    if (e.k === 'dict') for (const en of e.entries) { if (en.key !== null && names.has(normaliseField(en.key))) return en.value.r; const r = inExpr(en.value); if (r) return r; }
    if (e.k === 'call') return inCall(m.calls[e.call]);
    return undefined;
  };
  const inCall = (c: Call): Range | undefined => {
    for (const a of c.args) { if (a.name && names.has(normaliseField(a.name))) return a.value.r; const r = inExpr(a.value); if (r) return r; }
    return undefined;
  };
  for (const c of [s.call, ...s.bound]) { const r = inCall(c); if (r) return r; }
  return undefined;
}

// ---- the project step

export interface DeclaredService { name: string; root: string; entryPoints?: string[] }

export interface ServiceOptions {
  /** Folders (relative to the config's folder, `''` for it) that hold a project manifest: a service's root, unless declared. */
  manifestDirs: readonly string[];
  /** Deployment files (Dockerfiles, Compose and Kubernetes manifests, `.env`), relative paths with their text. */
  deployFiles: readonly DeployFile[];
  declared: readonly DeclaredService[];
  required: readonly string[];
  waivers: readonly Waiver[];
  severity: Severity | 'off';
  /** The name of the scanned folder: the service's name when its root is that folder. */
  rootName: string;
}

export interface ServiceFacetVerdict {
  covered: boolean;
  required: boolean;
  evidence?: { path: string; line: number; text: string };
  waived?: string;
  note?: string;
}

export interface ServiceResult {
  name: string;
  /** Relative to the config's folder, `''` for it. */
  root: string;
  entryPoints: { path: string; line: number; kind: string; text: string; range: Range; suppressed?: true }[];
  facets: Record<string, ServiceFacetVerdict>;
  /** Required facets not covered and not waived. */
  missing: string[];
  /** Only part of the service was analysed (its root is above what was scanned): its facets are shown, not reported. */
  partial?: true;
}


const dirOf = (p: string) => { const i = p.lastIndexOf('/'); return i < 0 ? '' : p.slice(0, i); };
const under = (root: string, p: string) => root === '' || p === root || p.startsWith(root + '/');
const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');

/** The services of a project, from its files' results (and their service facts) and its deployment files. */
export function servicesOf(results: readonly FileResult[], opts: ServiceOptions): ServiceResult[] {
  const declared = opts.declared.map(d => ({ ...d, root: norm(d.root) === '.' ? '' : norm(d.root) }));
  const manifest = new Set(opts.manifestDirs.map(norm));
  const rootOf = (p: string): string => {
    const file = norm(p);
    const decl = declared.filter(d => under(d.root, file)).sort((a, b) => b.root.length - a.root.length)[0];
    if (decl) return decl.root;
    for (let d = dirOf(file); ; d = dirOf(d)) { if (manifest.has(d)) return d; if (d === '') return ''; }
  };
  const byRoot = new Map<string, FileResult[]>();
  for (const r of results) { if (r.skipped) continue; const root = rootOf(r.path); byRoot.set(root, [...(byRoot.get(root) ?? []), r]); }
  const services: ServiceResult[] = [];
  for (const [root, files] of [...byRoot].sort(([a], [b]) => a.localeCompare(b))) {
    if (!files.some(f => f.inferencePoints.length)) continue;
    files.sort((a, b) => norm(a.path).localeCompare(norm(b.path)));
    const decl = declared.find(d => d.root === root);
    const declaredEntry = decl?.entryPoints?.length ? picomatch(decl.entryPoints, { dot: true }) : undefined;
    const entryPoints: ServiceResult['entryPoints'] = [];
    for (const f of files) {
      const path = norm(f.path);
      const declaredHere = declaredEntry?.(path);
      if (declaredEntry && !declaredHere) continue;
      const own = f.service?.entryPoints ?? [];
      if (own.length) for (const e of own) entryPoints.push({ path, line: e.line, kind: e.kind, text: e.text, range: e.range, ...(e.suppressed ? { suppressed: true as const } : {}) });
      else if (declaredHere) entryPoints.push({ path, line: 0, kind: 'declared in mlobs.json', text: '', range: ZERO });
    }
    // an app object, framework class or handler module before a route (a router module is part of an app defined elsewhere)
    const rank = (kind: string) => (kind.startsWith('route ') ? 1 : 0);
    entryPoints.sort((a, b) => rank(a.kind) - rank(b.kind) || a.path.localeCompare(b.path) || a.line - b.line);
    // no entry point: predictions in a script, a batch job or a library are not a service (nothing serves them here)
    if (!entryPoints.length) continue;
    // a vendored copy of a library (`third_party/ultralytics/…`) runs the library's own telemetry, not the service's
    const own = files.filter(f => !isVendored(norm(f.path)));
    const telemetry = new Set(own.flatMap(f => f.service?.telemetry ?? []));
    const reads = own.find(f => f.service?.reads);
    const facets: Record<string, ServiceFacetVerdict> = {};
    for (const facet of SERVICE_FACET_IDS) {
      const holder = own.find(f => f.service?.evidence?.[facet]);
      const e = holder?.service?.evidence?.[facet];
      let evidence = e && holder ? { path: norm(holder.path), line: e.line, text: e.text } : undefined;
      let note = e?.note;
      if (!evidence && facet === 'deployment-context') {
        // a deployment file in the service's folder, or above it (a Compose file at the top of a monorepo)
        const d = deploymentEvidence(opts.deployFiles.filter(x => rootOf(x.path) === root || under(dirOf(norm(x.path)), root)), telemetry, root);
        if (d) { evidence = { path: norm(d.path), line: d.line, text: d.text }; note = d.note; }
      }
      const applicable = facet !== 'upstream-provenance' || !!reads;
      const required = opts.required.includes(facet) && applicable;
      const waiver = opts.waivers.find(w => w.facet === facet && (!w.paths || w.paths.some(g => globHits(g, root, entryPoints.map(x => x.path)))));
      const v: ServiceFacetVerdict = { covered: !!evidence, required };
      if (evidence) v.evidence = evidence;
      if (note) v.note = note;
      else if (!applicable && !evidence) v.note = 'not required: the service reads no feature store';
      else if (facet === 'upstream-provenance' && reads && !evidence) v.note = `reads features at ${norm(reads.path)}:${reads.service!.reads!.line + 1} without recording their version`;
      if (waiver && !evidence) v.waived = waiver.reason;
      facets[facet] = v;
    }
    const missing = Object.entries(facets).filter(([, v]) => v.required && !v.covered && !v.waived).map(([id]) => id);
    const name = decl?.name ?? (root === '' ? opts.rootName : root.slice(root.lastIndexOf('/') + 1));
    services.push({ name, root, entryPoints, facets, missing });
  }
  return services;
}

function globHits(glob: string, root: string, files: string[]): boolean {
  const m = picomatch(glob, { dot: true });
  const deep = picomatch(`**/${glob}`, { dot: true });
  const candidates = [root === '' ? '.' : root, root === '' ? '' : root + '/', ...files];
  return candidates.some(c => m(c) || deep(c)) || norm(glob) === root;
}

/** A service's MLO006 finding, at its first entry point (none when nothing required is missing, or the service is partial). */
export function serviceFinding(s: ServiceResult, severity: Severity | 'off'): { path: string; finding: Finding } | undefined {
  if (severity === 'off' || !s.missing.length || s.partial) return undefined;
  const at = s.entryPoints[0];
  if (at.suppressed) return undefined;
  const finding: Finding = {
    code: 'MLO006', name: ruleByCode('MLO006')?.meta.name ?? 'missing-service-facets', severity, facets: s.missing, range: at.range,
    message: `service "${s.name}" records no ${s.missing.map(id => id.replace(/-/g, ' ')).join(', ')} (service facets, checked across its files)`,
  };
  if (s.missing.length === 1) finding.facet = s.missing[0];
  return { path: at.path, finding };
}

/** Findings in source order (as each file's analysis sorts them). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.col - b.range.start.col || a.code.localeCompare(b.code));
}

/**
 * Results with each service's MLO006 finding in the file of its first entry point (new objects: the results the caller
 * holds, possibly cached, are not changed).
 */
export function withServiceFindings(results: FileResult[], services: readonly ServiceResult[], severity: Severity | 'off'): FileResult[] {
  const added = new Map<string, Finding[]>();
  for (const s of services) {
    const f = serviceFinding(s, severity);
    if (f) added.set(f.path, [...(added.get(f.path) ?? []), f.finding]);
  }
  if (!added.size) return results;
  return results.map(r => {
    const extra = added.get(norm(r.path));
    return extra ? { ...r, findings: sortFindings([...r.findings, ...extra]) } : r;
  });
}
