/**
 * The engine's entry point: text (or bytes) plus config in, plain data with 0-based positions out.
 * The CLI and the editor call the same functions. Nothing here throws: bad input becomes a note.
 */
import picomatch from 'picomatch';
import type { FileModel, Range } from './model';
import { normaliseLineBreaks } from './model';
import { INFERENCE_FACET_IDS } from './catalog';
import { ResolvedConfig, Waiver } from './config';
import { Resolver, inPackage, npmPackageOf, rootModule } from './resolve';
import type { ExternalLookup, WorkspaceIndex } from './workspace';
import { Flow } from './flow';
import { detect, pinLlmModel, PinState } from './detect';
import { FacetAnalyzer, FacetVerdict, Evidence } from './facets';
import { RULES, Severity } from './rules';
import type { AnalysedLoad, AnalysedPoint, RawFinding } from './rules/types';
import type { InferenceRow } from './knowledge/types';
import { isNotebookPath, notebookProgram, type NotebookMap } from './notebook';
import { languageOf, Language, buildModel, ensureLanguage, languageReady } from './languages';
import { serviceFactsOf, type ServiceFileFacts } from './services';
import { insideAny, instrumentationsIn, instruments, requestHandlers, type InstrumentationAt } from './instrumentation';

export interface PointResult {
  range: Range;
  calleeRange: Range;
  /** What the call is, resolved through imports and assignments (`joblib.load(…).predict_proba`). */
  callee: string;
  /** The call as the code writes it (`model.predict_proba(X)`, `sentiment(ticket)`): how the user names it. */
  text: string;
  heuristic: boolean;
  facets: Record<string, FacetVerdict>;
}

export interface LoadResult {
  range: Range;
  callee: string;
  kind: 'load' | 'llm';
  /** immutable (commit, registry version, run id, dated snapshot) · local (a file of the project) · mutable · unknown (decided outside the code). */
  pin: PinState;
  /** `pin === 'immutable'`. */
  pinned: boolean;
  pinReason: string;
  recorded: boolean;
  recordedAt?: Evidence;
  heuristic: boolean;
}

/** A rule's finding with the rule's name and the severity the configuration gives it. */
export interface Finding extends RawFinding {
  name: string;
  severity: Severity;
}

export interface FileResult {
  path: string;
  language: Language | 'unknown';
  inferencePoints: PointResult[];
  modelLoads: LoadResult[];
  findings: Finding[];
  /** One clear note per problem with the file (syntax errors, skipped, decoding). */
  errors: { message: string; line?: number }[];
  lineCount: number;
  skipped: boolean;
  /**
   * The ML and LLM libraries the file imports (as the knowledge tables name them). A file that imports one and has no
   * inference point or model load recognised is *unrecognised*: the engine may be missing its predictions.
   */
  mlLibraries?: string[];
  /** For a notebook, where each line of the analysed program (its code cells in order) is in the notebook. */
  notebook?: NotebookMap;
  /** What the file contributes to its service's facets (entry points, evidence): merged per service by `servicesOf`. */
  service?: ServiceFileFacts;
}

/** Longest line a file may have before it is taken as minified/generated and skipped. */
const MINIFIED_LINE = 5000;
export const PARSE_BUDGET_MS = 3000;

export function empty(path: string, language: FileResult['language']): FileResult {
  return { path, language, inferencePoints: [], modelLoads: [], findings: [], errors: [], lineCount: 0, skipped: false };
}

/** Decodes bytes, or says why the file is skipped (not supported, oversized, binary). Non-UTF-8 text is read as Latin-1 with a note. */
export function decodeBytes(path: string, bytes: Uint8Array, config: ResolvedConfig): { text: string; notes: string[]; notebook?: NotebookMap } | FileResult {
  const language = languageOf(path);
  if (!language) return { ...empty(path, 'unknown'), skipped: true, errors: [{ message: 'not a Python, TypeScript or JavaScript file; skipped' }] };
  if (isNotebookPath(path)) return decodeNotebook(path, bytes, config);
  if (bytes.length > config.maxFileBytes) {
    return { ...empty(path, language), skipped: true, errors: [{ message: `file is ${bytes.length} bytes, over the ${config.maxFileBytes}-byte limit (maxFileBytes); skipped` }] };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { ...empty(path, language), skipped: true, errors: [{ message: 'binary file (contains NUL bytes); skipped' }] };
  try { return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] }; }
  catch { return { text: new TextDecoder('latin1').decode(bytes), notes: ['file is not valid UTF-8; it was read as Latin-1'] }; }
}

