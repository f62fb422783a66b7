/**
 * Engine results → Language Server Protocol values: diagnostics, code actions, hovers. Pure (no connection,
 * no I/O), unit-tested on Node. The server decides nothing here: the engine has computed every finding and
 * every edit; this module only changes their shape. Columns are UTF-16 code units on both sides (the engine
 * indexes JavaScript strings), which is LSP's default position encoding.
 */
import {
  CodeAction, CodeActionKind, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Hover, MarkupKind, Position, Range, SnippetTextEdit, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Fix, PointResult } from '../engine';
import { hoverMarkdown } from '../extension/present';

type Range0 = FileResult['findings'][number]['range'];

export const SOURCE = 'mlobs';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mlobs`;
export const MARK_INFERENCE_KIND = `${CodeActionKind.RefactorRewrite}.mlobs.markInference`;

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export const toRange = (r: Range0): Range => Range.create(r.start.line, r.start.col, r.end.line, r.end.col);

/** What a diagnostic carries back in a code action request: which finding of which analysed version it shows. */
export interface DiagnosticData { version: number; finding: number }

export interface DiagnosticContext {
  uri: string;
  version: number;
  /** The analysed text's lines, so related information spans the evidence line's text, not the whole line. */
  lines: readonly string[];
  required: readonly string[];
  /** Link to a rule's docs page, if there is one to link to. */
  ruleDocs?: (code: string) => string | undefined;
  label: (facet: string) => string;
}

export function toDiagnostics(result: FileResult, c: DiagnosticContext): Diagnostic[] {
  const lineRange = (line: number): Range => {
    const text = c.lines[line] ?? '';
    return Range.create(line, text.length - text.trimStart().length, line, text.trimEnd().length);
  };
  return result.findings.map((f, i) => {
    const d = Diagnostic.create(toRange(f.range), f.message, SEVERITY[f.severity] ?? DiagnosticSeverity.Warning, f.code, SOURCE);
    const href = c.ruleDocs?.(f.code);
    if (href) d.codeDescription = { href };
    d.data = { version: c.version, finding: i } satisfies DiagnosticData;
    const point = f.pointIndex !== undefined ? result.inferencePoints[f.pointIndex] : undefined;
    if (point) {
      // MLO001 lists the required facets that are missing; related entries point at those recorded, and where
      const facets = f.facets ? c.required : f.facet ? [f.facet] : [];
      // a facet a project module's recorder records: also where, in that file
      const related = facets.flatMap(id => {
        const v = point.facets[id];
        if (!v?.covered || !v.evidence) return [];
        const here = DiagnosticRelatedInformation.create({ uri: c.uri, range: lineRange(v.evidence.line) }, `✓ ${c.label(id)}: ${v.evidence.text}`);
        const other = v.evidence.recordedIn;
        return other ? [here, DiagnosticRelatedInformation.create({ uri: pathToFileURL(other.file).toString(), range: Range.create(other.line, 0, other.line, 0) },
          `✓ ${c.label(id)}, recorded in ${path.basename(other.file)}: ${other.text}`)] : [here];
      });
      if (related.length) d.relatedInformation = related;
    }
    return d;
  });
}

/** The finding a diagnostic sent back by the client shows, if it was made for this version of the analysis. */
export function findingOf(d: Diagnostic, version: number, result: FileResult): number | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== SOURCE) return undefined;
  if (data && data.version === version && typeof data.finding === 'number' && result.findings[data.finding]?.code === d.code) return data.finding;
  // clients that drop `data`: the same code, range and message
  const i = result.findings.findIndex(f => f.code === d.code && f.message === d.message && sameRange(toRange(f.range), d.range));
  return i < 0 ? undefined : i;
}

const samePos = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
const sameRange = (a: Range, b: Range) => samePos(a.start, b.start) && samePos(a.end, b.end);

/** Where a fix's edits go: `targets[i]` is the document (and version) `edits[i]` changes; `snippets` when the client takes snippet edits. */
export interface EditOptions { targets?: { uri: string; version: number | null }[]; snippets?: boolean }

/**
 * A fix's edits, per document; each document's `version` makes the client refuse them if it changed since the analysis.
 * An edit with a value to fill in (the commit sha of a pin) is a snippet when the client can take one: the placeholder
 * becomes a tab stop, selected, ready to be typed over.
 */
export function workspaceEdit(uri: string, version: number | null, edits: Fix['edits'], options: EditOptions = {}): WorkspaceEdit {
  const byDoc = new Map<string, { textDocument: { uri: string; version: number | null }; edits: (TextEdit | SnippetTextEdit)[] }>();
  edits.forEach((e, i) => {
    const target = options.targets?.[i] ?? { uri, version };
    const entry = byDoc.get(target.uri) ?? { textDocument: target, edits: [] };
    entry.edits.push(options.snippets && e.placeholders?.length
      ? { range: toRange(e.range), snippet: { kind: 'snippet', value: snippetText(e.newText, e.placeholders) } }
      : TextEdit.replace(toRange(e.range), e.newText));
    byDoc.set(target.uri, entry);
  });
  return { documentChanges: [...byDoc.values()] };
}

/** The text as snippet syntax: its own `$`, `}` and `\` escaped, each placeholder a numbered tab stop holding its text. */
export function snippetText(text: string, placeholders: readonly string[]): string {
  let out = text.replace(/[$}\\]/g, c => `\\${c}`);
  placeholders.forEach((p, i) => { out = out.split(p).join(`\${${i + 1}:${p}}`); });
  return out;
}

export function quickFix(uri: string, version: number | null, fix: Fix, diagnostic: Diagnostic, options: EditOptions = {}): CodeAction {
  return {
    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.isPreferred,
    edit: workspaceEdit(uri, version, fix.edits, options),
  };
}

const inside = (r: Range0, p: Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.col)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.col));
const size = (r: Range0) => (r.end.line - r.start.line) * 10_000 + (r.end.col - r.start.col);

/** The innermost inference point under the cursor (`float(model.predict(x))`). */
export function pointAt(result: FileResult, pos: Position): PointResult | undefined {
  return result.inferencePoints.filter(p => inside(p.range, pos)).sort((a, b) => size(a.range) - size(b.range))[0];
}

export function hoverOf(point: PointResult, uri: string, required: readonly string[], facetOrder: readonly string[], label: (facet: string) => string,
  ruleDocs: (code: string) => string | undefined): Hover {
  const value = hoverMarkdown(point, required, facetOrder, label, {
    // a notebook cell's URI has a fragment of its own: its line links point at the cell
    line: line => (uri.includes('#') ? uri : `${uri}#L${line + 1}`),
    file: (file, line) => `${pathToFileURL(file).toString()}#L${line + 1}`,
    rule: code => ruleDocs(code) ?? `#${code}`,
  });
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(point.range) };
}
