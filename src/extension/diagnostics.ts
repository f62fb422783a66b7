/** Engine findings → VS Code diagnostics: one per finding, linked to the rule's docs, with the evidence that is there. */
import * as vscode from 'vscode';
import type { FileResult, Finding } from '../engine';
import { ruleDocUri } from './ruleDocs';

type Range0 = Finding['range'];

export const SOURCE = 'mlobs';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};

export const toRange = (r: Range0) => new vscode.Range(r.start.line, r.start.col, r.end.line, r.end.col);

/**
 * @param lines the analysed text's lines, to give related information the span of the evidence line
 * @param required the facets the config requires (the ones MLO001 is about)
 */
export function toDiagnostics(result: FileResult, uri: vscode.Uri, lines: readonly string[], required: readonly string[], label: (facet: string) => string): vscode.Diagnostic[] {
  const lineRange = (line: number) => {
    const text = lines[line] ?? '';
    return new vscode.Range(line, text.length - text.trimStart().length, line, text.trimEnd().length);
  };
  return result.findings.map(f => {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
    d.source = SOURCE;
    // the rule's page, rendered (ruleDocs.ts)
    d.code = { value: f.code, target: ruleDocUri(f.code) };
    const point = f.pointIndex !== undefined ? result.inferencePoints[f.pointIndex] : undefined;
    if (point) {
      // MLO001 lists the required facets that are missing; the related entries point at those recorded, and where.
      const facets = f.facets ? required : f.facet ? [f.facet] : [];
      d.relatedInformation = facets.flatMap(id => {
        const v = point.facets[id];
        return v?.covered && v.evidence ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, lineRange(v.evidence.line)), `✓ ${label(id)}: ${v.evidence.text}`)] : [];
      });
    }
    return d;
  });
}

/** Whether a diagnostic handed back by VS Code (a copy) is the one made for a finding. */
export function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
  return a.source === b.source && code(a) === code(b) && a.range.isEqual(b.range) && a.message === b.message;
}
