// npm run bench: analysis throughput on a large Python corpus (the local Python standard library if there is
// one, else a generated corpus), as lines per second and as the ratio of total analysis time to raw
// tree-sitter parse time of the same files, measured in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Parser, Language } from 'web-tree-sitter';
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

function measure(label, files) {
  const lines = files.reduce((n, x) => n + x.text.split('\n').length, 0);
  const timeParse = () => { const t0 = performance.now(); for (const x of files) rawParser.parse(x.text)?.delete(); return performance.now() - t0; };
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
  console.log(`  raw tree-sitter parse : ${p.toFixed(0)} ms  (${Math.round(lines / (p / 1000)).toLocaleString('en')} lines/s)`);
  console.log(`  full analysis         : ${a.toFixed(0)} ms  (${Math.round(lines / (a / 1000)).toLocaleString('en')} lines/s)`);
  console.log(`  ratio analysis/parse  : ${(a / p).toFixed(2)}  (median of ${runs} runs; aim: under 2)`);
}

measure('python (large corpus)', inputs);
// ML-dense code, where every file has models, sinks and value flow to check.
const corpusDir = path.join(import.meta.dirname, '..', 'corpus', 'python');
const dense = fs.readdirSync(corpusDir).filter(f => f.endsWith('.py')).map(f => ({ file: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));
measure('python (annotated serving corpus x10)', Array.from({ length: 10 }, () => dense).flat());
