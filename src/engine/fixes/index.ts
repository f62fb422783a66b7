/**
 * Quick fixes for findings, computed as text edits. Planning (which statement, which facets, which values)
 * is shared; the code that gets inserted comes from the language's renderer. Fixes only insert code (plus
 * imports), keep the file's indentation, quotes and logger, and disappear once the facet is recorded, so
 * applying one twice cannot add a second record.
 */
import type { FileResult } from '../analyze';
import type { ResolvedConfig } from '../config';
import type { Call, Expr, FileModel, Pos, Range, Statement } from '../model';
import { before, contains, namedArg, normaliseLineBreaks } from '../model';
import { buildModel, languageOf, languageReady } from '../languages';
import { Resolver, accessKey, symbolString } from '../resolve';
import type { ExternalLookup } from '../workspace';
import { facetById } from '../catalog';
import { matchingRows } from '../knowledge';
import { detect, llmModelArg, InferencePoint, ModelLoad } from '../detect';
import type { Fix, TextEdit } from './types';
import { PYTHON_RENDERER } from './python';
import { TYPESCRIPT_RENDERER } from './typescript';
import { insertBeforeClosing } from './text';
import type { Renderer, FileStyle, RecordField, ImportRole, RequestSource } from './render';

export type { Fix, TextEdit } from './types';

const RENDERERS: Record<FileModel['language'], Renderer> = { python: PYTHON_RENDERER, typescript: TYPESCRIPT_RENDERER, javascript: TYPESCRIPT_RENDERER };

/**
 * `external`: the workspace index's answers for this file, the same the analysis used, so the planner finds the
 * same points (an LLM client imported from another module) and each finding's fix is planned on its own point.
 */
/** The variable names an expression reads. */
function namesIn(e: Expr): string[] {
  switch (e.k) {
    case 'name': return [e.name];
    case 'attr': return namesIn(e.obj);
    case 'index': return [...namesIn(e.obj), ...namesIn(e.index)];
    case 'str': return (e.parts ?? []).flatMap(namesIn);
    case 'dict': return e.entries.flatMap(en => namesIn(en.value));
    case 'other': return e.parts.flatMap(namesIn);
    default: return [];
  }
}

/** Python's builtin names a record may read (`len`, `repr`, `self` is bound by the model). */
const PYTHON_BUILTINS = new Set(['len', 'repr', 'str', 'int', 'float', 'list', 'dict', 'tuple', 'True', 'False', 'None', 'self', 'cls', '__name__', '__file__']);

/** Characters of text the planner may analyse again (arrow bodies made blocks) for one file's fixes: a few seconds' work. */
const REANALYSIS_BUDGET = 2_000_000;

export function computeFixes(path: string, text: string, result: FileResult, config: ResolvedConfig, external?: ExternalLookup): Fix[] {
  const language = languageOf(path);
  if (!language || result.skipped || !languageReady(language)) return [];
  const renderer = RENDERERS[language];
  // the engine's line model (a lone CR ends a line, as in the editor): edits are positions, valid in the original text
  text = normaliseLineBreaks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let m: FileModel;
  try { m = buildModel(language, text, 3000, path); } catch { return []; }
  // a line's text as the editor has it: without the CR of a CRLF ending (an edit to its end stops before it)
  const lines = text.split('\n').map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const fixes: Fix[] = [];
  const planner = m.errorLines.length === 0 && m.notes.length === 0 ? new Planner(m, lines, new Resolver(m, config.tables, external), renderer, path, external) : undefined;
  const comments = suppressionComments(m);
  result.findings.forEach((finding, i) => {
    try {
      if (planner) fixes.push(...planner.fixesFor(finding, i));
    } catch { /* a fix that cannot be planned is simply not offered */ }
    fixes.push(...suppressionFixes(renderer.commentPrefix, lines, comments, finding.code, finding.range.start.line, i));
  });
  return fixes.map(f => ({ ...f, edits: f.edits.map(e => insideFile(e, lines)) }));
}

/**
 * An insertion planned at the start of the line after the last one (a file whose last line has no line
 * break, e.g. one cut short) goes at the end of the last line instead, after a line break.
 */
function insideFile(e: TextEdit, lines: string[]): TextEdit {
  if (e.range.start.line < lines.length) return e;
  const last = lines.length - 1;
  const at = { line: last, col: lines[last].length };
  return { range: { start: at, end: at }, newText: `\n${e.newText.replace(/\n$/, '')}` };
}

class Planner {
  private readonly points: InferencePoint[];
  private readonly loads: ModelLoad[];
  private readonly style: FileStyle;

  constructor(private m: FileModel, private lines: string[], private r: Resolver, private render: Renderer, private path?: string, private external?: ExternalLookup) {
    const found = detect(r);
    this.points = found.points;
    this.loads = found.loads;
    this.style = render.style(m, lines, r);
    // indexes by line and scope: each finding's fixes look up its statement, assignment, neighbours and
    // returns, and a file with a thousand findings must not scan the whole model for each (that was quadratic)
    this.statements = [...m.statements].sort((a, b) => a.r.start.line - b.r.start.line || a.r.start.col - b.r.start.col);
    for (const a of m.assignments) push(this.assignmentsByLine, a.r.start.line, a);
    for (const c of m.calls) { push(this.callsByLine, c.r.start.line, c); push(this.callsByScope, c.scope, c); }
    for (const ret of m.returns) { push(this.returnsByScope, ret.scope, ret); this.returnStarts.add(`${ret.r.start.line}:${ret.r.start.col}`); }
  }
  private readonly returnStarts = new Set<string>();
  private readonly statements: Statement[];
  private readonly assignmentsByLine = new Map<number, FileModel['assignments']>();
  private readonly callsByLine = new Map<number, Call[]>();
  private readonly callsByScope = new Map<number, Call[]>();
  private readonly returnsByScope = new Map<number, FileModel['returns']>();
  private readonly statementCache = new Map<number, Statement | undefined>();

  private assignmentsIn(stmt: Statement): FileModel['assignments'] {
    const out: FileModel['assignments'] = [];
    for (let line = stmt.r.start.line; line <= stmt.r.end.line; line++) for (const a of this.assignmentsByLine.get(line) ?? []) if (contains(stmt.r, a.r)) out.push(a);
    return out;
  }

  private callsIn(stmt: Statement): Call[] {
    const out: Call[] = [];
    for (let line = stmt.r.start.line; line <= stmt.r.end.line; line++) for (const c of this.callsByLine.get(line) ?? []) if (contains(stmt.r, c.r)) out.push(c);
    return out;
  }

  private readonly imported = new Map<ImportRole, boolean>();
  private hasImport(role: ImportRole): boolean {
    let has = this.imported.get(role);
    if (has === undefined) this.imported.set(role, (has = this.render.hasImport(this.m, role)));
    return has;
  }

