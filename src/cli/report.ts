/**
 * The CLI's three outputs. JSON follows the contract in design.md (1-based lines and columns) and only
 * ever gains fields; SARIF is 2.1.0; text is for people.
 */
import * as path from 'node:path';
import { unrecognisedFiles, type FileResult } from '../engine/analyze';
import { FACETS, INFERENCE_FACET_IDS } from '../engine/catalog';
import { RULES } from '../engine/rules';
import type { Range } from '../engine/model';
import { notebookPosition } from '../engine/notebook';
import type { ServiceResult } from '../engine/services';

export const TOOL_NAME = 'mlobs';
export const TOOL_VERSION: string = (() => { try { return require('../package.json').version as string; } catch { return '0.0.0'; } })();
const DOCS = 'https://github.com/mlobs/mlobs/blob/main/docs/rules';

export type Coverage = Record<string, { covered: number; total: number; waived: number }>;

export function coverageOf(results: FileResult[], facets = INFERENCE_FACET_IDS): Coverage {
  const cov: Coverage = {};
  for (const f of facets) cov[f] = { covered: 0, total: 0, waived: 0 };
  for (const r of results) for (const p of r.inferencePoints) for (const f of facets) {
    const v = p.facets[f];
    if (!v) continue;
    cov[f].total++;
    if (v.covered) cov[f].covered++;
    else if (v.waived) cov[f].waived++;
  }
  return cov;
}

/** A 0-based line of the analysed text as reports show it: 1-based, and in a notebook the line within its cell, with the cell. */
function lineOf(file: FileResult, line: number): { line: number; cell?: number } {
  if (!file.notebook) return { line: line + 1 };
  const at = notebookPosition(file.notebook, line);
  return { line: at.line + 1, cell: at.cell };
}

function posIn(file: FileResult) {
  return (r: Range) => {
    const start = lineOf(file, r.start.line), end = lineOf(file, r.end.line);
    return { line: start.line, column: r.start.col + 1, endLine: end.line, endColumn: r.end.col + 1, ...(start.cell ? { cell: start.cell } : {}) };
  };
}

/** Evidence in the report: 1-based, with its cell in a notebook, and where another project file records it (`recordedIn`). */
function evIn(file: FileResult, display: (p: string) => string) {
  return (e?: { line: number; text: string; recordedIn?: { file: string; line: number; text: string } }) => {
    if (!e) return undefined;
    const at = lineOf(file, e.line);
    return {
      line: at.line, ...(at.cell ? { cell: at.cell } : {}), text: e.text,
      ...(e.recordedIn ? { recordedIn: { path: display(e.recordedIn.file), line: e.recordedIn.line + 1, text: e.recordedIn.text } } : {}),
    };
  };
}

/** A service in the JSON report: 1-based lines, paths as the files' are shown. */
function serviceJson(s: ServiceResult, display: (p: string) => string) {
  return {
    name: s.name, root: s.root === '' ? '.' : s.root,
    entryPoints: s.entryPoints.map(e => ({ path: display(e.path), line: e.line + 1, kind: e.kind })),
    facets: Object.fromEntries(Object.entries(s.facets).map(([id, v]) => [id, {
      covered: v.covered, required: v.required,
      ...(v.evidence ? { evidence: { path: display(v.evidence.path), line: v.evidence.line + 1, text: v.evidence.text } } : {}),
      ...(v.waived ? { waived: v.waived } : {}), ...(v.note ? { note: v.note } : {}),
    }])),
    missing: s.missing,
    ...(s.partial ? { partial: true } : {}),
  };
}

