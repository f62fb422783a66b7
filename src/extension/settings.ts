/**
 * The one typed mirror of the `mlobs.*` settings declared in package.json (`contributes.configuration`;
 * a unit test checks both lists agree key by key, with scope and default). No `vscode` import here: the
 * extension reads raw values per resource and hands them to `normaliseSettings`, and the worker thread
 * and the unit tests use the same functions on plain objects.
 */

export type RunMode = 'onType' | 'onSave';
export type SeverityName = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface InferenceEntry { match: string; kind?: 'model' | 'llm'; inputArgs?: (number | string)[] }
export interface SinkEntry { match: string; keyArg?: number; role?: 'record' | 'context' | 'timer-stop' }
/** A call that returns a model or client (validated in full by the engine's config schema). */
export interface ProducerEntry { match: string; type?: string; passThrough?: 'receiver' | 'arg0'; arg0?: string; load?: { pin: string; modelArg?: number | string } }

/** Settings after normalisation: every value valid, unset optional values `undefined` (meaning "from mlobs.json"). */
export interface Settings {
  requiredFacets?: string[];
  severity: Record<string, SeverityName>;
  knowledge: { inference: InferenceEntry[]; producers: ProducerEntry[]; sinks: SinkEntry[]; fieldNames: Record<string, string[]> };
  fixAllIncludeInstrumentation: boolean;
  run: RunMode;
  maxFileBytes?: number;
  scanOnStartup: boolean;
}

export type SettingScope = 'application' | 'machine' | 'window' | 'resource' | 'language-overridable' | 'machine-overridable';

/** Declaration of each setting: the key under `mlobs.`, its scope and its default, as in package.json. */
export const SETTING_SPECS: Record<string, { scope: SettingScope; default: unknown }> = {
  // a list (not null) and a number (not null), so the Settings UI can edit them: empty and 0 mean "from mlobs.json"
  'requiredFacets': { scope: 'resource', default: [] },
  'severity': { scope: 'resource', default: {} },
  'knowledge.inference': { scope: 'resource', default: [] },
  'knowledge.producers': { scope: 'resource', default: [] },
  'knowledge.sinks': { scope: 'resource', default: [] },
  'knowledge.fieldNames': { scope: 'resource', default: {} },
  'fixAll.includeInstrumentation': { scope: 'resource', default: false },
  'run': { scope: 'resource', default: 'onType' },
  'maxFileBytes': { scope: 'resource', default: 0 },
  'scan.onStartup': { scope: 'window', default: true },
};
export const SETTING_KEYS = Object.keys(SETTING_SPECS);

/** What the normaliser needs from the engine, passed in so this module stays free of runtime imports. */
export interface Vocabulary { facets: readonly string[]; rules: readonly string[] }

const SEVERITIES: SeverityName[] = ['error', 'warning', 'info', 'hint', 'off'];

export function defaultSettings(): Settings {
  return { severity: {}, knowledge: { inference: [], producers: [], sinks: [], fieldNames: {} }, fixAllIncludeInstrumentation: false, run: 'onType', scanOnStartup: true };
}

/**
 * Validates raw setting values (as `WorkspaceConfiguration.get` returns them: anything a user typed into
 * settings.json). Never throws: a bad value is replaced by its default and described in `problems`, one
 * line per key, each naming the setting, so the extension can show them in one warning.
 */
