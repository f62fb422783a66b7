/**
 * The CLI's result cache, in `.mlobs_cache/` beside the config (or in the working directory), as Ruff keeps
 * `.ruff_cache/`. One file per engine build, config and root. A run over a tree whose every file is unchanged
 * reads the results back without parsing anything; otherwise every file is parsed (the project index needs
 * them all) and a file is analysed again only when its text changed or when one of the questions its analysis
 * asked of other files (an import, a call site) is answered differently now.
 * A cache that cannot be read or written is ignored: it only ever saves time.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from '../engine/analyze';
import type { ProjectFile, ResultStore } from '../engine/project';
import { sameAnswers, LookupLog } from '../engine/workspace';

export const CACHE_DIR = '.mlobs_cache';
/** Bumped when the file's layout changes. */
const FORMAT = 1;

interface Entry { sha: string; result: FileResult; log?: LookupLog }
interface CacheFile { format: number; fingerprint: string; files: Record<string, Entry> }

const sha = (data: Uint8Array | string) => crypto.createHash('sha256').update(data).digest('hex');

/** What the results depend on besides the files: the engine build that runs and the configuration. */
export function cacheKey(configFile: string | undefined, root: string): string {
  const engine = (() => { try { return sha(fs.readFileSync(__filename)); } catch { return 'unknown'; } })();
  const config = configFile ? (() => { try { return sha(fs.readFileSync(configFile)); } catch { return 'unreadable'; } })() : 'default';
  return sha(JSON.stringify([FORMAT, engine, config, path.resolve(root)])).slice(0, 24);
}

export class ResultCache implements ResultStore {
  private readonly file: string;
  private readonly earlier: CacheFile | undefined;
  private readonly shas = new Map<string, string>();
  private readonly logs = new Map<string, LookupLog>();
  /** Files analysed again, and files whose earlier result was kept. */
  analysed = 0;
  reused = 0;

  constructor(private readonly root: string, key: string, files: ProjectFile[]) {
    this.file = path.join(root, CACHE_DIR, `${key}.json`);
    for (const f of files) this.shas.set(f.path, sha(f.bytes));
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
      if (data.format === FORMAT && data.files && typeof data.fingerprint === 'string') this.earlier = data;
    } catch { /* no cache yet, or unreadable: start afresh */ }
  }

  /** The project as a whole: every file's path and text. */
  private fingerprint(): string {
    return sha(JSON.stringify([...this.shas].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))));
  }

  /** Every result of the last run, when no file was added, removed or changed since. */
  unchanged(): Map<string, FileResult> | undefined {
    if (!this.earlier || this.earlier.fingerprint !== this.fingerprint()) return undefined;
    const out = new Map<string, FileResult>();
    for (const p of this.shas.keys()) {
      const e = this.earlier.files[p];
      if (!e) return undefined;
      out.set(p, e.result);
    }
    this.reused = out.size;
    return out;
  }

  reuse(file: ProjectFile, external: Parameters<ResultStore['reuse']>[1]): FileResult | undefined {
    const e = this.earlier?.files[file.path];
    if (!e?.log || e.sha !== this.shas.get(file.path) || !sameAnswers(external, e.log)) return undefined;
    this.logs.set(file.path, e.log);
    this.reused++;
    return e.result;
  }

  keep(file: ProjectFile, _result: FileResult, log: LookupLog): void {
    this.logs.set(file.path, log);
    this.analysed++;
  }

  /** Writes this run's results (keyed by the paths `results` carry, the config-relative ones). */
  save(results: FileResult[]): void {
    const files: Record<string, Entry> = {};
    for (const r of results) {
      const s = this.shas.get(r.path);
      // a parse stopped by its time budget, or an internal error, may come out differently next time
      if (s === undefined || r.errors.some(e => /internal error|longer than .* ms/.test(e.message))) continue;
      files[r.path] = { sha: s, result: r, log: this.logs.get(r.path) };
    }
    const data: CacheFile = { format: FORMAT, fingerprint: this.fingerprint(), files };
    try {
      const dir = path.dirname(this.file);
      fs.mkdirSync(dir, { recursive: true });
      // like Ruff's cache folder: never committed, never backed up
      const ignore = path.join(dir, '.gitignore');
      if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# written by mlobs: its result cache\n*\n');
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, this.file);
      pruneOthers(dir, this.file);
    } catch { /* a read-only tree: no cache, same results */ }
  }
}

/** Keeps the newest few cache files (one per engine build and config): older builds' ones are never read again. */
function pruneOthers(dir: string, current: string): void {
  const KEEP = 8;
  const others = fs.readdirSync(dir).filter(n => n.endsWith('.json')).map(n => path.join(dir, n)).filter(f => f !== current)
    .map(f => ({ f, t: fs.statSync(f).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of others.slice(KEEP - 1)) fs.rmSync(f, { force: true });
}