  /** The index of the first statement starting at or after `line`. */
  private firstStatementFrom(line: number): number {
    let lo = 0, hi = this.statements.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.statements[mid].r.start.line < line) lo = mid + 1; else hi = mid; }
    return lo;
  }

  fixesFor(f: FileResult['findings'][number], index: number): Fix[] {
    switch (f.code) {
      case 'MLO001': {
        const point = this.pointAt(f);
        if (!point || !f.facets?.length) return [];
        const out: Fix[] = [];
        // a prediction in an expression-bodied arrow (`text => model.classify([text])`) is recorded in a block body
        const record = this.arrowBody(point) ? this.arrowBodyFix.bind(this) : this.recordFix.bind(this);
        const all = record(point, f.facets, index, 'Record {facets} at this prediction', true);
        if (all) out.push(all);
        if (f.facets.length > 1) for (const facet of f.facets) {
          const one = record(point, [facet], index, 'Record {facets} at this prediction', false);
          if (one) out.push({ ...one, facet });
        }
        if (f.facets.includes('inputs')) {
          const raw = record(point, ['inputs'], index, 'Record the raw inputs (may contain personal data; the default records a hash)', false, true);
          if (raw) out.push({ ...raw, facet: 'inputs' });
        }
        if (f.facets.includes('outputs') && this.resultTemplate(point)) {
          const raw = record(point, ['outputs'], index, 'Record the whole prediction (may be large; the default records a summary)', false, true);
          if (raw) out.push({ ...raw, facet: 'outputs' });
        }
        return out;
      }
      case 'MLO002': return this.recordFailureFix(f.range, index);
      case 'MLO003': return this.pinFix(this.loadAt(f), index);
      case 'MLO004': return this.identityFix(this.loadAt(f), index);
      case 'MLO005': return this.returnIdFix(this.pointAt(f), index);
      default: return [];
    }
  }

  /** The finding's point as this planner found it: the one at the finding's range (its index, if the analysis found others too, may differ). */
  private pointAt(f: FileResult['findings'][number]): InferencePoint | undefined {
    const same = (p: InferencePoint) => p.range.start.line === f.range.start.line && p.range.start.col === f.range.start.col;
    const byIndex = this.points[f.pointIndex!];
    return byIndex && same(byIndex) ? byIndex : this.points.find(same);
  }

  private loadAt(f: FileResult['findings'][number]): ModelLoad | undefined {
    // (MLO003 points at the reference, MLO004 at the loader: either start identifies the load)
    const at = (r: Range) => r.start.line === f.range.start.line && r.start.col === f.range.start.col;
    const same = (l: ModelLoad) => at(l.range) || at(l.call.callee.r);
    const byIndex = this.loads[f.loadIndex!];
    return byIndex && same(byIndex) ? byIndex : this.loads.find(same);
  }

  /** The simple statement that holds the call, if the call is not inside a compound statement's header. */
  private statementOf(c: Call): Statement | undefined {
    if (!this.statementCache.size) this.sweepStatements();
    return this.statementCache.get(c.id);
  }

  /**
   * The innermost statement holding each call, in one sweep: statements nest or are apart, so those open at a
   * call's start are a stack, innermost on top.
   */
  private sweepStatements(): void {
    const calls = [...this.m.calls].sort((a, b) => (before(a.r.start, b.r.start) ? (before(b.r.start, a.r.start) ? 0 : -1) : 1));
    const open: Statement[] = [];
    let next = 0;
    for (const c of calls) {
      while (next < this.statements.length && before(this.statements[next].r.start, c.r.start)) open.push(this.statements[next++]);
      // an open statement that ends before the call is done (and so is nothing inside it)
      while (open.length && !contains(open[open.length - 1].r, c.r) && before(open[open.length - 1].r.end, c.r.end)) open.pop();
      let best: Statement | undefined;
      for (let i = open.length - 1; i >= 0 && !best; i--) if (contains(open[i].r, c.r)) best = open[i];
      this.statementCache.set(c.id, best);
    }
    if (!calls.length) this.statementCache.set(-1, undefined);
  }

  private indentOf(line: number): string { return /^\s*/.exec(this.lines[line] ?? '')![0]; }

  private source(r: Range): string {
    if (r.start.line === r.end.line) return this.lines[r.start.line].slice(r.start.col, r.end.col);
    return [this.lines[r.start.line].slice(r.start.col), ...this.lines.slice(r.start.line + 1, r.end.line), this.lines[r.end.line].slice(0, r.end.col)].join('\n');
  }

  /** A value that can be re-read without side effects: names, attributes, literals, indexes of those. */
  /**
   * Whether the expression reads a name nothing in the file defines (nor a global): the code is already broken
   * there (`model=AOAI_DEPLOYMENT_ID` never assigned), and a record of it would fail too.
   */
  private usesUndefined(e: Expr, scope: number): boolean {
    switch (e.k) {
      case 'name': {
        const s = this.r.name(e.name, scope);
        return s.k === 'unknown' && s.why === 'unbound' && !(e.name in globalThis) && !PYTHON_BUILTINS.has(e.name);
      }
      case 'attr': return this.usesUndefined(e.obj, scope);
      case 'index': return this.usesUndefined(e.obj, scope) || this.usesUndefined(e.index, scope);
      case 'str': return (e.parts ?? []).some(p => this.usesUndefined(p, scope));
      case 'dict': return e.entries.some(en => this.usesUndefined(en.value, scope));
      case 'other': return e.parts.some(p => this.usesUndefined(p, scope));
      default: return false;
    }
  }

  private isPure(e: Expr): boolean {
    switch (e.k) {
      case 'name': case 'lit': return true;
      // an f-string or template, a list, a dict of such values (`messages=[{"role": "user", "content": q}]`) reads again the same
      case 'str': return !e.parts || e.parts.every(p => this.isPure(p));
      case 'attr': return this.isPure(e.obj);
      case 'index': return this.isPure(e.obj) && this.isPure(e.index);
      case 'dict': return e.entries.every(en => this.isPure(en.value));
      case 'other': return e.op === 'tuple' && e.parts.every(p => this.isPure(p));
      default: return false;
    }
  }

  /**
   * Records the given facets at a prediction: an id and a start time before the statement, a try/except that
   * records and re-raises around it, and one record after it (or fields added to the record already there).
   * A `return <expr>` is first split into `response = <expr>` … `return response` so the record is reachable.
   * Facets that cannot be generated here (an input that is not a plain value) are left out of the title.
   */
  private recordFix(point: InferencePoint, facets: string[], findingIndex: number, title: string, preferred: boolean, raw = false): Fix | undefined {
    const stmt = this.statementOf(point.call);
    // a statement of an enclosing function (the call is in a lambda or an arrow's expression body) is not the prediction's
    if (!stmt || stmt.scope !== point.call.scope) return undefined;
    const R = this.render, style = this.style;
    const indent = this.indentOf(stmt.r.start.line);
    let stmtText = this.lines.slice(stmt.r.start.line, stmt.r.end.line + 1);
    const isReturn = this.returnStarts.has(`${stmt.r.start.line}:${stmt.r.start.col}`);
    const responseName = R.ident('response');
    const output = isReturn ? responseName : this.outputName(stmt, point.call);
    // the row's template describes the call's result, not an expression built from it (`{"p": model.predict(x)[0]}`)
    const template = output && this.holdsResult(stmt, point.call, isReturn) ? this.resultTemplate(point) : undefined;
    let requestId = R.ident('request_id');
    const start = R.ident('inference_start');
    const fields: RecordField[] = [];
    const before: string[] = [];
    const roles = new Set<ImportRole>();
    const done: string[] = [];
    let wrapErrors = false;
    let idAnchor: Range = stmt.r;
    let newId = R.newId;
    for (const facet of facets) {
      switch (facet) {
        case 'outputs': {
          // a streamed result is an iterator: what it yields is known only once it has been read
          if (!output || this.streams(point.call)) continue;
          // the whole-prediction variant exists only where the default is a summary
          if (raw && !template) continue;
          // a summary or the parts of a response worth keeping, as the row says; the value as it is on request
          if (template && !raw) {
            for (const [key, value] of Object.entries(template)) if (key !== 'model_version') fields.push({ key: R.key(key), value: this.fillTemplate(value, output, roles) });
          } else fields.push({ key: R.key('prediction'), value: output });
          break;
        }
        case 'inputs': {
          // the argument the row says carries the input (`json=` of a POST, not its URL), else the first that is not configuration
          // (a literal, a system prompt spelt in the call, is its own record: the data is the argument that varies)
          // (a constant list or dict, `tf.zeros([1, 28, 28, 1])`'s shape, is no more data than a literal)
          const literal = (e: Expr): boolean => e.k === 'lit' || (e.k === 'str' && !e.parts?.length)
            || (e.k === 'other' && e.op === 'tuple' && e.parts.every(literal)) || (e.k === 'dict' && e.entries.every(en => literal(en.value)));
          const declared = this.declaredInput(point);
          const declaredInput = declared && !literal(declared) ? declared : undefined;
          // (not the model's method a runner is handed, `asyncio.to_thread(model.predict, x)`: the point's own range)
          const handedOn = (e: Expr) => e.r.start.line === point.range.start.line && e.r.start.col === point.range.start.col && e.r.end.col === point.range.end.col;
          const input = declaredInput ?? point.call.args.find(a => (!a.name || !this.r.t.configArgs.includes(a.name)) && !literal(a.value) && !handedOn(a.value))?.value;
          // an options object's input entry (`{ input: question }`); when that entry is a literal, the object with the values that vary
          const entry = input?.k === 'dict' ? this.inputFromOptions(input) : undefined;
          let value = input?.k === 'dict' ? (entry && !literal(entry) ? entry : entry ? (literal(input) ? undefined : input) : declaredInput ? input : undefined) : input;
          // `net(torch.tensor(x))`, `model.predict(prepare(df))`: the data is what the conversion is given
          for (let depth = 0; value?.k === 'call' && depth < 2; depth++) value = this.m.calls[value.call].args.find(a => !a.name && !literal(a.value))?.value;
          if (!value || !this.isPure(value) || this.usesUndefined(value, point.call.scope)) continue;
          // a global's value (`[process.argv[2]]`; the TS front end lowers globals as imports of themselves) is not data the analysis
          // follows into the record: no fix it would count
          const names = namesIn(value);
          if (names.length && names.every(n => { const s = this.r.name(n, point.call.scope); return (s.k === 'unknown' && s.why === 'unbound') || (s.k === 'path' && this.m.imports.every(i => i.local !== n || i.path === n)); })) continue;
          // an imported constant (`import { testPrompt } from './constants'`) is code, not data the record could carry
          const root = accessKey(value)?.split('.')[0];
          const imported = root !== undefined ? this.r.imports.get(root) : undefined;
          if (imported !== undefined && !this.r.t.requestImports.includes(imported)) continue;
          const text = this.source(value.r);
          if (raw) fields.push({ key: R.key('inputs'), value: text });
          // a browser has no synchronous hash: the raw inputs stay the explicit choice
          else if (style.browser) continue;
          else { fields.push({ key: R.key('inputs_sha256'), value: R.hash(text, style) }); roles.add('hash'); }
          break;
        }
        case 'model-version': {
          // the model the response says served it (the snapshot behind an alias), else what the code names
          const served = template?.model_version;
          const identity = served ? this.fillTemplate(served, output!, roles) : this.identityValue(point);
          if (identity) fields.push({ key: R.key('model_version'), value: identity });
          else { fields.push({ key: R.key('model_version'), value: R.envLookup('MODEL_VERSION', style) }); roles.add('env'); }
          break;
        }
        case 'prediction-id': {
          // an id the function already holds is recorded as it is; else the caller's (a request header), else a new one
          const held = this.recordedId(point.call.scope, stmt.r.start);
          if (held) {
            requestId = held.name;
            idAnchor = held.at;
          } else {
            const request = this.requestSource(point.call.scope);
            newId = request ? R.idFromRequest(request, style) : R.newId;
            idAnchor = this.idAnchor(point.call.scope, stmt);
            if (idAnchor === stmt.r) before.push(R.declare(requestId, newId, style));
            roles.add('id');
          }
          fields.push({ key: R.key('request_id'), value: requestId });
          break;
        }
        case 'latency':
          before.push(R.declare(start, R.clock, style));
          roles.add('clock');
          fields.push({ key: R.key('latency_ms'), value: R.elapsedMs(start) });
          break;
        case 'errors':
          // re-indenting a statement that holds a multi-line string would change the string
          if (this.callsIn(stmt).some(c => c.args.some(a => a.value.k === 'str' && a.value.r.start.line !== a.value.r.end.line))) continue;
          wrapErrors = true;
          break;
        default: continue; // decision, input-validation: nothing generic to insert
      }
      done.push(facet);
    }
    if (!done.length) return undefined;
    const edits: TextEdit[] = [];
    // The id also goes back to the caller: into the objects the function returns or sends (inside this statement or elsewhere).
    if (done.includes('prediction-id')) {
      if (idAnchor !== stmt.r && roles.has('id')) {
        // declared before the `try` that holds the prediction, so the responses after that `try` can carry it
        const line = idAnchor.start.line;
        edits.push({ range: { start: { line, col: 0 }, end: { line, col: 0 } }, newText: `${this.indentOf(line)}${R.declare(requestId, newId, style)}\n` });
      }
      for (const e of this.responseIdEdits(point.call.scope, requestId, idAnchor, stmt.r)) {
        if (contains(stmt.r, e.range)) stmtText = applyEdits(stmtText.join('\n'), [{ ...e, range: shift(e.range, -stmt.r.start.line) }]).split('\n');
        else edits.push(e);
      }
    }
    const logger = style.logger ?? R.defaultLogger;
    const after: string[] = [];
    if (isReturn && fields.length) {
      // `return <expr>` → `response = <expr>` … record … `return response`, so the record is reachable
      const col = stmt.r.start.col + 'return'.length;
      const rest = stmtText[0].slice(col).replace(/^\s+/, '');
      stmtText = [stmtText[0].slice(0, stmt.r.start.col) + R.declare(responseName, rest, { ...style, semicolon: '' }), ...stmtText.slice(1)];
    }
    let declared: string | undefined;
    if (wrapErrors && R.blockScoped && isReturn && fields.length) {
      // `const response = …` inside try would scope it to the block: declare it before, assign inside, return after
      declared = responseName;
      stmtText = [stmtText[0].replace(/^(\s*)(const|let|var)\s+/, '$1'), ...stmtText.slice(1)];
    } else if (wrapErrors && R.blockScoped) {
      // `const out = await run(…)` inside try would scope `out` to the block: declare it before, assign inside
      const a = this.assignmentsIn(stmt).find(x => x.kind === 'assign');
      const head = a && a.value.r.start.line === stmt.r.start.line ? stmtText[0].slice(stmt.r.start.col, a.value.r.start.col) : undefined;
      const isDeclaration = head !== undefined && /^(const|let|var)\s/.test(head);
      const t = a?.targets[0];
      const eq = t && t.r.end.line === stmt.r.start.line ? stmtText[0].indexOf('=', t.r.end.col) : -1;
      const pattern = isDeclaration && eq > 0 ? this.destructuring(stmt, stmtText, eq) : undefined;
      if (pattern) {
        // `const { text, usage } = await f(…)` → `let text, usage;` before, `({ text, usage } = await f(…));` inside
        declared = pattern.names.join(', ');
        stmtText = pattern.text;
      } else if (isDeclaration && a!.targets.length === 1 && !t!.path.length && eq > 0 && /^(const|let|var)\s+[\w$]+\s*$/.test(stmtText[0].slice(stmt.r.start.col, eq))) {
        declared = t!.root;
        // keep everything after `=` (including `await`, which is not part of the value's range)
        stmtText = [stmtText[0].slice(0, stmt.r.start.col) + `${declared} = ` + stmtText[0].slice(eq + 1).trimStart(), ...stmtText.slice(1)];
      } else if (isDeclaration || (a && !head)) {
        // a destructuring declaration cannot be split simply: record the other facets, leave errors to the user
        return facets.length > 1 ? this.recordFix(point, facets.filter(f => f !== 'errors'), findingIndex, title, preferred, raw) : undefined;
      }
    }
    const body = wrapErrors ? R.wrapErrors(stmtText, indent, logger, done.includes('prediction-id') ? requestId : undefined, style) : stmtText;
    const merge = fields.length && !isReturn ? this.mergeTarget(stmt) : undefined;
    const merged = merge ? R.mergeFields(merge, fields, this.lines, style) : [];
    if (merged.length) edits.push(...merged);
    else if (fields.length) after.push(R.record(logger, 'prediction', fields, style, indent.length));
    if (isReturn && fields.length) after.push(R.returnStatement(responseName, style));
    const replaced = [...before.map(b => indent + b), ...(declared ? [indent + R.declareEmpty(declared, style)] : []), ...body, ...after.map(a => a.replace(/^/gm, indent))];
    edits.push({ range: { start: { line: stmt.r.start.line, col: 0 }, end: { line: stmt.r.end.line, col: this.lines[stmt.r.end.line].length } }, newText: replaced.join('\n') });
    edits.push(...this.importEdits(roles, !style.logger && R.defaultLoggerNeedsDeclaration && (fields.length > 0 || wrapErrors), stmt.r.start.line));
    const what = done.length === facets.length && facets.length > 1 ? 'all missing facets' : done.map(f => facetById(f)?.label ?? f).join(', ');
    return { title: title.replace('{facets}', what), findingIndex, code: 'MLO001', kind: 'instrumentation', isPreferred: preferred, edits: sortEdits(edits) };
  }

  /**
   * A declaration by an object or array pattern whose `=` is at `eq` on its first line: the names it declares and
   * the statement as an assignment to them (`({ text, usage } = await f(…));`). Undefined for a typed pattern
   * (`const { a }: T = …`: an assignment cannot carry the type) and for a statement that is not one declarator.
   */
  private destructuring(stmt: Statement, statement: string[], eq: number): { names: string[]; text: string[] } | undefined {
    const head = statement[0].slice(stmt.r.start.col, eq);
    const keyword = /^(const|let|var)\s+/.exec(head);
    if (!keyword) return undefined;
    const pattern = head.slice(keyword[0].length).trimEnd();
    const open = pattern[0], close = open === '{' ? '}' : open === '[' ? ']' : undefined;
    if (!close) return undefined;
    // the pattern must end where its first bracket closes: nothing after it (a type) and one declarator only
    let depth = 0, end = -1;
    for (let i = 0; i < pattern.length && end < 0; i++) {
      if ('{[('.includes(pattern[i])) depth++;
      else if ('}])'.includes(pattern[i]) && --depth === 0) end = i;
    }
    if (end !== pattern.length - 1) return undefined;
    const names = [...new Set(this.assignmentsIn(stmt).filter(x => x.kind === 'assign').flatMap(x => x.targets.filter(t => !t.path.length).map(t => t.root)))];
    if (!names.length) return undefined;
    // the statement's last line: `)` goes before its `;` (or at its end), ahead of any trailing comment
    const lines = [...statement];
    const lastLine = lines.length - 1;
    const last = lines[lastLine];
    const closeAt = last[stmt.r.end.col - 1] === ';' ? stmt.r.end.col - 1 : stmt.r.end.col;
    lines[lastLine] = last.slice(0, closeAt) + ')' + last.slice(closeAt);
    lines[0] = lines[0].slice(0, stmt.r.start.col) + `(${pattern} =` + lines[0].slice(eq + 1);
    return { names, text: lines };
  }

  /** The expression body of the arrow function the point's call is in (TS/JS), if it is in one. */
  private arrowBody(point: InferencePoint): Range | undefined {
    if (!this.render.blockScoped) return undefined;
    const scope = point.call.scope;
    const ret = (this.returnsByScope.get(scope) ?? []).find(x => contains(x.r, point.call.r) && !this.statementStarts().has(`${x.r.start.line}:${x.r.start.col}`));
    const stmt = this.statementOf(point.call);
    return ret && (!stmt || stmt.scope !== scope) ? ret.r : undefined;
  }

  private starts?: Set<string>;
  private statementStarts(): Set<string> {
    return this.starts ??= new Set(this.statements.map(st => `${st.r.start.line}:${st.r.start.col}`));
  }

  /**
   * Records at a prediction in an arrow's expression body: the body becomes a block that returns it
   * (`text => {` … `return filter.classify([text]);` … `}`), the record is planned on that text as for any
   * `return`, and the fix is the one edit that turns the file into the result.
   */
  private arrowBodyFix(point: InferencePoint, facets: string[], findingIndex: number, title: string, preferred: boolean, raw = false): Fix | undefined {
    let body = this.arrowBody(point)!;
    // `() => ({ … })`: the parentheses go with the body
    for (;;) {
      const open = this.lines[body.start.line].slice(0, body.start.col).trimEnd();
      const closeLine = this.lines[body.end.line].slice(body.end.col);
      if (!open.endsWith('(') || !closeLine.trimStart().startsWith(')')) break;
      body = { start: { line: body.start.line, col: open.length - 1 }, end: { line: body.end.line, col: body.end.col + closeLine.indexOf(')') + 1 } };
    }
    const key = `${point.call.id}`;
    let c = this.convertedBodies.get(key);
    if (c === undefined) {
      c = this.convertBody(point, body);
      this.convertedBodies.set(key, c);
    }
    if (!c) return undefined;
    const fix = c.planner.recordFix(c.moved, facets, findingIndex, title, preferred, raw);
    if (!fix) return undefined;
    return { ...fix, edits: [lineDiff(this.lines, applyEdits(c.text, fix.edits).split('\n'))] };
  }

  /**
   * The file with one arrow's body made a block, analysed again: once per prediction (every variant of its fix is
   * planned on the same text), and while the re-analysed text stays within a budget, since each costs a parse of the
   * whole file: a generated file with a thousand such arrows gets these fixes on its first ones only, not minutes of work.
   */
  private convertBody(point: InferencePoint, body: Range): { planner: Planner; moved: InferencePoint; text: string } | null {
    // past the budget nothing more is built: not even the converted text (a copy of the whole file)
    if (this.reanalysed > REANALYSIS_BUDGET) return null;
    const indent = this.indentOf(body.start.line), inner = indent + this.style.indentUnit;
    const head = `{\n${inner}return `;
    const expr = this.source(body);
    const converted = applyEdits(this.text ??= this.lines.join('\n'), [{ range: body, newText: `${head}${expr}${this.style.semicolon || ';'}\n${indent}}` }]);
    if ((this.reanalysed += converted.length) > REANALYSIS_BUDGET) return null;
    const lines = converted.split('\n');
    let m: FileModel;
    try { m = buildModel(this.m.language, converted, 3000, this.path); } catch { return null; }
    if (m.errorLines.length || m.notes.length) return null;
    const planner = new Planner(m, lines, new Resolver(m, this.r.t, this.external), this.render, this.path, this.external);
    // the call, moved by the new first line of the body
    const at = point.call.r.start.line === body.start.line
      ? { line: body.start.line + 1, col: inner.length + 'return '.length + point.call.r.start.col - body.start.col }
      : { line: point.call.r.start.line + 1, col: point.call.r.start.col };
    const moved = planner.points.find(p => p.call.r.start.line === at.line && p.call.r.start.col === at.col);
    return moved ? { planner, moved, text: converted } : null;
  }

  private readonly convertedBodies = new Map<string, { planner: Planner; moved: InferencePoint; text: string } | null>();
  private reanalysed = 0;
  private text?: string;

  /** The argument the point's knowledge row names as its input (`inputArgs`: a position or a keyword), if given. */
  private declaredInput(point: InferencePoint): Expr | undefined {
    const positional = point.call.args.filter(a => !a.name && !a.spread);
    for (const key of point.row.inputArgs ?? []) {
      // a keyword, or an entry of a JS options object (`fal.subscribe(id, { input })`)
      const e = typeof key === 'number' ? positional[key]?.value : namedArg(point.call, key);
      if (e) return e;
    }
    return undefined;
  }

  /** An LLM call's input sits in its options object (`{ messages }`, `{ input: prompt }`). */
  private inputFromOptions(e: Expr): Expr | undefined {
    if (e.k !== 'dict') return undefined;
    const names = ['messages', 'prompt', 'input', 'contents', 'inputs', 'text'];
    return e.entries.find(en => en.key !== null && names.includes(en.key))?.value;
  }

  /** `pred = model.predict(x)` → `pred`: the name that holds the prediction after the statement. */
  private outputName(stmt: Statement, call: Call): string | undefined {
    let a: FileModel['assignments'][number] | undefined;
    for (let line = stmt.r.start.line; !a && line <= stmt.r.end.line; line++) {
      a = this.assignmentsByLine.get(line)?.find(x => contains(stmt.r, x.r) && x.kind === 'assign' && contains(x.value.r, call.r));
    }
    if (!a || a.targets.length !== 1) return undefined;
    const t = a.targets[0];
    if (!t.path.includes('[]')) return [t.root, ...t.path].join('.');
    // `df["churn"] = model.predict(x)`: re-reading a literal-keyed item is side-effect free
    return t.path.length === 1 && t.key !== undefined ? this.source(t.r) : undefined;
  }

  /** Whether what the statement assigns or returns is the call's result itself (maybe awaited). */
  private holdsResult(stmt: Statement, call: Call, isReturn: boolean): boolean {
    const callText = this.source(call.r);
    const bare = (t: string) => t.trim().replace(/;$/, '').trim().replace(/^await\s+/, '');
    if (isReturn) return bare(this.source({ start: { line: stmt.r.start.line, col: stmt.r.start.col + 'return'.length }, end: stmt.r.end })) === callText;
    for (let line = stmt.r.start.line; line <= stmt.r.end.line; line++) {
      const a = this.assignmentsByLine.get(line)?.find(x => contains(stmt.r, x.r) && x.kind === 'assign' && contains(x.value.r, call.r));
      if (a) return bare(this.source(a.value.r)) === callText;
    }
    return false;
  }

  /** A record call right after the statement that a per-facet fix adds its field to, instead of a second record. */
  private mergeTarget(stmt: Statement): Call | undefined {
    let next: Statement | undefined;
    for (let i = this.firstStatementFrom(stmt.r.end.line + 1); i < this.statements.length && !next; i++) if (this.statements[i].scope === stmt.scope) next = this.statements[i];
    if (!next || next.r.start.line !== stmt.r.end.line + 1) return undefined;
    const c = this.callsByLine.get(next.r.start.line)?.find(x => contains(next.r, x.r) && x.callee.k === 'attr' && ['info', 'debug', 'warning'].includes(x.callee.attr));
    if (!c) return undefined;
    const s = symbolString(this.r.expr(c.callee, c.scope));
    return s?.startsWith('logger.') ? c : undefined;
  }

  /** The row's template for recording the call's result in this language, unless the call streams (its result is an iterator). */
  private resultTemplate(point: InferencePoint): Record<string, string> | undefined {
    const template = point.row.result?.[this.m.language === 'python' ? 'python' : 'typescript'];
    return template && !this.streams(point.call) ? template : undefined;
  }

  /** `stream=True` / `{ stream: true }`: the call returns an iterator of chunks, not the result. */
  private streams(call: Call): boolean {
    const off = (e: Expr) => e.k === 'lit' && !!e.falsy;
    return call.args.some(a => (a.name === 'stream' && !off(a.value)) || (a.value.k === 'dict' && a.value.entries.some(en => en.key === 'stream' && !off(en.value))));
  }

  /** A result template's text for this file: `$` is the result, `{np}` numpy under the name the file imports it by. */
  private fillTemplate(template: string, result: string, roles: Set<ImportRole>): string {
    let text = template.replace(/\$/g, () => result);
    if (text.includes('{np}')) {
      const numpy = this.m.imports.find(i => i.path === 'numpy')?.local;
      if (!numpy) roles.add('numpy');
      text = text.replace(/\{np\}/g, numpy ?? 'np');
    }
    return text;
  }

  /** What names the model where the prediction happens: a module-level or self attribute the load used. */
  private identityValue(point: InferencePoint): string | undefined {
    // a hosted model is named at the call: its `model=` (a literal, or a name the call already reads)
    if (point.row.kind === 'llm') {
      const model = llmModelArg(this.r, point.call, point.row.modelArg);
      if (model && (model.k === 'str' || model.k === 'name' || model.k === 'attr') && this.isPure(model) && !this.usesUndefined(model, point.call.scope)) return this.source(model.r);
    }
    for (const origin of point.origins) {
      const load = this.loads.find(l => l.call.id === origin);
      for (const e of load?.identity ?? []) {
        const key = accessKey(e);
        if (!key) continue;
        const root = key.split('.')[0];
        if (this.r.bindings.get(0)?.has(root) && !this.r.imports.has(root)) return key;
      }
      // the file the model was loaded from, spelt at the load (`joblib.load("models/churn-v3.joblib")`)
      const ref = load?.modelArg;
      if (ref?.k === 'str' && !ref.parts && ref.r.start.line === ref.r.end.line) return this.source(ref.r);
    }
    return undefined;
  }

  /**
   * Adds the request id to the objects the function returns (`return {…}`, `return jsonify({…})`,
   * `return Response.json({…})`) or sends (`res.json({…})`), so the caller can join outcomes to it.
   */
  private responseIdEdits(scope: number, requestId: string, declaredAt: Range, prediction: Range): TextEdit[] {
    const key = this.render.key('request_id');
    const edits: TextEdit[] = [];
    for (const d of this.responseTargets(scope)) {
      // (a response written before the prediction, an early 400, carries no prediction's id)
      if (d.k !== 'dict' || d.entries.some(e => e.key === key) || !this.inReach(d.r, declaredAt) || before(d.r.end, prediction.start)) continue;
      edits.push(insertBeforeClosing(d.r.end, this.lines, this.render.dictEntry(key, requestId, this.style)));
    }
    return edits;
  }

  /**
   * Whether a name declared just before `declaredAt` can be used at `r`: not before it, and (block-scoped
   * languages) inside the block that holds it, so not in the `catch` or after the end of a `try` it is inside.
   */
  private inReach(r: Range, declaredAt: Range): boolean {
    if (before(r.start, declaredAt.start)) return false;
    const block = this.render.blockScoped ? this.blockOf(declaredAt) : undefined;
    return !block || contains(block, r);
  }

  /** The innermost block around a range (undefined: the file's top level). */
  private blockOf(r: Range): Range | undefined {
    let best: Range | undefined;
    for (const b of this.m.blocks) if (contains(b, r) && (!best || contains(best, b))) best = b;
    return best;
  }

  /**
   * Where a prediction's new id is declared: just before its statement, or (block-scoped languages) before the
   * `try` around it when the responses it must reach come after that `try` (`let out; try { out = await run(…) } …
   * return { label }`).
   */
  private idAnchor(scope: number, stmt: Statement): Range {
    if (!this.render.blockScoped) return stmt.r;
    const later = this.responseTargets(scope).filter(t => !before(t.r.start, stmt.r.start));
    const reachesAll = (at: Range) => later.every(t => this.inReach(t.r, at));
    if (reachesAll(stmt.r)) return stmt.r;
    const tries = this.m.regions.filter(g => g.kind === 'try' && g.scope === scope && contains(g.body, stmt.r) && g.r.start.line < stmt.r.start.line
      && !this.lines[g.r.start.line].slice(0, g.r.start.col).trim());
    tries.sort((a, b) => (contains(a.r, b.r) ? 1 : -1));
    return tries.find(g => reachesAll(g.r))?.r ?? stmt.r;
  }

  /** The objects a function returns or sends (`return {…}`, `return jsonify({…})`, `res.json({…})`). */
  private responseTargets(scope: number): Expr[] {
    let targets = this.responseTargetsByScope.get(scope);
    if (!targets) this.responseTargetsByScope.set(scope, (targets = this.findResponseTargets(scope)));
    return targets;
  }
  private readonly responseTargetsByScope = new Map<number, Expr[]>();

  private findResponseTargets(scope: number): Expr[] {
    const targets: Expr[] = [];
    // a dict returned, or the dict given to a response writer (`jsonify({…})`, `Response.json({…})`, `res.json({…})`):
    // not the options of any call (`return collection.query({ queryTexts })` is the model's input)
    const writers = new Set(this.r.t.responseWriters);
    const isWriter = (c: Call) => (c.callee.k === 'name' && writers.has(c.callee.name))
      || (c.callee.k === 'attr' && (writers.has(c.callee.attr) || (c.callee.obj.k === 'name' && writers.has(c.callee.obj.name))));
    const fromValue = (v: Expr | null) => {
      if (v?.k === 'dict') targets.push(v);
      else if (v?.k === 'call' && isWriter(this.m.calls[v.call])) { const d = this.m.calls[v.call].args.find(a => !a.name && a.value.k === 'dict'); if (d) targets.push(d.value); }
    };
    const returns = this.returnsByScope.get(scope) ?? [];
    for (const ret of returns) fromValue(ret.value);
    for (const c of this.callsByScope.get(scope) ?? []) {
      if (c.callee.k !== 'attr' || !['json', 'send'].includes(c.callee.attr)) continue;
      if (returns.some(r => r.value && contains(r.value.r, c.r))) continue;
      fromValue({ k: 'call', call: c.id, r: c.r });
    }
    return targets;
  }

  /** `usedAt`: the first line of the code that uses the imports (Python puts them above it). */
  private importEdits(roles: Set<ImportRole>, needLogger: boolean, usedAt: number): TextEdit[] {
    const R = this.render;
    const wanted = [...roles, ...(needLogger ? ['logger' as const] : [])].filter(role => !this.hasImport(role));
    const statements = [...new Set(wanted.map(role => R.importFor(role, this.style)).filter((x): x is string => !!x))].sort();
    if (needLogger) statements.push('', R.loggerDeclaration(this.style));
    if (!statements.length) return [];
    const line = R.importLine(this.m, this.lines, usedAt);
    return [{ range: { start: { line, col: 0 }, end: { line, col: 0 } }, newText: statements.join('\n') + '\n' }];
  }

  private recordFailureFix(at: Range, findingIndex: number): Fix[] {
    const region = this.m.regions.find(r => r.handlers.some(h => h.r.start.line === at.start.line && h.r.start.col === at.start.col));
    const handler = region?.handlers.find(h => h.r.start.line === at.start.line);
    if (!handler) return [];
    // before the handler's first statement (a TS catch block's range starts at its `{`)
    const inBody: Statement[] = [];
    for (let i = this.firstStatementFrom(handler.body.start.line); i < this.statements.length && this.statements[i].r.start.line <= handler.body.end.line; i++) {
      if (contains(handler.body, this.statements[i].r)) inBody.push(this.statements[i]);
    }
    const first = inBody.find(st => before(handler.body.start, st.r.start) && st.r.start.line > handler.r.start.line) ?? inBody[0];
    if (!first) return [];
    const bodyLine = first.r.start.line;
    const indent = this.indentOf(bodyLine);
    const logger = this.style.logger ?? this.render.defaultLogger;
    const edits = [{ range: { start: { line: bodyLine, col: 0 }, end: { line: bodyLine, col: 0 } }, newText: `${indent}${this.render.failure(logger, 'prediction failed; returning a fallback', this.style, handler.catchName)}\n` },
      ...this.importEdits(new Set(), !this.style.logger && this.render.defaultLoggerNeedsDeclaration, bodyLine)];
    return [{ title: 'Record the failure before falling back', findingIndex, code: 'MLO002', facet: 'errors', kind: 'instrumentation', isPreferred: true, edits: sortEdits(edits) }];
  }

  /** A hosted model alias spelt at the call (`model="gpt-4o-mini"`): one fix per dated snapshot the tables know. */
  private snapshotFixes(load: ModelLoad, findingIndex: number): Fix[] {
    const model = load.identity[0];
    if (model?.k !== 'str' || model.parts || model.r.start.line !== model.r.end.line) return [];
    const snapshots = Object.hasOwn(this.r.t.modelSnapshots, model.value) ? this.r.t.modelSnapshots[model.value] : [];
    const line = this.lines[model.r.start.line];
    // the text between the quotes (a literal with a prefix, `r"…"`, is left alone)
    const open = line[model.r.start.col], close = line[model.r.end.col - 1];
    if (!snapshots.length || !`'"\``.includes(open) || close !== open) return [];
    const range = { start: { line: model.r.start.line, col: model.r.start.col + 1 }, end: { line: model.r.end.line, col: model.r.end.col - 1 } };
    return snapshots.slice(0, 3).map((snapshot, i) => ({
      title: `Pin the dated snapshot ${snapshot}`, findingIndex, code: 'MLO003', facet: 'model-version', kind: 'pin' as const, isPreferred: i === 0,
      edits: [{ range, newText: snapshot }],
    }));
  }

  private pinFix(load: ModelLoad | undefined, findingIndex: number): Fix[] {
    if (load?.kind === 'llm') return this.snapshotFixes(load, findingIndex);
    if (!load || load.kind !== 'load' || !load.modelArg || namedArg(load.call, 'revision')) return [];
    if (this.r.producerOf(load.call)?.load?.pin !== 'hf') return [];
    const { text, intoOptions } = this.render.revisionArg(load.call, this.style);
    const options = load.call.args.find(a => !a.name && a.value.k === 'dict')?.value;
    const edit = intoOptions && options ? insertBeforeClosing(options.r.end, this.lines, text) : insertBeforeClosing(load.call.r.end, this.lines, text);
    return [{ title: 'Pin a commit revision (fill in the commit sha)', findingIndex, code: 'MLO003', facet: 'model-version', kind: 'pin', isPreferred: true, edits: [{ ...edit, placeholders: ['PIN-COMMIT-SHA'] }] }];
  }

  /**
   * MLO005: the id the function already records goes back with its responses (`return {…, "request_id": rid}`,
   * `res.json({…, requestId})`), so the caller can join an outcome to it.
   */
  private returnIdFix(point: InferencePoint | undefined, findingIndex: number): Fix[] {
    const stmt = point && this.statementOf(point.call);
    if (!point || !stmt) return [];
    const id = this.recordedId(point.call.scope);
    if (!id) return [];
    const edits = this.responseIdEdits(point.call.scope, id.name, id.at, stmt.r);
    if (!edits.length) return [];
    return [{ title: 'Return the prediction id with the response', findingIndex, code: 'MLO005', facet: 'prediction-id', kind: 'instrumentation', isPreferred: true, edits }];
  }

  /**
   * A handler's request, whose headers may carry the caller's id: Flask's `request`, a parameter typed as a framework
   * request (`request: Request` of FastAPI/Starlette, Django's `HttpRequest`, the Fetch API's `Request`/`NextRequest`),
   * or Express's `req` beside a `res`.
   */
  private requestSource(scope: number): RequestSource | undefined {
    const fn = this.m.scopes[scope];
    if (!fn) return undefined;
    if (this.m.language === 'python') {
      // (only in a route handler: outside a request Flask's proxy raises)
      const flask = [...this.r.imports].find(([, path]) => this.r.t.requestImports.includes(path))?.[0];
      const route = fn.decorators.some(d => { const c = d.k === 'call' ? this.m.calls[d.call].callee : d; return c.k === 'attr' && /^(route|get|post|put|patch|delete)$/.test(c.attr); });
      if (flask && route && !fn.params.some(p => p.name === flask)) return { name: flask, kind: 'headers' };
    }
    for (const p of fn.params) {
      const type = p.annotation ? symbolString(this.r.expr(p.annotation, scope)) ?? (p.annotation.k === 'name' ? p.annotation.name : '') : '';
      if (/(^|\.)(Request|HttpRequest|NextRequest)$/.test(type) && (this.m.language !== 'python' || /^(fastapi|starlette|django)\./.test(type))) return { name: p.name, kind: 'headers' };
    }
    if (this.m.language !== 'python' && fn.params.some(p => p.name === 'req') && fn.params.some(p => p.name === 'res')) return { name: 'req', kind: 'express' };
    return undefined;
  }

  /** The variable a function keeps its prediction id in: named as one (`request_id`, `rid = str(uuid4())`) or made by an id source. */
  private recordedId(scope: number, beforePos?: Pos): { name: string; at: Range } | undefined {
    return this.idAssignments(scope).find(x => !beforePos || before(x.at.end, beforePos));
  }

  /** The assignments of a function that hold an id (by their name, or by an id source they call), in order: found once per scope. */
  private idAssignments(scope: number): { name: string; at: Range }[] {
    const known = this.idAssignmentsByScope.get(scope);
    if (known) return known;
    const idNames = new Set((this.r.t.fieldNames['prediction-id'] ?? []).map(n => n.toLowerCase().replace(/[^a-z0-9]/g, '')));
    const found: { name: string; at: Range }[] = [];
    for (const a of this.assignmentsOfScope(scope)) {
      if (a.kind !== 'assign' || a.targets.length !== 1 || a.targets[0].path.length) continue;
      const name = a.targets[0].root;
      const byName = idNames.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
      const bySource = (e: Expr): boolean => {
        if (e.k !== 'call') return false;
        const s = symbolString(this.r.expr(this.m.calls[e.call].callee, scope));
        return (!!s && matchingRows(this.r.t.idSources, s).length > 0) || this.m.calls[e.call].args.some(x => bySource(x.value));
      };
      if (byName || bySource(a.value)) found.push({ name, at: a.r });
    }
    this.idAssignmentsByScope.set(scope, found);
    return found;
  }
  private readonly idAssignmentsByScope = new Map<number, { name: string; at: Range }[]>();

  private assignmentsOfScope(scope: number): FileModel['assignments'] {
    if (!this.assignmentsByScope) {
      this.assignmentsByScope = new Map();
      for (const a of this.m.assignments) {
        const list = this.assignmentsByScope.get(a.scope);
        if (list) list.push(a); else this.assignmentsByScope.set(a.scope, [a]);
      }
    }
    return this.assignmentsByScope.get(scope) ?? [];
  }
  private assignmentsByScope?: Map<number, FileModel['assignments']>;

  private identityFix(load: ModelLoad | undefined, findingIndex: number): Fix[] {
    if (!load) return [];
    const stmt = this.statementOf(load.call);
    // a known loader's reference is its model argument; without one (`toxicity.load(0.9)` fetches its default
    // weights) the arguments are options, not the model's identity. A guessed load has only its arguments.
    let e: Expr | undefined = load.modelArg ?? (load.heuristic ? load.identity[0] : undefined);
    while (e?.k === 'call') e = this.m.calls[e.call].args[0]?.value;
    if (!stmt || !e || !this.isPure(e)) return [];
    const indent = this.indentOf(stmt.r.start.line);
    const logger = this.style.logger ?? this.render.defaultLogger;
    const line = stmt.r.end.line;
    const record = this.render.record(logger, 'model loaded', [{ key: this.render.key('model_uri'), value: this.source(e.r) }], this.style, indent.length);
    const edits = [{ range: { start: { line, col: this.lines[line].length }, end: { line, col: this.lines[line].length } }, newText: `\n${record.replace(/^/gm, indent)}` },
      ...this.importEdits(new Set(), !this.style.logger && this.render.defaultLoggerNeedsDeclaration, stmt.r.start.line)];
    return [{ title: 'Record which model was loaded', findingIndex, code: 'MLO004', facet: 'model-version', kind: 'instrumentation', isPreferred: true, edits: sortEdits(edits) }];
  }
}

