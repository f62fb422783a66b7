// npm run bench, memory: the CLI's peak resident memory (whole process, workers included) on the Python corpus the
// throughput bench uses (the local standard library, or a generated one), and on a tree of about a million lines
// made of copies of it; beside them, the peak of a process that only starts the CLI (`mlobs --version`), the
// baseline measured in the same run. Issue 11 asks for bounded memory on the large tree: the figures say how far.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const cli = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const preload = path.join(import.meta.dirname, 'memory.cjs');

function stdlibDir() {
  try { return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim(); }
  catch { return undefined; }
}
function pyFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !['site-packages', 'test', 'tests', 'idlelib', '__pycache__'].includes(e.name)) pyFiles(p, out);
    else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
  }
  return out;
}
function corpus() {
  const dir = process.env.MLOBS_BENCH_DIR ?? stdlibDir();
  if (dir && fs.existsSync(dir)) return pyFiles(dir).map(f => fs.readFileSync(f, 'utf8')).filter(t => t.length < 1_000_000);
  const base = path.join(import.meta.dirname, '..', 'corpus', 'python');
  const texts = fs.readdirSync(base).map(f => fs.readFileSync(path.join(base, f), 'utf8'));
  return Array.from({ length: 400 }, (_, i) => texts[i % texts.length].repeat(1 + (i % 7)));
}

/** Peak RSS (MB) and wall time of one CLI run in `cwd`. */
function run(cwd, args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const kb = Number(/mlobs-bench-maxrss-kb (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { mb: kb / 1024, ms };
}

const texts = corpus();
const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-bench-memory-'));
const small = path.join(root, 'one');
const large = path.join(root, 'many');
fs.mkdirSync(small);
texts.forEach((t, i) => fs.writeFileSync(path.join(small, `m${i}.py`), t));
const copies = Math.max(1, Math.ceil(1_000_000 / lines));
for (let c = 0; c < copies; c++) {
  const d = path.join(large, `copy${c}`);
  fs.mkdirSync(d, { recursive: true });
  texts.forEach((t, i) => fs.writeFileSync(path.join(d, `m${i}.py`), t));
}
const baseline = run(root, ['--version']);
const one = run(small, ['scan', '.', '-f', 'json', '--no-cache', '--no-progress']);
const many = run(large, ['scan', '.', '-f', 'json', '--no-cache', '--no-progress']);
console.log(`CLI peak memory (whole process, workers included, --no-cache; ${os.availableParallelism?.() ?? os.cpus().length} cores):`);
console.log(`  baseline (mlobs --version)        : ${baseline.mb.toFixed(0)} MB`);
console.log(`  ${String(texts.length).padStart(5)} files, ${lines.toLocaleString('en')} lines      : ${one.mb.toFixed(0)} MB  (${one.ms.toFixed(0)} ms)`);
console.log(`  ${String(texts.length * copies).padStart(5)} files, ${(lines * copies).toLocaleString('en')} lines    : ${many.mb.toFixed(0)} MB  (${many.ms.toFixed(0)} ms)  ratio to the smaller tree: ${(many.mb / one.mb).toFixed(2)}`);
fs.rmSync(root, { recursive: true, force: true });
