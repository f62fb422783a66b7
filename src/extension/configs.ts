/**
 * Which engine config applies to a file: the nearest mlobs.json / .mlobs.json at or above it (the same
 * search as the CLI, so editor and CI agree), with the `mlobs.*` settings laid over it. A broken file
 * yields a problem to report and the defaults plus settings, never an exception. No `vscode` import.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits as applyJsonEdits, modify as modifyJson, parse as parseJsonc } from 'jsonc-parser';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../engine';
import { engine } from './engine';
import { overlaySettings, Settings } from './settings';

export interface ConfigProblem { file: string; problem: string }

export interface Resolved {
  config: ResolvedConfig;
  /** Folder that paths in the config (waivers, include/exclude) are relative to. */
  root: string;
  /** The raw input that `resolveConfig(raw, rawFile)` turns into `config`: what the worker thread is sent. */
  raw: unknown;
  rawFile: string;
  /** Identifies this config, for caches here and in the worker. */
  key: string;
  problems: ConfigProblem[];
}

/** The name used for settings-only configs in messages. */
export const SETTINGS_SOURCE = 'settings (mlobs.*)';

export class ConfigResolver {
  private readonly nearest = new Map<string, string | null>();
  private readonly files = new Map<string, { raw?: unknown; problem?: ConfigProblem }>();
  private readonly resolved = new Map<string, Resolved>();

  /** Config files read so far (for the change poll: file watchers can miss writes). */
  loadedFiles(): string[] {
    return [...this.files.keys()];
  }

  /** Forgets everything: called when a config file or a setting changes. */
  invalidate(): void {
    this.nearest.clear();
    this.files.clear();
    this.resolved.clear();
  }

  /**
   * @param dir folder of the analysed file (or of the workspace folder, for an untitled document)
   * @param fallbackRoot root for relative paths when no config file exists (the workspace folder)
   */
  resolve(dir: string | undefined, fallbackRoot: string | undefined, settings: Settings): Resolved {
    const file = dir ? this.find(dir) : undefined;
    const cacheKey = `${file ?? ''}\0${JSON.stringify(settings)}`;
    const hit = this.resolved.get(cacheKey);
    if (hit) return hit;
    const loaded = file ? this.load(file) : undefined;
    const problems = loaded?.problem ? [loaded.problem] : [];
    const e = engine();
    let raw: unknown = overlaySettings(loaded?.raw, settings);
    let rawFile = loaded?.raw !== undefined ? file! : SETTINGS_SOURCE;
    let config: ResolvedConfig;
    try {
      config = resolveWithFile(raw, rawFile);
    } catch (err) {
      // Settings were validated field by field, so this is a combination the engine rejects; say so and use the file alone.
      problems.push({ file: SETTINGS_SOURCE, problem: err instanceof e.ConfigError ? err.problem : String(err) });
      raw = loaded?.raw ?? {};
      rawFile = loaded?.raw !== undefined ? file! : SETTINGS_SOURCE;
      config = resolveWithFile(raw, rawFile);
    }
    const root = file ? path.dirname(file) : fallbackRoot ?? dir ?? '/';
    // the key names the content too: the worker caches configs by key, and an edited mlobs.json is a new config
    const key = `${cacheKey}\0${createHash('sha1').update(JSON.stringify(raw) ?? '').digest('hex')}`;
    const r: Resolved = { config, root, raw, rawFile, key, problems };
    this.resolved.set(cacheKey, r);
    return r;
  }

  private find(dir: string): string | undefined {
    let hit = this.nearest.get(dir);
    if (hit === undefined) {
      hit = engine().findConfigFile(dir) ?? null;
      this.nearest.set(dir, hit);
    }
    return hit ?? undefined;
  }