export function normaliseSettings(raw: Record<string, unknown>, vocab: Vocabulary): { settings: Settings; problems: string[] } {
  const s = defaultSettings();
  const problems: string[] = [];
  const bad = (key: string, why: string) => problems.push(`mlobs.${key}: ${why}`);
  const isSet = (v: unknown) => v !== undefined && v !== null;
  const facetList = `known: ${vocab.facets.join(', ')}`;

  const rf = raw['requiredFacets'];
  // an empty list (the default) means "from mlobs.json", as null did: requiring nothing at all is what severity "off" is for
  if (isSet(rf) && !(Array.isArray(rf) && !rf.length)) {
    if (!Array.isArray(rf) || rf.some(x => typeof x !== 'string')) bad('requiredFacets', 'must be a list of facet ids, or empty to use mlobs.json');
    else {
      const unknown = rf.filter(f => !vocab.facets.includes(f));
      if (unknown.length) bad('requiredFacets', `unknown facet ${unknown.map(f => `"${f}"`).join(', ')} (${facetList})`);
      else s.requiredFacets = [...new Set(rf as string[])];
    }
  }

  const sev = raw['severity'];
  if (isSet(sev)) {
    if (!isPlainObject(sev)) bad('severity', 'must be an object such as { "MLO005": "info" }');
    else for (const [code, level] of Object.entries(sev)) {
      if (!vocab.rules.includes(code)) bad(`severity.${code}`, `unknown rule code (known: ${vocab.rules.join(', ')})`);
      else if (!SEVERITIES.includes(level as SeverityName)) bad(`severity.${code}`, `must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(level)}`);
      else s.severity[code] = level as SeverityName;
    }
  }

  s.knowledge.inference = list(raw['knowledge.inference'], 'knowledge.inference', bad, (e, where) => {
    if (!isPlainObject(e) || typeof e.match !== 'string' || !e.match) return `${where} needs a non-empty "match" string`;
    if (e.kind !== undefined && e.kind !== 'model' && e.kind !== 'llm') return `${where}.kind must be "model" or "llm"`;
    if (e.inputArgs !== undefined && !(Array.isArray(e.inputArgs) && e.inputArgs.every(a => typeof a === 'string' || (Number.isInteger(a) && (a as number) >= 0)))) return `${where}.inputArgs must list argument positions or names`;
    const extra = Object.keys(e).filter(k => !['match', 'kind', 'inputArgs'].includes(k));
    return extra.length ? `${where} has unknown key "${extra[0]}"` : undefined;
  }) as InferenceEntry[];

  s.knowledge.producers = list(raw['knowledge.producers'], 'knowledge.producers', bad, (e, where) => {
    if (!isPlainObject(e) || typeof e.match !== 'string' || !e.match) return `${where} needs a non-empty "match" string`;
    if (e.type !== undefined && typeof e.type !== 'string') return `${where}.type must be a type name such as "model.acme"`;
    if (e.passThrough !== undefined && e.passThrough !== 'receiver' && e.passThrough !== 'arg0') return `${where}.passThrough must be "receiver" or "arg0"`;
    if (e.load !== undefined && !(isPlainObject(e.load) && typeof e.load.pin === 'string')) return `${where}.load needs a "pin" (local, hf, mlflow, bentoml or url)`;
    const extra = Object.keys(e).filter(k => !['match', 'type', 'passThrough', 'arg0', 'load'].includes(k));
    return extra.length ? `${where} has unknown key "${extra[0]}"` : undefined;
  }) as ProducerEntry[];

  s.knowledge.sinks = list(raw['knowledge.sinks'], 'knowledge.sinks', bad, (e, where) => {
    if (!isPlainObject(e) || typeof e.match !== 'string' || !e.match) return `${where} needs a non-empty "match" string`;
    if (e.keyArg !== undefined && !(Number.isInteger(e.keyArg) && (e.keyArg as number) >= 0)) return `${where}.keyArg must be an argument position (0, 1, …)`;
    if (e.role !== undefined && !['record', 'context', 'timer-stop'].includes(e.role as string)) return `${where}.role must be "record", "context" or "timer-stop"`;
    const extra = Object.keys(e).filter(k => !['match', 'keyArg', 'role'].includes(k));
    return extra.length ? `${where} has unknown key "${extra[0]}"` : undefined;
  }) as SinkEntry[];

  const fn = raw['knowledge.fieldNames'];
  if (isSet(fn)) {
    if (!isPlainObject(fn)) bad('knowledge.fieldNames', 'must map facet ids to lists of field names, such as { "model-version": ["mdl_ver"] }');
    else for (const [facet, names] of Object.entries(fn)) {
      if (!vocab.facets.includes(facet)) bad(`knowledge.fieldNames.${facet}`, `unknown facet (${facetList})`);
      else if (!Array.isArray(names) || names.some(n => typeof n !== 'string' || !n)) bad(`knowledge.fieldNames.${facet}`, 'must be a list of field names');
      else s.knowledge.fieldNames[facet] = names as string[];
    }
  }

  const fixAll = raw['fixAll.includeInstrumentation'];
  if (isSet(fixAll)) {
    if (typeof fixAll !== 'boolean') bad('fixAll.includeInstrumentation', 'must be true or false');
    else s.fixAllIncludeInstrumentation = fixAll;
  }

  const run = raw['run'];
  if (isSet(run)) {
    if (run !== 'onType' && run !== 'onSave') bad('run', `must be "onType" or "onSave", not ${JSON.stringify(run)}`);
    else s.run = run;
  }

  const max = raw['maxFileBytes'];
  if (isSet(max) && max !== 0) {
    if (typeof max !== 'number' || !Number.isInteger(max) || max <= 0) bad('maxFileBytes', 'must be a positive whole number of bytes, or 0 to use mlobs.json');
    else s.maxFileBytes = max;
  }

  const startup = raw['scan.onStartup'];
  if (isSet(startup)) {
    if (typeof startup !== 'boolean') bad('scan.onStartup', 'must be true or false');
    else s.scanOnStartup = startup;
  }
  return { settings: s, problems };
}

