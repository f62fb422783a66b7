/**
 * Collects the files to scan: explicit files as given, directories walked honouring .gitignore
 * files and the config's include/exclude globs; virtual environments, node_modules and VCS folders
 * are never entered. Symbolic links are followed once: a file reached twice (directly and through a link) is
 * scanned once, and a link back into a folder being walked (a loop) is not entered again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'site-packages', '.ipynb_checkpoints', '.vscode-test', '.vscode-server']);

export interface WalkOptions {
  extensions: string[]; include: string[]; exclude: string[]; root: string;
  /** Files taken by name instead of by extension (deployment files: `Dockerfile`, `.env`). */
  accept?: (file: string) => boolean;
}

export function collectFiles(inputs: string[], opts: WalkOptions): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const include = opts.include.length ? picomatch(opts.include, { dot: true }) : undefined;
  const exclude = opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : undefined;
  const wanted = (file: string) => {
    const rel = path.relative(opts.root, file).split(path.sep).join('/');
    return (!include || include(rel)) && !(exclude && exclude(rel));
  };
  const seen: Seen = { dirs: new Set(), files: new Set() };
  for (const input of inputs) {
    let stat: fs.Stats;
    try { stat = fs.statSync(input); } catch { missing.push(input); continue; }
    if (stat.isFile()) { if (once(seen.files, input)) files.push(input); continue; }
    walk(input, [], files, opts.accept ?? (f => opts.extensions.includes(path.extname(f).toLowerCase())), wanted, seen);
  }
  return { files, missing };
}

/** Real paths already taken: folders entered and files collected. */
interface Seen { dirs: Set<string>; files: Set<string> }

/** Whether a path's real location is new to the set (and now in it). */
function once(set: Set<string>, p: string): boolean {
  let real: string;
  try { real = fs.realpathSync(p); } catch { return false; }
  if (set.has(real)) return false;
  set.add(real);
  return true;
}

interface Rules { base: string; ig: Ignore }

function walk(dir: string, parentRules: Rules[], out: string[], accept: (file: string) => boolean, wanted: (f: string) => boolean, seen: Seen): void {
  if (!once(seen.dirs, dir)) return;
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  const rules = [...parentRules];
  if (entries.some(e => e.name === '.gitignore' && e.isFile())) {
    try { rules.push({ base: dir, ig: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }); } catch { /* unreadable .gitignore: ignore it */ }
  }
  // A folder with pyvenv.cfg is a virtual environment whatever its name.
  if (entries.some(e => e.name === 'pyvenv.cfg')) return;
  // the files and folders themselves before links to them, so a file is reported by its own path
  entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // a link is what it points to (a broken link is nothing)
    let kind: 'dir' | 'file' | undefined = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : undefined;
    if (e.isSymbolicLink()) { try { const t = fs.statSync(full); kind = t.isDirectory() ? 'dir' : t.isFile() ? 'file' : undefined; } catch { kind = undefined; } }
    const isDir = kind === 'dir';
    if (isDir && SKIP_DIRS.has(e.name)) continue;
    if (rules.some(r => r.ig.ignores(path.relative(r.base, full).split(path.sep).join('/') + (isDir ? '/' : '')))) continue;
    if (isDir) walk(full, rules, out, accept, wanted, seen);
    else if (kind === 'file' && accept(full) && wanted(full) && once(seen.files, full)) out.push(full);
  }
}
