/**
 * Collects the files to scan: explicit files as given, directories walked honouring .gitignore
 * files and the config's include/exclude globs; virtual environments, node_modules and VCS folders
 * are never entered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'site-packages', '.ipynb_checkpoints', '.vscode-test', '.vscode-server']);

export interface WalkOptions { extensions: string[]; include: string[]; exclude: string[]; root: string }

export function collectFiles(inputs: string[], opts: WalkOptions): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const include = opts.include.length ? picomatch(opts.include, { dot: true }) : undefined;
  const exclude = opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : undefined;
  const wanted = (file: string) => {
    const rel = path.relative(opts.root, file).split(path.sep).join('/');
    return (!include || include(rel)) && !(exclude && exclude(rel));
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try { stat = fs.statSync(input); } catch { missing.push(input); continue; }
    if (stat.isFile()) { files.push(input); continue; }
    walk(input, [], files, opts.extensions, wanted);
  }
  return { files: [...new Set(files)], missing };
}

interface Rules { base: string; ig: Ignore }

function walk(dir: string, parentRules: Rules[], out: string[], extensions: string[], wanted: (f: string) => boolean): void {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  const rules = [...parentRules];
  if (entries.some(e => e.name === '.gitignore' && e.isFile())) {
    try { rules.push({ base: dir, ig: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }); } catch { /* unreadable .gitignore: ignore it */ }
  }
  // A folder with pyvenv.cfg is a virtual environment whatever its name.
  if (entries.some(e => e.name === 'pyvenv.cfg')) return;
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const isDir = e.isDirectory();
    if (isDir && SKIP_DIRS.has(e.name)) continue;
    if (rules.some(r => r.ig.ignores(path.relative(r.base, full).split(path.sep).join('/') + (isDir ? '/' : '')))) continue;
    if (isDir) walk(full, rules, out, extensions, wanted);
    else if (e.isFile() && extensions.includes(path.extname(e.name).toLowerCase()) && wanted(full)) out.push(full);
  }
}
