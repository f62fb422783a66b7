// Scores the engine against the hand-labelled corpus of real public code (LABELLING.md): inference points
// and model loads (precision, recall), pin-state agreement, per split and language. The files themselves
// live in the git-ignored .realcorpus/files/; missing or changed files are counted and skipped.
//   node test/realcorpus/score.mjs [--split dev|heldout] [--batch NAME] [--engine DIR] [--project] [--list] [--json FILE]
// --engine points at another build's dist/ (for example a copy of the engine before a change: the blind run).
// --project analyses each labelled file as `mlobs scan` does at its repository's root: the whole source tree at the
// manifest's commit (from the git mirror under /work/.mirror, extracted to .realcorpus/trees/), so imports between
// project files are followed. Files whose repository tree is not available are analysed alone, and counted.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const FILES = path.join(root, '.realcorpus', 'files');
const TREES = path.join(root, '.realcorpus', 'trees');
const MIRRORS = process.env.MLOBS_MIRRORS ?? '/work/.mirror';
const SOURCE = /\.(py|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIP_DIRS = /(^|\/)(node_modules|\.git|dist|build|out|\.next|vendor|site-packages|\.venv|venv|__pycache__|coverage)(\/|$)/;
const MAX_PROJECT_FILES = 3000;

/** The repository's source tree at a commit, extracted once; undefined when its mirror or commit is not here. */
function projectTree(repo, commit) {
  const dir = path.join(TREES, `${repo.replace('/', '+')}@${commit.slice(0, 12)}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  // a fetched mirror is a bare repository at …/repo, or a clone's …/repo/.git
  const gitDir = ['repo/.git', 'repo'].map(d => path.join(MIRRORS, repo.replace('/', '+'), d)).find(d => fs.existsSync(path.join(d, 'HEAD')));
  if (!gitDir) return undefined;
  try {
    const names = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', '-z', commit], { maxBuffer: 1 << 28 }).toString('utf8').split('\0')
      .filter(n => SOURCE.test(n) && !SKIP_DIRS.test(n)).slice(0, MAX_PROJECT_FILES);
    fs.mkdirSync(dir, { recursive: true });
    for (const n of names) {
      const dest = path.join(dir, n);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      // a blob the mirror does not hold (its largest files may be absent) is left out
      try { fs.writeFileSync(dest, execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${n}`], { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] })); } catch { /* absent */ }
    }
    fs.writeFileSync(path.join(dir, '.complete'), '');
    return dir;
  } catch { return undefined; }
}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else if (SOURCE.test(e.name)) out.push(p);
  }
  return out;
}

const projectResults = new Map();
/** What `mlobs scan` at the repository root reports for one file of it (`variant` names a config other than the default). */
export async function projectResult(engine, config, repo, commit, file, variant = '') {
  const key = `${repo}@${commit}${variant}`;
  if (!projectResults.has(key)) {
    const dir = projectTree(repo, commit);
    let byPath;
    if (dir) {
      const files = walk(dir).map(abs => ({ path: path.relative(dir, abs), file: abs, bytes: fs.readFileSync(abs) }));
      const results = await engine.analyzeProject(files, config, dir);
      byPath = new Map(results.map(r => [r.path, r]));
    }
    projectResults.set(key, byPath);
  }
  return projectResults.get(key)?.get(file);
}
function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The pin state a result reports; engines before `pin` existed only said pinned true/false. */
function pinOf(load) {
  if (load.pin) return load.pin;
  return load.pinned ? 'immutable' : 'mutable';
}