export function toJson(results: FileResult[], display: (p: string) => string, services: readonly ServiceResult[] = [], displayService = display): unknown {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    files: results.map(r => { const pos = posIn(r), ev = evIn(r, display); return {
      path: display(r.path),
      language: r.language,
      inferencePoints: r.inferencePoints.map(p => ({
        ...pos(p.range), callee: p.callee, text: p.text, heuristic: p.heuristic,
        facets: Object.fromEntries(Object.entries(p.facets).map(([id, v]) => [id, { covered: v.covered, ...(v.evidence ? { evidence: ev(v.evidence) } : {}), ...(v.note ? { note: v.note } : {}), ...(v.waived ? { waived: v.waived } : {}) }])),
      })),
      modelLoads: r.modelLoads.map(l => ({ ...pos(l.range), callee: l.callee, kind: l.kind, pin: l.pin, pinned: l.pinned, pinReason: l.pinReason, recorded: l.recorded, ...(l.recordedAt ? { recordedAt: ev(l.recordedAt) } : {}), heuristic: l.heuristic })),
      findings: r.findings.map(f => ({ code: f.code, name: f.name, ...(f.facet ? { facet: f.facet } : {}), ...(f.facets ? { facets: f.facets } : {}), severity: f.severity, ...pos(f.range), message: f.message })),
      errors: r.errors.map(e => ({ message: e.message, ...(e.line !== undefined ? lineOf(r, e.line) : {}) })),
      ...(r.skipped ? { skipped: true } : {}),
      ...(r.mlLibraries ? { mlLibraries: r.mlLibraries } : {}),
      ...(r.notebook ? { notebook: true } : {}),
    }; }),
    coverage: coverageOf(results),
    // files that import an ML or LLM library where no inference point or load was recognised: not counted in `coverage`
    unrecognised: unrecognisedFiles(results).map(u => ({ path: display(u.path), libraries: u.libraries })),
    // per service (its files together): the catalog's service facets, with the evidence that covers each
    services: services.map(s => serviceJson(s, displayService)),
  };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(results: FileResult[], display: (p: string) => string, services: readonly ServiceResult[] = [], displayService = display): unknown {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME, version: TOOL_VERSION, informationUri: 'https://github.com/mlobs/mlobs',
          rules: RULES.map(r => ({
            id: r.meta.code, name: r.meta.name,
            shortDescription: { text: r.meta.summary },
            fullDescription: { text: r.docs.whatItDoes },
            help: { text: r.docs.whyItMatters, markdown: `${r.docs.whyItMatters}\n\n**Use instead**\n\n${r.docs.useInstead}` },
            helpUri: `${DOCS}/${r.meta.code}.md`,
            defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
            properties: { tags: ['observability', 'ml'], ...(r.meta.facet ? { facet: r.meta.facet } : {}) },
          })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: 'file://' + encodeURI(process.cwd().split(path.sep).join('/')) + '/' } },
      artifacts: results.map(r => ({ location: { uri: toUri(display(r.path)), uriBaseId: 'SRCROOT' } })),
      results: results.flatMap((r, fileIndex) => r.findings.map(f => ({
        ruleId: f.code, ruleIndex: ruleIndex.get(f.code), level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: toUri(display(r.path)), uriBaseId: 'SRCROOT', index: fileIndex },
          region: sarifRegion(r, f.range),
        } }],
        ...(f.code === 'MLO006' ? serviceRelated(r, f, services, display, displayService) : relatedOf(r, f, fileIndex, display)),
        ...(f.facets || f.facet || r.notebook ? { properties: { ...(f.facets || f.facet ? { facets: f.facets ?? [f.facet] } : {}), ...(r.notebook ? notebookProperties(r, f.range) : {}) } } : {}),
      }))),
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: results.flatMap(r => r.errors.map(e => ({
        level: 'note', message: { text: e.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(display(r.path)), uriBaseId: 'SRCROOT' }, ...(e.line !== undefined ? { region: { startLine: e.line + 1 } } : {}) } }],
      }))) }],
    }],
  };
}

/**
 * A finding's related locations: where the facets its inference point does record are recorded (the evidence
 * line, and the other project file a recorder records in), as the editor's related information shows them.
 */
