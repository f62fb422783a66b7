// npm run bench: analysis throughput on a large Python corpus (the local Python standard library if there is
// one, else a generated corpus), as lines per second and as the ratio of total analysis time to raw
// tree-sitter parse time of the same files, measured in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Parser, Language } from 'web-tree-sitter';
import { parse as estreeParse } from '@typescript-eslint/typescript-estree';
import { engine } from '../lib/engine.mjs';

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

function generated() {
  const corpus = path.join(import.meta.dirname, '..', 'corpus', 'python');
  const base = fs.readdirSync(corpus).map(f => fs.readFileSync(path.join(corpus, f), 'utf8'));
  return Array.from({ length: 400 }, (_, i) => ({ file: `gen${i}.py`, text: base[i % base.length].repeat(1 + (i % 7)) }));
}

const dir = process.env.MLOBS_BENCH_DIR ?? stdlibDir();
let inputs;
if (dir && fs.existsSync(dir)) {
  inputs = pyFiles(dir).map(f => ({ file: f, text: fs.readFileSync(f, 'utf8') })).filter(x => x.text.length < 1_000_000);
  console.log(`corpus: ${dir} (${inputs.length} files)`);
} else {
  inputs = generated();
  console.log(`corpus: generated from test/corpus/python (${inputs.length} files)`);
}
const config = engine.defaultConfig();
await engine.ensureLanguage('python');

// The baseline is web-tree-sitter on its own: the same grammar, no budget callback, no lowering.
const grammars = path.join(import.meta.dirname, '..', '..', 'grammars');
await Parser.init({ locateFile: f => path.join(grammars, f) });
const rawParser = new Parser();
rawParser.setLanguage(await Language.load(path.join(grammars, 'tree-sitter-python.wasm')));

// Raw parses: web-tree-sitter for Python; typescript-estree with the options the front end uses for TS/JS.
const rawParse = x => x.file.endsWith('.py') ? rawParser.parse(x.text)?.delete()
  : estreeParse(x.text, { filePath: x.file, jsx: /x$/.test(x.file), loc: true, range: true, comment: true, errorOnUnknownASTType: false });

function measure(label, files, baseline = 'tree-sitter') {
  const lines = files.reduce((n, x) => n + x.text.split('\n').length, 0);
  const timeParse = () => { const t0 = performance.now(); for (const x of files) rawParse(x); return performance.now() - t0; };
  const timeAnalyse = () => {
    const t0 = performance.now();
    let points = 0, findings = 0;
    for (const x of files) { const r = engine.analyzeTextSync(x.file, x.text, config); points += r.inferencePoints.length; findings += r.findings.length; }
    return { ms: performance.now() - t0, points, findings };
  };
  timeParse(); timeAnalyse(); // warm-up: JIT and the WASM module
  const runs = 3, parse = [], analyse = [];
  let last;
  for (let i = 0; i < runs; i++) { parse.push(timeParse()); last = timeAnalyse(); analyse.push(last.ms); }
  const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const p = median(parse), a = median(analyse);
  console.log(`${label}: ${lines.toLocaleString('en')} lines in ${files.length} files; ${last.points} inference points, ${last.findings} findings`);
  console.log(`  raw ${baseline.padEnd(16)}: ${p.toFixed(0)} ms  (${Math.round(lines / (p / 1000)).toLocaleString('en')} lines/s)`);
  console.log(`  full analysis         : ${a.toFixed(0)} ms  (${Math.round(lines / (a / 1000)).toLocaleString('en')} lines/s)`);
  console.log(`  ratio analysis/parse  : ${(a / p).toFixed(2)}  (median of ${runs} runs; aim: under 2)`);
}