export async function scoreBatches({ split, batch, engineDir, project = false } = {}) {
  const require = createRequire(import.meta.url);
  const engine = require(path.resolve(engineDir ?? path.join(root, 'dist'), 'engine.js'));
  const config = engine.defaultConfig();
  const groups = new Map();
  const problems = [];
  const group = key => {
    if (!groups.has(key)) groups.set(key, { files: 0, missingFiles: 0, alone: 0, tp: 0, fp: 0, fn: 0, loadTp: 0, loadFp: 0, loadFn: 0, pinOk: 0, pinBad: 0, negatives: 0, negativesClean: 0 });
    return groups.get(key);
  };
  const dir = path.join(here, 'batches');
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const b = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (split && b.split !== split) continue;
    if (batch && b.batch !== batch) continue;
    for (const f of b.files) {
      const g = group(`${b.split} ${f.language}`);
      const file = path.join(FILES, f.repo.replace('/', '+'), f.path);
      if (!fs.existsSync(file)) { g.missingFiles++; continue; }
      const bytes = fs.readFileSync(file);
      if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) { g.missingFiles++; problems.push(`${f.repo}/${f.path}: sha256 differs from the manifest; skipped`); continue; }
      g.files++;
      let res = project ? await projectResult(engine, config, f.repo, f.commit, f.path) : undefined;
      if (project && !res) g.alone++;
      res ??= await engine.analyzeBytes(file, bytes, config);
      if (res.errors.some(e => /parser could not be loaded/.test(e.message))) throw new Error(`${file}: ${res.errors[0].message}`);
      const where = `${b.batch} ${f.repo}/${f.path}`;
      // labels per line, as many as are written there (two calls on one line are two points)
      const labelled = new Map();
      for (const p of f.inference) labelled.set(p.line, [...(labelled.get(p.line) ?? []), p]);
      let fpHere = 0;
      for (const p of res.inferencePoints) {
        const line = p.range.start.line + 1;
        const open = labelled.get(line);
        if (open?.length) { open.shift(); g.tp++; continue; }
        g.fp++; fpHere++;
        problems.push(`${where}:${line}: false positive inference ${p.callee}`);
      }
      for (const [line, ps] of labelled) for (const p of ps) { g.fn++; problems.push(`${where}:${line}: missed inference ${p.code ?? ''}`); }
      if (f.kind === 'negative') { g.negatives++; if (!fpHere) g.negativesClean++; }
      const loads = new Map(f.loads.map(l => [l.line, l]));
      const loadSeen = new Set();
      for (const l of res.modelLoads.filter(l => l.kind === 'load')) {
        const line = l.range.start.line + 1;
        const e = loads.get(line);
        if (!e || loadSeen.has(line)) { g.loadFp++; problems.push(`${where}:${line}: unexpected model load ${l.callee}`); continue; }
        loadSeen.add(line); g.loadTp++;
        if (pinOf(l) === e.pin) g.pinOk++;
        else { g.pinBad++; problems.push(`${where}:${line}: pin expected ${e.pin}, engine says ${pinOf(l)} (${l.pinReason})`); }
      }
      for (const [line, l] of loads) if (!loadSeen.has(line)) { g.loadFn++; problems.push(`${where}:${line}: missed model load ${l.code ?? ''}`); }
    }
  }
  for (const g of groups.values()) {
    g.precision = g.tp / Math.max(1, g.tp + g.fp);
    g.recall = g.tp / Math.max(1, g.tp + g.fn);
    g.loadPrecision = g.loadTp / Math.max(1, g.loadTp + g.loadFp);
    g.loadRecall = g.loadTp / Math.max(1, g.loadTp + g.loadFn);
    g.pinAgreement = g.pinOk / Math.max(1, g.pinOk + g.pinBad);
  }
  return { groups: Object.fromEntries([...groups].sort()), problems };
}

export function formatGroup(key, g) {
  const pct = x => (100 * x).toFixed(1) + '%';
  return `${key}: ${g.files} files${g.missingFiles ? ` (${g.missingFiles} not present)` : ''}${g.alone ? ` (${g.alone} without their project)` : ''}; inference P ${pct(g.precision)} R ${pct(g.recall)} ` +
    `(tp ${g.tp} fp ${g.fp} fn ${g.fn}); loads P ${pct(g.loadPrecision)} R ${pct(g.loadRecall)} (tp ${g.loadTp} fp ${g.loadFp} fn ${g.loadFn}); ` +
    `pin ${pct(g.pinAgreement)} (${g.pinOk}/${g.pinOk + g.pinBad}); negatives clean ${g.negativesClean}/${g.negatives}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await scoreBatches({ split: option('--split'), batch: option('--batch'), engineDir: option('--engine'), project: process.argv.includes('--project') });
  for (const [key, g] of Object.entries(result.groups)) console.log(formatGroup(key, g));
  if (process.argv.includes('--list')) for (const p of result.problems) console.log('  ' + p);
  const out = option('--json');
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
}