function relatedOf(file: FileResult, f: FileResult['findings'][number], fileIndex: number, display: (p: string) => string) {
  const point = f.pointIndex !== undefined ? file.inferencePoints[f.pointIndex] : undefined;
  if (!point) return {};
  const here = (line: number) => ({ startLine: (file.notebook ? notebookPosition(file.notebook, line).fileLine : line) + 1 });
  const related: unknown[] = [];
  for (const [facet, v] of Object.entries(point.facets)) {
    if (!v.covered || !v.evidence) continue;
    // (covered for the request, not the model call: a middleware's request id, the request's failure status)
    const level = v.note?.startsWith('at request level') ? ' (at request level)' : '';
    related.push({ id: related.length, message: { text: `✓ ${facet}${level}: ${v.evidence.text}` },
      physicalLocation: { artifactLocation: { uri: toUri(display(file.path)), uriBaseId: 'SRCROOT', index: fileIndex }, region: here(v.evidence.line) } });
    const other = v.evidence.recordedIn;
    if (other) related.push({ id: related.length, message: { text: `✓ ${facet}${level}, recorded here: ${other.text}` },
      physicalLocation: { artifactLocation: { uri: toUri(display(other.file)), uriBaseId: 'SRCROOT' }, region: { startLine: other.line + 1 } } });
  }
  return related.length ? { relatedLocations: related } : {};
}

/** MLO006's related locations: the evidence of the service facets its service does record (often in other files). */
function serviceRelated(file: FileResult, f: FileResult['findings'][number], services: readonly ServiceResult[], display: (p: string) => string, displayService: (p: string) => string) {
  const s = services.find(x => x.entryPoints[0] && displayService(x.entryPoints[0].path) === display(file.path) && x.entryPoints[0].line === f.range.start.line);
  const related = Object.entries(s?.facets ?? {}).filter(([, v]) => v.covered && v.evidence).map(([facet, v], id) => ({
    id, message: { text: `✓ ${facet}: ${v.evidence!.text}` },
    physicalLocation: { artifactLocation: { uri: toUri(displayService(v.evidence!.path)), uriBaseId: 'SRCROOT' }, region: { startLine: v.evidence!.line + 1 } },
  }));
  return related.length ? { relatedLocations: related } : {};
}

/**
 * Where a finding is in the file. A notebook's code is inside JSON strings: the region is the line of the `.ipynb` file
 * that holds the code line (columns there would not match), and the cell and its line go in the result's properties.
 */
function sarifRegion(file: FileResult, r: Range) {
  if (!file.notebook) return { startLine: r.start.line + 1, startColumn: r.start.col + 1, endLine: r.end.line + 1, endColumn: r.end.col + 1 };
  return { startLine: notebookPosition(file.notebook, r.start.line).fileLine + 1 };
}

function notebookProperties(file: FileResult, r: Range) {
  const at = notebookPosition(file.notebook!, r.start.line);
  return { cell: at.cell, cellLine: at.line + 1, cellColumn: r.start.col + 1 };
}