/** "Disable for this line" and "disable in this file", merged into an existing mlobs comment when there is one. */
/** The suppression comments of a file, found once: by line, and the file-wide one. */
function suppressionComments(m: FileModel): { byLine: Map<number, FileModel['comments'][number]>; file?: FileModel['comments'][number] } {
  const byLine = new Map<number, FileModel['comments'][number]>();
  let file: FileModel['comments'][number] | undefined;
  for (const c of m.comments) {
    if (!byLine.has(c.line) && /mlobs:\s*ignore\[/.test(c.text)) byLine.set(c.line, c);
    if (!file && /mlobs:\s*ignore-file\[/.test(c.text)) file = c;
  }
  return { byLine, file };
}

function suppressionFixes(prefix: string, lines: string[], comments: ReturnType<typeof suppressionComments>, code: string, line: number, findingIndex: number): Fix[] {
  const fixes: Fix[] = [];
  const existing = comments.byLine.get(line);
  const text = lines[line] ?? '';
  if (existing) {
    const col = text.lastIndexOf(']');
    fixes.push({ title: `Disable ${code} for this line`, findingIndex, code, kind: 'suppression', isPreferred: false, edits: [{ range: { start: { line, col }, end: { line, col } }, newText: `, ${code}` }] });
  } else if (!text.trimEnd().endsWith('\\')) {
    const col = text.trimEnd().length;
    fixes.push({ title: `Disable ${code} for this line`, findingIndex, code, kind: 'suppression', isPreferred: false, edits: [{ range: { start: { line, col }, end: { line, col: text.length } }, newText: `  ${prefix} mlobs: ignore[${code}]` }] });
  }
  const fileComment = comments.file;
  if (fileComment) {
    const t = lines[fileComment.line];
    const col = t.lastIndexOf(']');
    fixes.push({ title: `Disable ${code} in this file`, findingIndex, code, kind: 'suppression', isPreferred: false, edits: [{ range: { start: { line: fileComment.line, col }, end: { line: fileComment.line, col } }, newText: `, ${code}` }] });
  } else {
    // after a shebang or an encoding line, which must stay first
    let at = 0;
    while (at < 2 && /^(#!|#.*coding[:=])/.test(lines[at] ?? '')) at++;
    fixes.push({ title: `Disable ${code} in this file`, findingIndex, code, kind: 'suppression', isPreferred: false, edits: [{ range: { start: { line: at, col: 0 }, end: { line: at, col: 0 } }, newText: `${prefix} mlobs: ignore-file[${code}]\n` }] });
  }
  return fixes;
}

/** The one edit that turns `from` into `to`: the lines between their common head and tail, replaced. */
function lineDiff(from: string[], to: string[]): TextEdit {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  const endLine = from.length - tail;
  // whole lines [head, endLine) of `from` become lines [head, to.length - tail) of `to`
  const replaced = to.slice(head, to.length - tail);
  if (endLine > head) {
    return { range: { start: { line: head, col: 0 }, end: { line: endLine - 1, col: from[endLine - 1].length } }, newText: replaced.join('\n') };
  }
  return { range: { start: { line: head, col: 0 }, end: { line: head, col: 0 } }, newText: replaced.map(l => l + '\n').join('') };
}

function shift(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, col: r.start.col }, end: { line: r.end.line + lines, col: r.end.col } };
}

function sortEdits(edits: TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => (before(a.range.start, b.range.start) ? (a.range.start.line === b.range.start.line && a.range.start.col === b.range.start.col ? 0 : -1) : 1));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** Applies non-overlapping edits to text (used by tests and the CLI; the editor applies WorkspaceEdits). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  // inserted line breaks follow the file's (the editor does the same with a WorkspaceEdit)
  if (text.includes('\r\n')) edits = edits.map(e => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r\n') }));
  const offset = (p: { line: number; col: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.col;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