  private load(file: string): { raw?: unknown; problem?: ConfigProblem } {
    let entry = this.files.get(file);
    if (!entry) {
      const e = engine();
      try {
        // The engine validates and words the problem (file, key, what is wrong); the raw JSON is kept for the overlay.
        e.loadConfigFile(file);
        entry = { raw: parseJsonc(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''), [], { allowTrailingComma: true }) };
      } catch (err) {
        entry = { problem: err instanceof e.ConfigError ? { file: err.file, problem: err.problem } : { file, problem: String(err) } };
      }
      this.files.set(file, entry);
    }
    return entry;
  }
}

/**
 * Notices changes of the config files in use by their size and modification time. VS Code's file watcher
 * is the first signal, but it can miss a write (seen on these machines with `workspace.fs.writeFile`), and a
 * config that silently stops applying is worse than a late one; a poll of a handful of files costs nothing.
 */
export class ConfigFilePoll {
  private readonly seen = new Map<string, string>();

  /** The current state is the known one (a reload for another reason has just read everything again). */
  resync(): void {
    for (const file of this.seen.keys()) this.seen.set(file, signature(file));
  }

  /** Files whose content may have changed since the last call; `files` are the ones in use now. */
  changed(files: string[]): string[] {
    const out: string[] = [];
    for (const file of files) if (!this.seen.has(file)) this.seen.set(file, signature(file));
    for (const [file, before] of this.seen) {
      const now = signature(file);
      if (now !== before) { out.push(file); this.seen.set(file, now); }
    }
    return out;
  }
}

function signature(file: string): string {
  try { const s = fs.statSync(file); return `${s.size}:${s.mtimeMs}`; } catch { return 'missing'; }
}

/** `resolveConfig`, with the config's `file` left unset when the input came from settings alone. */
export function resolveWithFile(raw: unknown, rawFile: string): ResolvedConfig {
  const config = engine().resolveConfig(raw, rawFile);
  if (rawFile === SETTINGS_SOURCE) delete config.file;
  return config;
}

/** Whether a config's include/exclude globs (relative to its root) keep a file, as the CLI's walker decides. */
export function wanted(rel: string, include: string[], exclude: string[]): boolean {
  return (!include.length || picomatch(include, { dot: true })(rel)) && !(exclude.length && picomatch(exclude, { dot: true })(rel));
}

/** Knowledge entries to add to a config file (what "Mark as inference point" writes). */
export interface KnowledgeAddition { inference: { match: string }[]; producers?: { match: string; type: string }[] }

/**
 * A config file's text with knowledge entries appended (`knowledge.inference`, `knowledge.producers`), its comments and
 * layout kept; entries already there (same `match`) are not added twice. `text` undefined: a new file.
 */
export function addKnowledge(text: string | undefined, add: KnowledgeAddition): string {
  let out = text ?? '{}\n';
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
  for (const key of ['producers', 'inference'] as const) {
    for (const entry of add[key] ?? []) {
      const parsed = parseJsonc(out, [], { allowTrailingComma: true }) as { knowledge?: Record<string, unknown> } | undefined;
      const list = parsed?.knowledge?.[key];
      const existing = Array.isArray(list) ? list : [];
      if (existing.some(e => (e as { match?: unknown })?.match === entry.match)) continue;
      out = applyJsonEdits(out, modifyJson(out, ['knowledge', key, existing.length], entry, { isArrayInsertion: true, formattingOptions }));
    }
  }
  return out;
}

/**
 * Whether `files.exclude` patterns (as VS Code's setting holds them: glob → true) hide a file or a folder above it,
 * relative to its workspace folder, as the explorer does. Patterns with a `when` clause (hide x.js next to x.ts) concern
 * generated siblings: they are not applied.
 */
export function excludedBy(patterns: unknown, folder: string, fsPath: string): boolean {
  if (!patterns || typeof patterns !== 'object') return false;
  const globs = Object.entries(patterns as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
  if (!globs.length) return false;
  const match = picomatch(globs, { dot: true });
  const parts = path.relative(folder, fsPath).split(path.sep);
  return parts.some((_, i) => match(parts.slice(0, i + 1).join('/')));
}