function toUri(p: string): string {
  return p.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

export function toText(results: FileResult[], display: (p: string) => string, color: boolean, services: readonly ServiceResult[] = [], displayService = display): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev: Record<string, string> = { error: c('31', 'error  '), warning: c('33', 'warning'), info: c('36', 'info   '), hint: c('2', 'hint   ') };
  const out: string[] = [];
  for (const r of results) {
    if (!r.findings.length && !r.errors.length) continue;
    out.push(c('1;4', display(r.path)));
    // in a notebook, `cell 3  12:5`: the line within the cell, as Jupyter and VS Code number them
    const cellOf = (line: number) => { const at = lineOf(r, line); return at.cell ? `cell ${at.cell}  `.padStart(10) : ''; };
    for (const f of r.findings) out.push(`  ${cellOf(f.range.start.line)}${String(lineOf(r, f.range.start.line).line).padStart(4)}:${String(f.range.start.col + 1).padEnd(3)} ${sev[f.severity]} ${c('2', f.code)}  ${f.message}`);
    for (const e of r.errors) out.push(`  ${e.line !== undefined ? cellOf(e.line) + String(lineOf(r, e.line).line).padStart(4) + ':   ' : '         '}${c('35', 'note   ')}         ${e.message}`);
    out.push('');
  }
  const points = results.reduce((n, r) => n + r.inferencePoints.length, 0);
  const files = results.filter(r => r.inferencePoints.length).length;
  const cov = coverageOf(results);
  out.push(c('1', `Facet coverage: ${points} inference point${points === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`));
  if (points) {
    for (const f of FACETS.filter(x => x.scope === 'inference')) {
      const v = cov[f.id];
      const pct = v.total ? Math.round((100 * v.covered) / v.total) : 0;
      const bar = '█'.repeat(Math.round(pct / 10)) + '░'.repeat(10 - Math.round(pct / 10));
      out.push(`  ${f.id.padEnd(18)} ${String(v.covered).padStart(4)}/${String(v.total).padEnd(4)} ${String(pct).padStart(3)}%  ${bar}${v.waived ? `  (${v.waived} waived)` : ''}`);
    }
  }
  if (services.length) {
    out.push('');
    out.push(c('1', `Services: ${services.length}`));
    for (const s of services) {
      const at = s.entryPoints[0];
      out.push(`  ${s.name}  ${c('2', `${displayService(at.path)}:${at.line + 1} (${at.kind})${s.partial ? ' — only part of the service was scanned: not checked' : ''}`)}`);
      for (const [id, v] of Object.entries(s.facets)) {
        const mark = v.covered ? c('32', '✓') : v.waived ? c('2', '–') : v.required ? c('33', '✗') : c('2', '·');
        const why = v.covered && v.evidence ? `${displayService(v.evidence.path)}:${v.evidence.line + 1}  ${v.evidence.text}` : v.waived ? `waived: ${v.waived}` : v.note ?? (v.required ? 'missing' : 'not required');
        out.push(`    ${mark} ${id.padEnd(20)} ${c('2', why)}`);
      }
    }
  }
  const unrecognised = unrecognisedFiles(results);
  if (unrecognised.length) {
    // the coverage above says nothing of these: the engine may be missing their predictions
    out.push('');
    out.push(c('1', `Unrecognised: ${unrecognised.length} file${unrecognised.length === 1 ? '' : 's'} import${unrecognised.length === 1 ? 's' : ''} an ML or LLM library, but no inference point or model load was recognised (not counted above)`));
    for (const u of unrecognised.slice(0, UNRECOGNISED_SHOWN)) out.push(`  ${display(u.path)}  ${c('2', u.libraries.join(', '))}`);
    if (unrecognised.length > UNRECOGNISED_SHOWN) out.push(`  … and ${unrecognised.length - UNRECOGNISED_SHOWN} more (all in --format json, \`unrecognised\`)`);
    out.push(c('2', '  If one of them serves predictions, teach the engine its library in mlobs.json (knowledge) or mark the call with `# mlobs: inference`.'));
  }
  const all = results.flatMap(r => r.findings);
  const bySev = ['error', 'warning', 'info', 'hint'].map(s => [s, all.filter(f => f.severity === s).length] as const).filter(([, n]) => n);
  const loads = results.flatMap(r => r.modelLoads);
  out.push('');
  out.push(`${all.length} finding${all.length === 1 ? '' : 's'}${bySev.length ? ` (${bySev.map(([s, n]) => `${n} ${s}`).join(', ')})` : ''} in ${results.length} file${results.length === 1 ? '' : 's'} scanned; ${loads.length} model load${loads.length === 1 ? '' : 's'}${pinSummary(loads)}.`);
  return out.join('\n') + '\n';
}

const UNRECOGNISED_SHOWN = 10;

/** ` (2 immutable, 3 local, 1 mutable)`: how many loads are in each pin state. */
function pinSummary(loads: { pin: string }[]): string {
  const counts = ['immutable', 'local', 'mutable', 'unknown'].map(p => [p, loads.filter(l => l.pin === p).length] as const).filter(([, n]) => n);
  return counts.length ? ` (${counts.map(([p, n]) => `${n} ${p}`).join(', ')})` : '';
}
