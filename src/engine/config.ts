/**
 * The project config file (`mlobs.json` or `.mlobs.json`): required facets, severities, waivers,
 * include/exclude globs and knowledge-table extensions. Validated with zod; a broken file yields a
 * ConfigError naming the file and every problem with its line and column, never a stack trace. The same zod schema
 * is published as a JSON schema (docs/mlobs.schema.json, `npm run docs`) for editors: what the editor flags while
 * the file is typed is what the CLI rejects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { findNodeAtLocation, parse as parseJsonc, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { DEFAULT_REQUIRED_FACETS, FACET_IDS } from './catalog';
import { builtinTables } from './knowledge';
import type { KnowledgeTables } from './knowledge/types';
import { RULES, Severity } from './rules';
import { DEFAULT_REQUIRED_SERVICE_FACETS, type DeclaredService } from './services';

export const CONFIG_FILE_NAMES = ['mlobs.json', '.mlobs.json'];
export const DEFAULT_MAX_FILE_BYTES = 1_000_000;

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problem: string) { super(`${file}: ${problem}`); }
}

const facetId = z.string().refine(f => FACET_IDS.includes(f), { error: iss => `unknown facet "${String(iss.input)}" (known: ${FACET_IDS.join(', ')})` })
  .meta({ enum: FACET_IDS, description: 'A facet of the observability catalog.' });
const severity = z.enum(['error', 'warning', 'info', 'hint', 'off']);
const argSpec = z.array(z.union([z.number().int().min(0), z.string()])).meta({ description: 'Arguments, by position (0-based) or keyword name.' });
const pattern = z.string().min(1).meta({ description: 'A dotted callee path as the engine resolves it, e.g. "mylib.Client.score"; "*" matches one segment.' });

const schema = z.object({
  $schema: z.string().optional(),
  requiredFacets: z.array(facetId).optional().meta({ description: 'The facets every inference point must record (MLO001 lists those missing).' }),
  severity: z.record(z.string().refine(code => RULES.some(r => r.meta.code === code), { error: iss => `unknown rule code "${String(iss.input)}" (known: ${RULES.map(r => r.meta.code).join(', ')})` }), severity).optional().meta({ description: 'Severity per rule code; "off" disables a rule.', propertyNames: { enum: RULES.map(r => r.meta.code) } }),
  requiredServiceFacets: z.array(z.enum(['deployment-context', 'upstream-provenance', 'outcome', 'segment-context'])).optional()
    .meta({ description: 'The service facets every service must record (MLO006 lists those missing; default deployment-context, upstream-provenance where a feature store is read, outcome).' }),
  services: z.array(z.object({
    name: z.string().min(1),
    root: z.string().meta({ description: 'The service\'s folder, relative to this file ("." for it).' }),
    entryPoints: z.array(z.string()).optional().meta({ description: 'Globs of the files that are its entry points (default: those recognised).' }),
  }).strict()).optional().meta({ description: 'Services, when the folder layout does not tell them (default: the nearest folder with a manifest of files that make predictions).' }),
  failOn: z.enum(['error', 'warning', 'info', 'hint']).optional().meta({ description: 'The CLI exits 1 when a finding is at or above this severity (default warning).' }),
  include: z.array(z.string()).optional().meta({ description: 'Globs of the files to analyse (default: all supported files).' }),
  exclude: z.array(z.string()).optional().meta({ description: 'Globs of files not to analyse.' }),
  maxFileBytes: z.number().int().positive().optional().meta({ description: 'Files larger than this are skipped with a note (default 1000000).' }),
  waivers: z.array(z.object({
    facet: facetId,
    reason: z.string({ error: 'a waiver needs a reason' }).min(3, 'a waiver needs a reason').meta({ description: 'Why the facet is not recorded here (shown in reports).' }),
    paths: z.array(z.string()).optional().meta({ description: 'Globs the waiver applies to (default: everywhere).' }),
  }).strict()).optional().meta({ description: 'Facets not required, with the reason, everywhere or under some paths.' }),
  knowledge: z.object({
    inference: z.array(z.object({ match: pattern, kind: z.enum(['model', 'llm']).optional(), inputArgs: argSpec.optional() }).strict()).optional()
      .meta({ description: 'Calls that are inference points.' }),
    producers: z.array(z.object({
      match: pattern, type: z.string().optional(), passThrough: z.enum(['receiver', 'arg0']).optional(), arg0: z.string().optional(),
      load: z.object({ pin: z.enum(['local', 'hf', 'mlflow', 'bentoml', 'url']), modelArg: argSpec.optional() }).strict().optional(),
    }).strict()).optional().meta({ description: 'Calls that return a model or client (a load when `load` is given).' }),
    sinks: z.array(z.object({ match: pattern, keyArg: z.number().int().min(0).optional(), role: z.enum(['record', 'context', 'timer-stop']).optional() }).strict()).optional()
      .meta({ description: 'Calls that record what they are passed (a company logging package).' }),
    regions: z.array(z.object({ match: pattern, covers: z.array(z.enum(['latency', 'errors'])), records: z.array(z.enum(['inputs', 'outputs'])).optional() }).strict()).optional()
      .meta({ description: 'Context managers or decorators that time a block or record its failures.' }),
    fieldNames: z.record(facetId, z.array(z.string())).optional().meta({ description: 'Extra field names that are evidence of a facet.', propertyNames: { enum: FACET_IDS } }),
    mlModules: z.array(z.string()).optional().meta({ description: 'Modules that count as ML libraries.' }),
    loggerNames: z.array(z.string()).optional().meta({ description: 'Names of logger objects.' }),
    pinnedModelNamePatterns: z.array(z.string().refine(isRegex, 'not a valid regular expression')).optional().meta({ description: 'Regular expressions of model names that are pinned snapshots.' }),
  }).strict().optional().meta({ description: 'Teaches the engine libraries and in-house code it does not know.' }),
}).strict();

/** The config file's JSON schema (draft-07, what editors read), generated from the schema the CLI validates with. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...generated, $id: 'https://github.com/mlobs/mlobs/blob/main/docs/mlobs.schema.json', title: 'mlobs.json', description: 'The mlobs project configuration.' };
}

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
  requiredServiceFacets: string[];
  services: DeclaredService[];
  tables: KnowledgeTables;
}

function isRegex(s: string): boolean {
  try { new RegExp(s); return true; } catch { return false; }
}

export function defaultConfig(): ResolvedConfig {
  return {
    requiredFacets: [...DEFAULT_REQUIRED_FACETS],
    severity: Object.fromEntries(RULES.map(r => [r.meta.code, r.meta.defaultSeverity])),
    failOn: 'warning', include: [], exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES, waivers: [],
    requiredServiceFacets: [...DEFAULT_REQUIRED_SERVICE_FACETS], services: [], tables: builtinTables(),
  };
}

/**
 * Validates parsed JSON (from a file or from editor settings) and merges it over the defaults. Every problem is
 * reported at once; with the file's text, each names its line and column.
 */
