/** Renders a rule's documentation with the fixed headings every rule has. */
import type { Rule } from './types';
import { facetById } from '../catalog';

export const DOC_HEADINGS = ['What it does', 'Why it matters', 'Example', 'Use instead', 'Fix safety', 'Options'] as const;

export function ruleMarkdown(rule: Rule): string {
  const { meta, docs } = rule;
  const facet = meta.facet ? ` · facet \`${meta.facet}\` (${facetById(meta.facet)?.label})` : '';
  const body = [docs.whatItDoes, docs.whyItMatters, docs.example, docs.useInstead, docs.fixSafety, docs.options];
  return [
    `# ${meta.code} ${meta.name}`, '',
    `${meta.summary}. Default severity: ${meta.defaultSeverity} · languages: ${meta.languages.join(', ')}${facet} · fix: ${meta.fix === 'none' ? 'none' : 'available (unsafe)'}.`, '',
    ...DOC_HEADINGS.flatMap((h, i) => [`## ${h}`, '', body[i], '']),
    `Suppress on one line with \`# mlobs: ignore[${meta.code}]\` (Python) or \`// mlobs: ignore[${meta.code}]\` (TS/JS); in a whole file with \`mlobs: ignore-file[${meta.code}]\`.`, '',
  ].join('\n');
}