function list(value: unknown, key: string, bad: (k: string, why: string) => void, check: (e: Record<string, unknown>, where: string) => string | undefined): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) { bad(key, 'must be a list'); return []; }
  const ok: unknown[] = [];
  value.forEach((e, i) => {
    const why = check(e as Record<string, unknown>, `entry ${i}`);
    if (why) bad(key, why); else ok.push(e);
  });
  return ok;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The settings laid over a config file's raw JSON, giving the raw input for the engine's `resolveConfig`
 * (which validates and merges with the built-in tables): required facets and maxFileBytes replace the
 * file's when set; severities override per code; knowledge entries are appended to the file's.
 */
export function overlaySettings(fileRaw: unknown, s: Settings): Record<string, unknown> {
  const base: Record<string, unknown> = isPlainObject(fileRaw) ? { ...fileRaw } : {};
  if (s.requiredFacets) base.requiredFacets = s.requiredFacets;
  if (s.maxFileBytes !== undefined) base.maxFileBytes = s.maxFileBytes;
  if (Object.keys(s.severity).length) base.severity = { ...(isPlainObject(base.severity) ? base.severity : {}), ...s.severity };
  const k = s.knowledge;
  if (k.inference.length || k.producers.length || k.sinks.length || Object.keys(k.fieldNames).length) {
    const fileK: Record<string, unknown> = isPlainObject(base.knowledge) ? { ...base.knowledge } : {};
    const arr = (v: unknown) => (Array.isArray(v) ? v : []);
    if (k.inference.length) fileK.inference = [...arr(fileK.inference), ...k.inference];
    if (k.producers.length) fileK.producers = [...arr(fileK.producers), ...k.producers];
    if (k.sinks.length) fileK.sinks = [...arr(fileK.sinks), ...k.sinks];
    if (Object.keys(k.fieldNames).length) {
      const names: Record<string, unknown> = isPlainObject(fileK.fieldNames) ? { ...fileK.fieldNames } : {};
      for (const [facet, extra] of Object.entries(k.fieldNames)) names[facet] = [...arr(names[facet]), ...extra];
      fileK.fieldNames = names;
    }
    base.knowledge = fileK;
  }
  return base;
}