export function resolveConfig(raw: unknown, file: string, text?: string): ResolvedConfig {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const tree = text === undefined ? undefined : parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    const described = (at: PropertyKey[], message: string) => {
      const where = at.length ? at.join('.') : 'top level';
      // a missing key (a waiver without a reason) is placed at the nearest enclosing value that is there
      let node;
      for (let n = at.length; tree && !node && n >= 0; n--) node = findNodeAtLocation(tree, at.slice(0, n) as (string | number)[]);
      // a property's problem is shown at its key, where the editor puts it
      const offset = node ? (node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
      return `${where}${offset !== undefined && text !== undefined ? ` (${positionOf(text, offset)})` : ''}: ${message}`;
    };
    const problems = parsed.error.issues.flatMap(issue => {
      // one problem per misspelt key, named and placed (zod reports them together at their object)
      if (issue.code === 'unrecognized_keys') return issue.keys.map(k => described([...issue.path, k], `unknown key "${k}"`));
      // a bad key of a record (an unknown rule code) is reported at the key itself
      if (issue.code === 'invalid_key') return issue.issues.map(i => described(issue.path, i.message));
      return [described(issue.path, issue.message)];
    });
    throw new ConfigError(file, problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join('; ')}`);
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
    requiredServiceFacets: c.requiredServiceFacets ?? base.requiredServiceFacets,
    services: c.services ?? [],
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
    throw new ConfigError(file, `is not valid JSON: ${printParseErrorCode(error)} at ${positionOf(text, offset)}`);
  }
  return resolveConfig(raw, file, text);
}

/** "line L, column C" (1-based) of an offset. */
function positionOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
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
