/**
 * The project config file (`mlobs.json` or `.mlobs.json`): required facets, severities, waivers,
 * include/exclude globs and knowledge-table extensions. Validated with zod; a broken file yields a
 * ConfigError naming the file and the problem, never a stack trace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { parse as parseJsonc, ParseError, printParseErrorCode } from 'jsonc-parser';
import { DEFAULT_REQUIRED_FACETS, FACET_IDS } from './catalog';
import { builtinTables } from './knowledge';
import type { KnowledgeTables } from './knowledge/types';
import { RULES, Severity } from './rules';

export const CONFIG_FILE_NAMES = ['mlobs.json', '.mlobs.json'];
export const DEFAULT_MAX_FILE_BYTES = 1_000_000;

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problem: string) { super(`${file}: ${problem}`); }
}

const facetId = z.string().refine(f => FACET_IDS.includes(f), { error: iss => `unknown facet "${String(iss.input)}" (known: ${FACET_IDS.join(', ')})` });
const severity = z.enum(['error', 'warning', 'info', 'hint', 'off']);
const argSpec = z.array(z.union([z.number().int().min(0), z.string()]));
const pattern = z.string().min(1);

const schema = z.object({
  $schema: z.string().optional(),
  requiredFacets: z.array(facetId).optional(),
  severity: z.record(z.string(), severity).superRefine((rec, ctx) => {
    for (const code of Object.keys(rec)) if (!RULES.some(r => r.meta.code === code)) ctx.addIssue({ code: 'custom', path: [code], message: `unknown rule code "${code}" (known: ${RULES.map(r => r.meta.code).join(', ')})` });
  }).optional(),
  failOn: z.enum(['error', 'warning', 'info', 'hint']).optional(),
  include: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
  maxFileBytes: z.number().int().positive().optional(),
  waivers: z.array(z.object({ facet: facetId, reason: z.string({ error: 'a waiver needs a reason' }).min(3, 'a waiver needs a reason'), paths: z.array(z.string()).optional() }).strict()).optional(),
  knowledge: z.object({
    inference: z.array(z.object({ match: pattern, kind: z.enum(['model', 'llm']).optional(), inputArgs: argSpec.optional() }).strict()).optional(),
    producers: z.array(z.object({
      match: pattern, type: z.string().optional(), passThrough: z.enum(['receiver', 'arg0']).optional(), arg0: z.string().optional(),
      load: z.object({ pin: z.enum(['local', 'hf', 'mlflow', 'bentoml', 'url']), modelArg: argSpec.optional() }).strict().optional(),
    }).strict()).optional(),
    sinks: z.array(z.object({ match: pattern, keyArg: z.number().int().min(0).optional(), role: z.enum(['record', 'context', 'timer-stop']).optional() }).strict()).optional(),
    regions: z.array(z.object({ match: pattern, covers: z.array(z.enum(['latency', 'errors'])) }).strict()).optional(),
    fieldNames: z.record(facetId, z.array(z.string())).optional(),
    mlModules: z.array(z.string()).optional(),
    loggerNames: z.array(z.string()).optional(),
    pinnedModelNamePatterns: z.array(z.string().refine(isRegex, 'not a valid regular expression')).optional(),
  }).strict().optional(),
}).strict();

export type ConfigFile = z.infer<typeof schema>;

export interface Waiver { facet: string; reason: string; paths?: string[] }

export interface ResolvedConfig {
  /** The file the config came from, if any. */
  file?: string;
  requiredFacets: string[];
  severity: Record<string, Severity | 'off'>;
  failOn: Severity;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  waivers: Waiver[];
  tables: KnowledgeTables;
}

function isRegex(s: string): boolean {
  try { new RegExp(s); return true; } catch { return false; }
}

export function defaultConfig(): ResolvedConfig {
  return {
    requiredFacets: [...DEFAULT_REQUIRED_FACETS],
    severity: Object.fromEntries(RULES.map(r => [r.meta.code, r.meta.defaultSeverity])),
    failOn: 'warning', include: [], exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES, waivers: [], tables: builtinTables(),
  };
}

/** Validates parsed JSON (from a file or from editor settings) and merges it over the defaults. */
export function resolveConfig(raw: unknown, file: string): ResolvedConfig {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'top level';
    throw new ConfigError(file, `${where}: ${issue.message}`);
  }
  const c = parsed.data;
  const base = defaultConfig();
  const k = c.knowledge ?? {};
  return {
    file,
    requiredFacets: c.requiredFacets ?? base.requiredFacets,
    severity: { ...base.severity, ...(c.severity ?? {}) },
    failOn: c.failOn ?? base.failOn,
    include: c.include ?? [],
    exclude: c.exclude ?? [],
    maxFileBytes: c.maxFileBytes ?? base.maxFileBytes,
    waivers: c.waivers ?? [],
    tables: builtinTables({
      inference: k.inference, producers: k.producers, sinks: k.sinks, regions: k.regions, fieldNames: k.fieldNames,
      mlModules: k.mlModules, loggerNames: k.loggerNames, pinnedModelNamePatterns: k.pinnedModelNamePatterns,
    }),
  };
}

/** Reads and validates a config file. */
export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new ConfigError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`); }
  // editors on Windows save JSON with a byte-order mark: it is not part of the content
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // JSON with comments, like VS Code's own settings files; the first syntax error is reported with its position.
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const { error, offset } = errors[0];
    const before = text.slice(0, offset);
    const line = before.split('\n').length, col = offset - before.lastIndexOf('\n');
    throw new ConfigError(file, `is not valid JSON: ${printParseErrorCode(error)} at line ${line}, column ${col}`);
  }
  return resolveConfig(raw, file);
}

/** The nearest config file at or above `start` (a file or folder), if any. */
export function findConfigFile(start: string): string | undefined {
  let dir = path.resolve(start);
  try { if (fs.statSync(dir).isFile()) dir = path.dirname(dir); } catch { /* a path that does not exist: search from it anyway */ }
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
