/**
 * Words and markdown shown to the user (hover checklist, status bar text). Pure, unit-tested on Node;
 * links are built by the caller so this module needs no `vscode`.
 */
import type { PointResult } from '../engine';
import { checklist, CheckRow, Overall, pointScore } from './coverage';

export const MARK: Record<CheckRow['state'], string> = { covered: '✓', missing: '✗', waived: '○', 'not-required': '·' };

/** Escapes text for a markdown table cell or inline code span. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\r?\n/g, ' ');
}

export interface HoverLinks {
  /** Link to a 0-based line of the file. */
  line(line: number): string;
  /** Link to a rule's docs. */
  rule(code: string): string;
  /** Link to a 0-based line of another file (where a project module's recorder records). */
  file?(file: string, line: number): string;
}

/** The facet checklist of one inference point, as a markdown table with evidence lines and links. */
export function hoverMarkdown(point: PointResult, required: readonly string[], facetOrder: readonly string[], label: (facet: string) => string, links: HoverLinks): string {
  const { covered, total } = pointScore(point, required);
  const out = [
    `**mlobs** · inference point \`${cell(point.text ?? point.callee)}\`${point.heuristic ? ' (recognised by name)' : ''} — **${covered}/${total}** required facets recorded ([MLO001](${links.rule('MLO001')}))`,
    '',
    `calls \`${cell(point.callee)}\``,
    '',
    '| | facet | evidence |',
    '|:-:|---|---|',
  ];
  for (const r of checklist(point, required, facetOrder)) {
    let evidence: string;
    if (r.state === 'covered' && r.evidence) {
      evidence = `[line ${r.evidence.line + 1}](${links.line(r.evidence.line)}) \`${cell(r.evidence.text)}\``;
      const other = r.evidence.recordedIn;
      const name = other && (other.file.split(/[\\/]/).pop() ?? other.file);
      if (other) evidence += `, recorded in ${links.file ? `[${cell(name!)} line ${other.line + 1}](${links.file(other.file, other.line)})` : `${cell(name!)} line ${other.line + 1}`}`;
      // how it is recorded, when that qualifies it (at request level, by an instrumentation's defaults)
      if (r.note) evidence += ` — ${cell(r.note)}`;
    }
    else if (r.state === 'covered') evidence = r.note ? cell(r.note) : 'recorded';
    else if (r.state === 'waived') evidence = `waived: ${cell(r.waivedReason ?? '')}`;
    // what comes close and why it does not count (a request timer, a swallowed exception)
    else if (r.state === 'missing') evidence = r.note ? `**not recorded** — ${cell(r.note)}` : '**not recorded**';
    else evidence = 'not required';
    out.push(`| ${MARK[r.state]} | ${cell(label(r.facet))} | ${evidence} |`);
  }
  return out.join('\n');
}

/** Status bar text and tooltip for the overall coverage. */
export function statusText(o: Overall, scanning: boolean): { text: string; tooltip: string } {
  const spin = scanning ? '$(sync~spin) ' : '';
  // files that use an ML library where nothing was recognised: shown beside the figure, never folded into it
  const unrecognised = o.unrecognised ? ` ${o.unrecognised} file${o.unrecognised === 1 ? '' : 's'} import${o.unrecognised === 1 ? 's' : ''} an ML library but had nothing recognised (not counted).` : '';
  const mark = o.unrecognised ? ` · ${o.unrecognised}?` : '';
  if (!o.points) return { text: `${spin}$(eye) mlobs${mark}`, tooltip: scanning ? 'mlobs: scanning the workspace…' : `mlobs: no inference points found yet.${unrecognised} Click to open the coverage sidebar.` };
  return {
    text: `${spin}$(eye) mlobs ${o.percent ?? 100}%${mark}`,
    tooltip: `mlobs: ${o.covered} of ${o.total} required facet checks recorded (${o.percent ?? 100}%) across ${o.points} inference point${o.points === 1 ? '' : 's'} in ${o.files} file${o.files === 1 ? '' : 's'}.${unrecognised} Click to open the coverage sidebar.`,
  };
}
