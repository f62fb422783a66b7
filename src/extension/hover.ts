/** Hover on an inference point: its facet checklist, with the evidence lines as links. */
import * as vscode from 'vscode';
import type { PointResult } from '../engine';
import type { DocumentAnalyzer } from './documents';
import { engine } from './engine';
import type { Host } from './host';
import { hoverMarkdown } from './present';
import { ruleDocUri } from './ruleDocs';

type Range0 = PointResult['range'];

const inside = (r: Range0, p: vscode.Position) => new vscode.Range(r.start.line, r.start.col, r.end.line, r.end.col).contains(p);
const size = (r: Range0) => (r.end.line - r.start.line) * 10_000 + (r.end.col - r.start.col);

export class Hovers implements vscode.HoverProvider {
  constructor(private readonly docs: DocumentAnalyzer, private readonly host: Host) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this.docs.current(doc);
    if (!state) return undefined;
    // Nested calls (`float(model.predict(x))`): the innermost point under the cursor.
    const point = state.result.inferencePoints.filter(p => inside(p.range, pos)).sort((a, b) => size(a.range) - size(b.range))[0];
    if (!point) return undefined;
    const e = engine();
    const md = hoverMarkdown(point, state.resolved.config.requiredFacets, e.INFERENCE_FACET_IDS, id => e.facetById(id)?.label ?? id, {
      line: line => doc.uri.with({ fragment: `L${line + 1}` }).toString(),
      rule: code => ruleDocUri(code).toString(),
    });
    const r = point.range;
    return new vscode.Hover(new vscode.MarkdownString(md), new vscode.Range(r.start.line, r.start.col, r.end.line, r.end.col));
  }
}
