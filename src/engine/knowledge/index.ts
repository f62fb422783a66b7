/**
 * Merges the built-in tables (the knowledge packs and the core lists) with extensions from the user's
 * config, and compiles match patterns once.
 */
import { CORE_TABLES, emptyTables } from './core';
import { PACKS } from './packs';
import type { KnowledgeTables } from './types';

export type { KnowledgeTables } from './types';
export { PACKS, PACK_GROUPS } from './packs';

/**
 * Merges table parts in precedence order: rows of earlier parts are tried first (first matching row wins);
 * for keyed maps (`builtins`, `typeFromUsage`) an earlier part's entry wins; field names are pooled.
 */
export function mergeTables(...parts: Partial<KnowledgeTables>[]): KnowledgeTables {
  const out = emptyTables();
  for (const p of parts) {
    for (const [key, value] of Object.entries(p) as [keyof KnowledgeTables, unknown][]) {
      if (value === undefined) continue;
      if (Array.isArray(value)) (out[key] as unknown[]).push(...value);
      else if (key === 'fieldNames') {
        for (const [facet, names] of Object.entries(value as Record<string, string[]>)) out.fieldNames[facet] = [...(out.fieldNames[facet] ?? []), ...names];
      } else if (key === 'builtins' || key === 'typeFromUsage') (out[key] as Record<string, string>) = { ...(value as Record<string, string>), ...out[key] };
      else if (key === 'modelSnapshots') out.modelSnapshots = { ...(value as Record<string, string[]>), ...out.modelSnapshots };
    }
  }
  return out;
}

/** Built-in tables for every language the engine knows, with the user's rows (if any) taking precedence. */
export function builtinTables(user: Partial<KnowledgeTables> = {}): KnowledgeTables {
  return mergeTables(user, ...PACKS.map(p => p.tables), CORE_TABLES);
}

/**
 * The built-in tables as if the engine had never heard of some packages: every row and list entry of every pack that
 * names one of them (`easyocr.Reader`, `easyocr` in a list) is left out; rows by type and the generic ones stay. For
 * measurement (test/realcorpus/ablate.mjs asks how much of each file is found without knowing its libraries), not for
 * users: a library is switched off by not knowing it, not by configuration.
 */
export function tablesWithoutPackages(roots: readonly string[]): KnowledgeTables {
  const forgotten = new Set(roots);
  const names = (item: unknown) => {
    const match = typeof item === 'string' ? item : item && typeof (item as { match?: unknown }).match === 'string' ? (item as { match: string }).match : undefined;
    return match !== undefined && forgotten.has(/^[^.#(]*/.exec(match)![0]);
  };
  const parts = PACKS.map(p => Object.fromEntries(Object.entries(p.tables).map(([k, v]) => [k, Array.isArray(v) ? v.filter(item => !names(item)) : v])) as Partial<KnowledgeTables>);
  return mergeTables(...parts, CORE_TABLES);
}
const patternCache = new Map<string, RegExp>();

/** Compiles a symbol pattern: `*` within a segment, `**` across segments, `[A-Z]` classes kept. */
export function patternRegex(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '*' && pattern[i + 1] === '*') { src += '.*'; i++; }
      else if (ch === '*') src += '[^.#]*';
      else if (ch === '[' && pattern[i + 1] === ']') { src += '\\[\\]'; i++; }
      else if (ch === '[') { const end = pattern.indexOf(']', i); src += pattern.slice(i, end + 1); i = end; }
      else src += ch.replace(/[.+?^${}()|\\]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`);
    patternCache.set(pattern, re);
  }
  return re;
}

export function matches(pattern: string, symbol: string): boolean {
  return patternRegex(pattern).test(symbol);
}

/**
 * The rows that can match a symbol, in table order: those whose pattern starts with the symbol's first segment
 * (`transformers.…` for `transformers.pipeline`), and those that start with a wildcard. Tables hold a thousand
 * rows and a file's calls hundreds of distinct symbols: testing every row against every symbol was the cost.
 */
interface RowIndex { bySegment: Map<string, number[]>; wild: number[]; needs: string[] }

/** The longest literal run of a pattern (`_core_` of `[a-z][a-z]_core_*_sm.load`): a symbol without it cannot match. */
function literalRun(pattern: string): string {
  const runs = pattern.split(/\*+|\[[^\]]*\]/);
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}
const ROW_INDEX = new WeakMap<readonly { match: string }[], RowIndex>();
const firstSegment = (s: string) => { const m = /^[^.#]*/.exec(s)![0]; return m; };

function candidates<T extends { match: string }>(rows: readonly T[], symbol: string): T[] {
  let index = ROW_INDEX.get(rows);
  if (!index) {
    index = { bySegment: new Map(), wild: [], needs: [] };
    rows.forEach((row, i) => {
      const seg = firstSegment(row.match);
      // (`?` is a literal in patterns: the `?#member` rows are a segment of their own, asked only for `?#…` shapes)
      if (/[*[]/.test(seg)) { index!.wild.push(i); index!.needs.push(literalRun(row.match)); }
      else { const list = index!.bySegment.get(seg); if (list) list.push(i); else index!.bySegment.set(seg, [i]); }
    });
    ROW_INDEX.set(rows, index);
  }
  const own = index.bySegment.get(firstSegment(symbol)) ?? [];
  const wild = index.wild.filter((_, k) => symbol.includes(index!.needs[k]));
  const all = own.length && wild.length ? [...own, ...wild].sort((a, b) => a - b) : own.length ? own : wild;
  return all.map(i => rows[i]);
}

/** First row whose pattern matches the symbol (rows are ordered specific-first; user rows come first). */
export function findRow<T extends { match: string }>(rows: T[], symbol: string): T | undefined {
  for (const row of candidates(rows, symbol)) if (matches(row.match, symbol)) return row;
  return undefined;
}

const ANY_CACHE = new WeakMap<readonly string[], Map<string, boolean>>();

/** Does any pattern of a (table-owned, unchanging) list match the symbol? Memoised per list. */
export function matchesAny(patterns: readonly string[], symbol: string): boolean {
  let cache = ANY_CACHE.get(patterns);
  if (!cache) ANY_CACHE.set(patterns, (cache = new Map()));
  let v = cache.get(symbol);
  if (v === undefined) cache.set(symbol, (v = patterns.some(p => matches(p, symbol))));
  return v;
}

const ROWS_CACHE = new WeakMap<readonly { match: string }[], Map<string, unknown[]>>();

/** Every row of a table whose pattern matches the symbol, in table order. Memoised per table. */
export function matchingRows<T extends { match: string }>(rows: readonly T[], symbol: string): T[] {
  let cache = ROWS_CACHE.get(rows) as Map<string, T[]> | undefined;
  if (!cache) ROWS_CACHE.set(rows, (cache = new Map()) as Map<string, unknown[]>);
  let v = cache.get(symbol);
  if (!v) cache.set(symbol, (v = candidates(rows, symbol).filter(r => matches(r.match, symbol))));
  return v;
}
