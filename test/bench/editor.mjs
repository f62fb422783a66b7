// npm run bench (second part) / npm run bench:editor — the editor's latency: from an edit to updated
// diagnostics, for Python files of 1k, 5k and 20k lines, measured on Node through the code path the
// language server uses for an open document (src/extension/liveAnalysis.ts): the engine's analysis of the whole
// edited text, its kept syntax tree edited with the editor's text changes (tree reuse). Printed as median and p95
// and as ratios to the raw web-tree-sitter parse of the same text; the incremental reparse time is printed too.
// The 300 ms debounce and the protocol are not included (test/bench/server.mjs measures them over LSP).
import path from 'node:path';
import { Parser, Language } from 'web-tree-sitter';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';
import { servingModule, quantile } from './serving-module.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');


const config = engine.defaultConfig();
await engine.ensureLanguage('python');
const grammars = path.join(ROOT, 'grammars');
await Parser.init({ locateFile: f => path.join(grammars, f) });
const parser = new Parser();
parser.setLanguage(await Language.load(path.join(grammars, 'tree-sitter-python.wasm')));
const { LiveAnalysis } = await loadExtensionModule('liveAnalysis');
const live = new LiveAnalysis();

console.log('editor latency: edit → analysis result (what the diagnostics are made from), Python, default config');
console.log('  lines   points  raw parse   incr. parse  median    p95      median/parse  p95/parse');
for (const [lines, edits] of [[1000, 40], [5000, 20], [20000, 10]]) {
  let text = servingModule(lines);
  const points = engine.analyzeTextSync('svc.py', text, config).inferencePoints.length;
  const parse = [], incremental = [], analysis = [];
  // warm-up: JIT, WASM. A server has analysed the workspace before anyone types, so the code paths are compiled: the
  // warm-up analyses a scratch copy a few times (one analysis left the first dozen edits of the 1k file at 2–3× the
  // later ones, which is the JIT, not the editor's latency)
  parser.parse(text)?.delete();
  engine.analyzeTextSync('svc.py', text, config);
  for (let k = 0; k < 15; k++) await live.analyze('svc.py', `${text}\n# warm-up ${k}\n`, config, `warm${lines}`);
  live.close(`warm${lines}`);
  await live.analyze('svc.py', text, config, `doc${lines}`);
  let tree = parser.parse(text);
  for (let i = 0; i < edits; i++) {
    // Typing in the middle of the file: one new statement in a function body.
    const at = text.indexOf('\n        cleaned.append(item)', Math.floor(text.length / 2)) + 1;
    const insert = `        item["seen_${i}"] = ${i}\n`;
    const before = text.slice(0, at);
    text = before + insert + text.slice(at);
    const row = before.split('\n').length - 1;
    let t0 = performance.now();
    parser.parse(text)?.delete();
    parse.push(performance.now() - t0);
    t0 = performance.now();
    tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + insert.length, startPosition: { row, column: 0 }, oldEndPosition: { row, column: 0 }, newEndPosition: { row: row + 1, column: 0 } });
    const next = parser.parse(text, tree);
    incremental.push(performance.now() - t0);
    tree.delete();
    tree = next;
    t0 = performance.now();
    // The change as the editor reports it: the server edits the kept syntax tree with it.
    const change = { rangeOffset: at, rangeLength: 0, text: insert, range: { start: { line: row, col: 0 }, end: { line: row, col: 0 } } };
    const result = await live.analyze('svc.py', text, config, `doc${lines}`, [change]);
    text.split('\n');   // the server splits the text for the diagnostics' evidence ranges
    analysis.push(performance.now() - t0);
    if (result.inferencePoints.length !== points) throw new Error('the edit changed the analysis: benchmark is broken');
  }
  tree.delete();
  const p = quantile(parse, 0.5), m = quantile(analysis, 0.5), p95 = quantile(analysis, 0.95);
  console.log(`  ${String(lines).padStart(5)}   ${String(points).padStart(4)}    ${p.toFixed(1).padStart(6)} ms  ${quantile(incremental, 0.5).toFixed(1).padStart(6)} ms   ${m.toFixed(1).padStart(6)} ms  ${p95.toFixed(1).padStart(6)} ms   ${(m / p).toFixed(2).padStart(6)}        ${(p95 / p).toFixed(2).padStart(6)}`);
}
console.log('  (medians and p95 over 40/20/10 edits; incr. parse = tree-sitter reparse reusing the edited old tree, as the');
console.log('   server does; the rest of the time is lowering and analysis)');
live.dispose();
