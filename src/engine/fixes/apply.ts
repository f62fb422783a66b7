/**
 * Applying fixes in bulk (`mlobs scan --fix`): one fix at a time, each verified on the text it produces before
 * the next is planned, so edits never go stale and a fix that does not do what it says is dropped, not kept.
 */
import type { FileResult } from '../analyze';
import type { ExternalLookup } from '../workspace';
import type { ResolvedConfig } from '../config';
import { applyEdits, computeFixes } from './index';
import type { Fix } from './types';
import { languageOf } from '../languages';
import { newlyUndefined, undefinedNames, UndefinedNames } from './names';

export interface FixOptions {
  /** Apply instrumentation fixes (they change what the service records): `--unsafe-fixes`. */
  unsafe: boolean;
  /** Analyses a text of this file the way the report did (with the project index, when there is one). */
  analyse: (text: string) => FileResult;
  /** Safety cap on the fixes applied to one file. */
  maxFixes?: number;
  /** The workspace index's lookup for this file, as `analyse` uses it: fixes are planned on the same points. */
  external?: ExternalLookup;
}

export interface AppliedFix { code: string; title: string; line: number }
export interface FixRun {
  text: string;
  applied: AppliedFix[];
  /** Fixes planned but dropped because the text they produced failed verification, with the reason. */
  rejected: (AppliedFix & { reason: string })[];
  /**
   * Applied fixes that left a milder finding on the point they fixed: an MLO001 fix that logs a new request id
   * where the planner cannot return it leaves MLO005 (info) — the id is recorded, the caller still does not get it.
   */
  followUps: { code: string; line: number }[];
  /** Findings with an instrumentation fix that was not applied because `unsafe` is off. */
  needUnsafe: number;
  /** Findings whose only fix needs a value from the user (a commit sha): never applied in bulk. */
  needInput: number;
}

/**
 * Kinds applied without asking: none today. Every instrumentation fix changes what the service logs or how
 * it fails, a pin fix needs the commit the user means, and suppressions are never applied in bulk.
 */
const SAFE_KINDS: Fix['kind'][] = [];

export function fixText(path: string, text: string, config: ResolvedConfig, opts: FixOptions): FixRun {
  const run: FixRun = { text, applied: [], rejected: [], followUps: [], needUnsafe: 0, needInput: 0 };
  const allowed = new Set<Fix['kind']>(opts.unsafe ? [...SAFE_KINDS, 'instrumentation'] : SAFE_KINDS);
  const tried = new Set<string>();
  const rejected = new Map<string, FixRun['rejected'][number]>();
  let result = opts.analyse(text);
  const language = languageOf(path);
  let names: UndefinedNames | undefined;
  for (let round = 0; round < (opts.maxFixes ?? 100); round++) {
    const fixes = computeFixes(path, run.text, result, config, opts.external);
    const lines = run.text.split('\n');
    const keyOf = (f: Fix) => `${f.code}|${f.title}|${(lines[result.findings[f.findingIndex].range.start.line] ?? '').trim()}`;
    const candidates = preferredPerFinding(fixes).filter(f => allowed.has(f.kind) && !tried.has(keyOf(f)));
    if (round === 0) {
      const planned = preferredPerFinding(fixes);
      run.needUnsafe = opts.unsafe ? 0 : planned.filter(f => f.kind === 'instrumentation').length;
      run.needInput = planned.filter(f => f.kind === 'pin').length;
    }
    const fix = candidates[0];
    if (!fix) break;
    tried.add(keyOf(fix));
    const line = result.findings[fix.findingIndex].range.start.line + 1;
    const next = applyEdits(run.text, fix.edits);
    const after = opts.analyse(next);
    const finding = result.findings[fix.findingIndex];
    const { problem: verdict, milder } = verify(result, after, fix, finding.severity);
    let problem = verdict;
    let nextNames: UndefinedNames | undefined;
    if (!problem && language) {
      names ??= undefinedNames(path, language, run.text);
      nextNames = undefinedNames(path, language, next);
      const added = newlyUndefined(names, nextNames);
      if (added.length) problem = `the fixed text uses ${added.map(n => `\`${n}\``).join(', ')} where ${added.length === 1 ? 'it is' : 'they are'} not defined`;
    }
    if (problem) { rejected.set(keyOf(fix), { code: fix.code, title: fix.title, line, reason: problem }); continue; }
    // after a change, a fix refused before may verify now (its statement moved, a name got defined): try again
    tried.clear();
    rejected.clear();
    names = nextNames;
    run.text = next;
    run.applied.push({ code: fix.code, title: fix.title, line });
    run.followUps.push(...milder.map(code => ({ code, line })));
    result = after;
  }
  run.rejected = [...rejected.values()];
  return run;
}

/** Each finding's preferred non-suppression fix (the first offered when none is marked preferred). */
function preferredPerFinding(fixes: Fix[]): Fix[] {
  const byFinding = new Map<number, Fix>();
  for (const f of fixes) {
    if (f.kind === 'suppression') continue;
    const seen = byFinding.get(f.findingIndex);
    if (!seen || (f.isPreferred && !seen.isPreferred)) byFinding.set(f.findingIndex, f);
  }
  return [...byFinding.values()];
}

const SEVERITY_RANK: Record<string, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/**
 * Why a fixed text is not accepted: it no longer parses cleanly, the finding is not fixed, or a finding as
 * severe appeared. Milder new findings (a follow-up on what the fix recorded) are returned, not refused.
 */
function verify(before: FileResult, after: FileResult, fix: Fix, severity: string): { problem?: string; milder: string[] } {
  const syntax = (r: FileResult) => r.errors.filter(e => /^syntax errors|internal error/.test(e.message)).length;
  if (syntax(after) > syntax(before)) return { problem: 'the fixed text does not parse cleanly', milder: [] };
  // a missing-facets finding weighs as many facets as it lists: recording two of three leaves it, lighter
  const weight = (r: FileResult, code: string) => r.findings.filter(f => f.code === code).reduce((n, f) => n + (f.facets?.length || 1), 0);
  const codes = new Set([...before.findings, ...after.findings].map(f => f.code));
  const milder: string[] = [];
  for (const code of codes) {
    if (weight(after, code) <= weight(before, code)) continue;
    const added = after.findings.find(f => f.code === code)!;
    if (SEVERITY_RANK[added.severity] >= SEVERITY_RANK[severity]) return { problem: `the fix introduces a new ${code} finding`, milder };
    milder.push(code);
  }
  if (weight(after, fix.code) >= weight(before, fix.code)) return { problem: `the ${fix.code} finding is still reported after the fix`, milder };
  return { milder };
}