/**
 * A notebook's code cells as one program. Its outputs (plots, tables) make the file much larger than its code, so the
 * size limit applies to the program, with a looser bound on the file.
 */
function decodeNotebook(path: string, bytes: Uint8Array, config: ResolvedConfig): { text: string; notes: string[]; notebook: NotebookMap } | FileResult {
  if (bytes.length > NOTEBOOK_FILE_FACTOR * config.maxFileBytes) {
    return { ...empty(path, 'python'), skipped: true, errors: [{ message: `notebook is ${bytes.length} bytes, over ${NOTEBOOK_FILE_FACTOR} times the ${config.maxFileBytes}-byte limit (maxFileBytes); skipped` }] };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { ...empty(path, 'python'), skipped: true, errors: [{ message: 'binary file (contains NUL bytes); skipped' }] };
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); }
  catch { return { ...empty(path, 'python'), skipped: true, errors: [{ message: 'not a valid notebook (not UTF-8 JSON); skipped' }] }; }
  const read = notebookProgram(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if ('problem' in read) return { ...empty(path, 'python'), skipped: true, errors: [{ message: read.problem }] };
  return { text: read.program, notes: [], notebook: read.map };
}

/** How much larger than `maxFileBytes` a notebook file may be (its outputs), before its code is. */
const NOTEBOOK_FILE_FACTOR = 20;

/** Decodes bytes with the checks for binary, oversized and non-UTF-8 input, then analyses. */
export async function analyzeBytes(path: string, bytes: Uint8Array, config: ResolvedConfig): Promise<FileResult> {
  const decoded = decodeBytes(path, bytes, config);
  if (!('text' in decoded)) return decoded;
  const result = await analyzeText(path, decoded.text, config);
  result.errors.unshift(...decoded.notes.map(message => ({ message })));
  if (decoded.notebook) result.notebook = decoded.notebook;
  return result;
}

/** Analyses source text. Loads the language's parser on first use. */
export async function analyzeText(path: string, text: string, config: ResolvedConfig): Promise<FileResult> {
  const language = languageOf(path);
  if (!language) return { ...empty(path, 'unknown'), skipped: true, errors: [{ message: 'not a Python, TypeScript or JavaScript file; skipped' }] };
  try { await ensureLanguage(language); }
  catch (e) { return { ...empty(path, language), skipped: true, errors: [{ message: `the ${language} parser could not be loaded: ${(e as Error).message}` }] }; }
  return analyzeTextSync(path, text, config);
}

export interface AnalyzeOptions {
  /** A model already built from this text (the CLI builds them once for the workspace index). */
  model?: FileModel;
  /** What other files of the workspace export, and this file's path as the index knows it. */
  workspace?: { index: WorkspaceIndex; file: string };
  /** Answers questions about other files instead of the index's own lookup (a result cache records them). */
  external?: ExternalLookup;
}

/** Synchronous analysis, for callers that have already awaited `ensureLanguage`. */
export function analyzeTextSync(path: string, text: string, config: ResolvedConfig, opts: AnalyzeOptions = {}): FileResult {
  const model = opts.model;
  const language = languageOf(path);
  if (!language) return { ...empty(path, 'unknown'), skipped: true, errors: [{ message: 'not a Python, TypeScript or JavaScript file; skipped' }] };
  const result = empty(path, language);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normaliseLineBreaks(text);
  const skipped = skipReason(language, text, config);
  if (skipped) return { ...result, skipped: true, errors: [{ message: skipped }] };
  try {
    const m = model ?? buildModel(language, text, PARSE_BUDGET_MS, path);
    result.lineCount = m.lineCount;
    result.errors.push(...m.notes.map(message => ({ message, line: message.startsWith('syntax') ? m.errorLines[0] : undefined })));
    analyseModel(m, text, config, result, opts.external ?? opts.workspace?.index.lookupFor(opts.workspace.file, m.language));
  } catch (e) {
    result.errors.push({ message: `internal error while analysing this file, results are partial: ${(e as Error).message}` });
  }
  return result;
}

/** Why a text is not analysed (too big, minified, parser not loaded), if it is not. */
export function skipReason(language: Language, text: string, config: ResolvedConfig): string | undefined {
  if (text.length > config.maxFileBytes) return `file is over the ${config.maxFileBytes}-byte limit (maxFileBytes); skipped`;
  if (longestLine(text) > MINIFIED_LINE) return `a line is longer than ${MINIFIED_LINE} characters: the file looks minified or generated; skipped`;
  if (!languageReady(language)) return `the ${language} parser is not loaded yet`;
  return undefined;
}