measure('python (large corpus)', inputs);
// ML-dense code, where every file has models, sinks and value flow to check.
const corpusDir = path.join(import.meta.dirname, '..', 'corpus', 'python');
const dense = fs.readdirSync(corpusDir).filter(f => f.endsWith('.py')).map(f => ({ file: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));
measure('python (annotated serving corpus x10)', Array.from({ length: 10 }, () => dense).flat());

// TypeScript/JavaScript: real-world sources from node_modules (zod's TypeScript sources, typescript-eslint's JS),
// against raw typescript-estree parses with the front end's options.
await engine.ensureLanguage('typescript');
const nm = path.join(import.meta.dirname, '..', '..', 'node_modules');
function files(dir, ok, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, ok, out); else if (ok(e.name)) out.push({ file: p, text: fs.readFileSync(p, 'utf8') });
  }
  return out;
}
const tsFiles = [
  ...files(path.join(nm, 'zod', 'src'), n => n.endsWith('.ts') && !n.endsWith('.d.ts')),
  ...files(path.join(nm, '@typescript-eslint'), n => n.endsWith('.js')),
].filter(x => x.text.length < 1_000_000);
measure('typescript/javascript (zod src + typescript-eslint dist)', tsFiles, 'typescript-estree');
const tsCorpusDir = path.join(import.meta.dirname, '..', 'corpus', 'ts');
const tsDense = fs.readdirSync(tsCorpusDir).filter(f => !f.endsWith('.md')).map(f => ({ file: f, text: fs.readFileSync(path.join(tsCorpusDir, f), 'utf8') }));
measure('typescript/javascript (annotated serving corpus x10)', Array.from({ length: 10 }, () => tsDense).flat(), 'typescript-estree');

// The CLI's result cache: whole-process runs over a copy of the Python corpus, cold (no cache), warm (nothing
// changed: read back without parsing) and after one file changed (every file parsed, one analysed again).
{
  const { spawnSync } = await import('node:child_process');
  const os = await import('node:os');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-bench-cache-'));
  inputs.forEach((x, i) => fs.writeFileSync(path.join(copy, `m${i}.py`), x.text));
  const cli = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
  const timeRun = (...extra) => { const t0 = performance.now(); spawnSync(process.execPath, [cli, 'scan', '.', '-f', 'json', '--no-progress', ...extra], { cwd: copy, stdio: 'ignore' }); return performance.now() - t0; };
  const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  // Per-core scaling of `mlobs scan --jobs N` (no cache): runs alternate between the settings, so that load from
  // elsewhere on the machine falls on all of them alike; the load average is printed beside the figures.
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const settings = [...new Set([1, 2, cores])];
  const times = new Map(settings.map(j => [j, []]));
  const load = os.loadavg()[0];
  for (let round = 0; round < 3; round++) for (const j of settings) times.get(j).push(timeRun('--no-cache', '--jobs', String(j)));
  const one = median(times.get(1));
  console.log(`CLI worker threads (${inputs.length} files, whole process, --no-cache, median of 3; ${cores} cores, load average ${load.toFixed(1)} before):`);
  for (const j of settings) {
    const t = median(times.get(j));
    console.log(`  --jobs ${String(j).padEnd(3)}${j === cores ? ' (all)' : '      '}: ${t.toFixed(0)} ms${j === 1 ? '' : `  ratio time(jobs 1) / time(jobs ${j}): ${(one / t).toFixed(2)}`}`);
  }
  const cold = median([0, 1, 2].map(() => { fs.rmSync(path.join(copy, '.mlobs_cache'), { recursive: true, force: true }); return timeRun(); }));
  const warm = median([0, 1, 2].map(timeRun));
  const touched = median([0, 1, 2].map(i => { fs.appendFileSync(path.join(copy, 'm0.py'), `\n# edit ${i}\n`); return timeRun(); }));
  console.log(`CLI result cache (${inputs.length} files, whole process, median of 3):`);
  console.log(`  cold ${cold.toFixed(0)} ms, unchanged tree ${warm.toFixed(0)} ms, one file changed ${touched.toFixed(0)} ms`);
  console.log(`  ratio cold/cached     : ${(cold / warm).toFixed(1)}  (aim: at least 10)`);
  fs.rmSync(copy, { recursive: true, force: true });
}