/**
 * The longest line, not counting a line that is one data literal in otherwise ordinary code (`const image = 'iVBORw0K…'`,
 * a base64 image or key in a test or demo): minified code is long in its code, a data line only in its blob.
 */
function longestLine(text: string): number {
  let longest = 0, start = 0;
  for (;;) {
    const i = text.indexOf('\n', start);
    const end = i === -1 ? text.length : i;
    const length = end - start;
    if (length > longest && !(length > MINIFIED_LINE && length - longestDataRun(text, start, end) < MINIFIED_LINE / 5)) longest = length;
    if (i === -1) return longest;
    start = i + 1;
  }
}

/** The longest run of base64 (or hex) characters in text[start, end). */
function longestDataRun(text: string, start: number, end: number): number {
  let best = 0, run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const data = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61;
    run = data ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function analyseModel(m: FileModel, text: string, config: ResolvedConfig, out: FileResult, external?: ExternalLookup): void {
  const r = new Resolver(m, config.tables, external);
  const libraries = mlLibrariesOf(m, config.tables.mlModules);
  if (libraries.length) out.mlLibraries = libraries;
  const detected = detect(r);
  const loads = detected.loads;
  // a test's requests to the service's routes (`client.post("/predict", json=…)` with FastAPI's TestClient) are test
  // traffic, as a load test's are: not predictions the service makes or must record
  const points = isTestModule(m, out.path) ? detected.points.filter(p => !isRequest(p.row)) : detected.points;
  const lines = text.split('\n');
  const suppress = suppressions(m);
  // Most files of a workspace hold no model at all: value flow is only built where there is something to check.
  let built: Flow | undefined;
  const flowOf = () => (built ??= new Flow(m, r));
  const service = serviceFactsOf(m, r, out.path, lines, points, flowOf, (code, line) => suppress.isSuppressed(code, line));
  if (service) out.service = service;
  if (!points.length && !loads.length) return;
  for (const l of loads) if (l.kind === 'llm') pinLlmModel(l, config.tables.pinnedModelNamePatterns);
  const flow = flowOf();
  const fa = new FacetAnalyzer(m, r, flow, lines, points);
  const waivers = applicableWaivers(config.waivers, out.path);
  // auto-instrumentation started here or in another project module: what it records of each call of its libraries
  const started = [...instrumentationsIn(m, r, '', lines), ...(external?.instrumentations?.() ?? [])];
  let handlers: Set<number> | undefined;
  const inHandlerScope = (scope: number) => insideAny(m, scope, (handlers ??= requestHandlers(m, out.path)));
  const inHandler = (p: { call: { scope: number } }) => inHandlerScope(p.call.scope);
  fa.useRequestScope(started, inHandlerScope);
  const where = (i: InstrumentationAt) => (i.file ? `${i.file.split(/[\\/]/).pop()}:${i.line + 1}` : `line ${i.line + 1}`);

  const analysed: AnalysedPoint[] = points.map(point => {
    const outputs = fa.outputs(point);
    const errors = fa.errors(point);
    const predictionId = fa.predictionId(point);
    const facets: Record<string, FacetVerdict> = {
      'model-version': fa.modelVersion(point, loads, outputs.keys),
      'inputs': fa.inputs(point),
      'outputs': outputs.verdict,
      'prediction-id': !predictionId.logged ? { covered: false } : !predictionId.byMiddleware ? { covered: true, evidence: predictionId.evidence }
        : {
          covered: true, evidence: predictionId.byMiddleware.file ? { ...predictionId.evidence!, recordedIn: recordedIn(predictionId.byMiddleware) } : predictionId.evidence,
          note: `at request level: the request's id, given to it by ${predictionId.byMiddleware.name} at ${where(predictionId.byMiddleware)}`,
        },
      'latency': fa.latency(point),
      'errors': errors.verdict,
      'input-validation': fa.inputValidation(point),
      'decision': fa.decision(point),
    };
    for (const by of started.filter(i => instruments(i, point, inHandler))) for (const facet of by.covers) {
      if (facets[facet]?.covered) continue;
      // a request's span records an exception that escapes the handler, not one the handler swallows
      if (by.requestLevel && facet === 'errors' && errors.handling.swallowedAt) continue;
      const at = { line: by.line, text: by.text };
      facets[facet] = {
        covered: true, note: by.requestLevel ? `at request level: ${by.name}, started at ${where(by)}, ${by.requestNote ?? 'records an exception that escapes the request handler'}`
          : `recorded by ${by.name}, started at ${where(by)}, by its documented defaults (a span per call)`,
        evidence: by.file ? { line: point.call.r.start.line, text: (lines[point.call.r.start.line] ?? '').trim().slice(0, 160), recordedIn: recordedIn(by) } : at,
      };
    }
    // a timer of each request (morgan's response time, a request-duration histogram, a timing middleware) is not a timer
    // of the model call: latency stays uncovered, and says what is timed instead
    const requestTimer = facets.latency.covered ? undefined : started.find(i => i.timesRequests && inHandler(point));
    if (requestTimer) facets.latency = { covered: false, note: `only at request level: ${requestTimer.name} at ${where(requestTimer)} times each request, not the model call` };
    // fields bound to the request's context in another module (a middleware's bind_contextvars(request_id=…)), carried
    // by this function's records through that logger
    for (const b of started) {
      if (!b.contextFor || b.covers.every(f => facets[f]?.covered)) continue;
      // (read back by the record itself, or by its logger's mixin)
      const mixins = b.readBy ? started.flatMap(i => (i.mixinReads && i.mixinReads.symbol === b.readBy!.symbol && (!b.readBy!.store || i.mixinReads.store === b.readBy!.store) ? [i.mixinReads.logger] : [])) : [];
      const record = b.readBy ? fa.recordReading(point, b.readBy, mixins) : fa.recordThrough(point, b.contextFor);
      if (!record) continue;
      const here = { line: record.call.r.start.line, text: (lines[record.call.r.start.line] ?? '').trim().slice(0, 160) };
      for (const facet of b.covers) if (!facets[facet]?.covered) facets[facet] = {
        covered: true, note: `at request level: ${b.fields!.join(', ')} bound to the request's context at ${where(b)} (${b.name}), carried by this record`,
        evidence: b.file ? { ...here, recordedIn: recordedIn(b) } : here,
      };
    }
    for (const w of waivers) if (facets[w.facet]) facets[w.facet].waived = w.reason;
    return { point, facets, errorHandling: errors.handling, predictionId };
  });
  const analysedLoads: AnalysedLoad[] = loads.map(load => {
    const at = analysed.find(p => p.point.origins.includes(load.call.id) && p.facets['model-version'].covered)?.facets['model-version'].evidence ?? fa.identityRecorded(load, loads);
    return { load, recorded: !!at, recordedAt: at };
  });

  const required = config.requiredFacets.filter(f => INFERENCE_FACET_IDS.includes(f));
  const ctx = { points: analysed, loads: analysedLoads, requiredFacets: required, lines };
  for (const rule of RULES) {
    const severity = config.severity[rule.meta.code] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) {
      if (suppress.isSuppressed(f.code, f.range.start.line)) continue;
      out.findings.push({ ...f, name: rule.meta.name, severity });
    }
  }
  if (flow.cutShort) out.errors.push({ message: `value flow was cut short ${flow.cutShort} time(s) in this very large file, so some facets may read as missing` });
  out.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.col - b.range.start.col || a.code.localeCompare(b.code));

  out.inferencePoints = analysed.map(a => ({ range: a.point.call.r, calleeRange: a.point.range, callee: a.point.callee, text: asWritten(lines, a.point.call.r, a.point.range), heuristic: a.point.heuristic, facets: a.facets }));
  out.modelLoads = analysedLoads.map(a => ({ range: (a.load.reportedAt ?? a.load.call).r, callee: a.load.callee, kind: a.load.kind, pin: a.load.pin, pinned: a.load.pinned, pinReason: a.load.pinReason, recorded: a.recorded, recordedAt: a.recordedAt, heuristic: a.load.heuristic }));
}

/** Where another module starts an instrumentation or binds a context: the evidence's other file. */
const recordedIn = (i: InstrumentationAt) => ({ file: i.file, line: i.line, text: i.text });

const slice = (lines: readonly string[], r: Range) => {
  const parts: string[] = [];
  for (let l = r.start.line; l <= r.end.line; l++) parts.push((lines[l] ?? '').slice(l === r.start.line ? r.start.col : 0, l === r.end.line ? r.end.col : undefined));
  // a call broken over lines reads as one: no space before `.`/`)`/`]` or after `(`/`[`
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([.)\]])/g, '$1').replace(/([([]) /g, '$1').trim();
};

/** A call as written, on one line: whole when short (`sentiment(ticket)`), else its callee and `(…)`. */
export function asWritten(lines: readonly string[], call: Range, callee: Range, max = 48): string {
  const whole = slice(lines, call);
  if (whole.length <= max) return whole;
  const name = slice(lines, callee);
  return name.length <= max - 3 ? `${name}(…)` : `${name.slice(0, max - 4)}…(…)`;
}

/**
 * A test module: a file directly in a `tests/`, `test/` or `__tests__/` folder (only the folder it is in: a project's
 * `test/fixtures/…` may hold service code), or one named as a test (`test_x.py`, `x_test.py`, `x.test.ts`, `x.spec.js`)
 * that uses a test framework — a `test_server.py` script that calls the deployed model is a client, not a test.
 */
export function isTestModule(m: FileModel, path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1];
  const folder = parts[parts.length - 2];
  if (folder !== undefined && /^(tests?|__tests__)$/.test(folder)) return true;
  if (!/^test_.*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$/.test(name)) return false;
  return m.imports.some(i => TEST_FRAMEWORKS.has(i.path.split(/[./]/)[0]) || TEST_FRAMEWORKS.has(i.path))
    || m.calls.some(c => c.scope === 0 && c.callee.k === 'name' && /^(describe|it|test)$/.test(c.callee.name));
}
const TEST_FRAMEWORKS = new Set(['pytest', 'unittest', 'vitest', 'jest', '@jest/globals', 'mocha', 'chai', 'supertest', 'node:test', '@playwright/test', 'ava', 'tap']);

/** A row that recognises an HTTP request (by its URL, the project's own route, or its body). */
function isRequest(row: InferenceRow): boolean {
  return !!row.arg0Pattern || !!row.ownRoute || row.match === 'llm-request-body';
}

/** The ML libraries a file imports, each named by the longest knowledge-table entry it falls in (`google.cloud.vision`, `sklearn`). */
function mlLibrariesOf(m: FileModel, mlModules: readonly string[]): string[] {
  const found = new Set<string>();
  for (const i of m.imports) {
    if (!inPackage(i.path, mlModules)) continue;
    const root = rootModule(i.path);
    let named: string | undefined;
    const npm = npmPackageOf(root);
    for (const p of mlModules) if ((p === root || p === npm || i.path === p || i.path.startsWith(p + '.')) && (!named || p.length > named.length)) named = p;
    found.add(named ?? root);
  }
  return [...found].sort();
}

/** Files that import an ML or LLM library but where nothing was recognised: the engine may be missing their predictions. */
export function unrecognisedFiles(results: FileResult[]): { path: string; libraries: string[] }[] {
  return results.filter(r => !r.skipped && r.mlLibraries?.length && !r.inferencePoints.length && !r.modelLoads.length)
    .map(r => ({ path: r.path, libraries: r.mlLibraries! }));
}

function applicableWaivers(waivers: Waiver[], filePath: string): Waiver[] {
  const rel = filePath.replace(/\\/g, '/');
  return waivers.filter(w => !w.paths || w.paths.some(p => picomatch(p, { dot: true })(rel) || picomatch(`**/${p}`, { dot: true })(rel)));
}

const SUPPRESS = /mlobs:\s*ignore(-file)?(?:\[([A-Za-z0-9_,\s-]+)\])?/;

/** `# mlobs: ignore[MLO001]` on the line (or alone on the line above); `# mlobs: ignore-file[...]` anywhere. */
export function suppressions(m: FileModel): { isSuppressed(code: string, line: number): boolean } {
  const fileCodes = new Set<string>();
  let fileAll = false;
  const byLine = new Map<number, { all: boolean; codes: Set<string> }>();
  const standalone = new Set<number>();
  for (const c of m.comments) {
    const match = SUPPRESS.exec(c.text);
    if (!match) continue;
    const codes = new Set((match[2] ?? '').split(',').map(s => s.trim()).filter(Boolean));
    if (match[1]) { if (codes.size) codes.forEach(x => fileCodes.add(x)); else fileAll = true; continue; }
    byLine.set(c.line, { all: codes.size === 0, codes });
    standalone.add(c.line);
  }
  const lineHit = (line: number, code: string) => { const e = byLine.get(line); return !!e && (e.all || e.codes.has(code)); };
  return {
    isSuppressed(code, line) {
      if (fileAll || fileCodes.has(code)) return true;
      return lineHit(line, code) || (standalone.has(line - 1) && lineHit(line - 1, code) && isOnlyComment(m, line - 1));
    },
  };
}

function isOnlyComment(m: FileModel, line: number): boolean {
  return !m.calls.some(c => c.r.start.line === line) && !m.assignments.some(a => a.r.start.line === line);
}
