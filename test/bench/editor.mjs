// npm run bench (second part) / npm run bench:editor — the editor's latency: from an edit to updated
// diagnostics, for Python files of 1k, 5k and 20k lines, measured on Node through the code path the
// extension uses (src/extension/documents.ts): the engine's analysis of the whole edited text, inline for
// small files, and through the worker thread (dist/worker.js, a message round trip) above the adapter's
// inline limit. Printed as median and p95 and as ratios to the raw web-tree-sitter parse of the same text.
// The adapter keeps each document's syntax tree and edits it with VS Code's text changes (tree reuse); the
// incremental reparse time is printed too. The 300 ms debounce is not included.
import path from 'node:path';
import { Parser, Language } from 'web-tree-sitter';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';
import { servingModule, quantile } from './serving-module.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
// The adapter's policy (src/extension/documents.ts): inline unless the text is large or an inline run was slow.
const INLINE_MAX_CHARS = 200_000, INLINE_BUDGET_MS = 100;


const config = engine.defaultConfig();
await engine.ensureLanguage('python');
const grammars = path.join(ROOT, 'grammars');
await Parser.init({ locateFile: f => path.join(grammars, f) });
const parser = new Parser();
parser.setLanguage(await Language.load(path.join(grammars, 'tree-sitter-python.wasm')));
const { WorkerClient } = await loadExtensionModule('workerClient');
const { LiveAnalysis } = await loadExtensionModule('liveAnalysis');
const live = new LiveAnalysis();
const worker = new WorkerClient(path.join(ROOT, 'dist', 'worker.js'));
const ref = { key: 'bench', raw: {}, rawFile: 'settings (mlobs.*)', root: ROOT };

console.log('editor latency: edit → analysis result (what the diagnostics are made from), Python, default config');
console.log('  lines   points  raw parse   incr. parse  path      median    p95      median/parse  p95/parse');
for (const [lines, edits] of [[1000, 40], [5000, 20], [20000, 10]]) {
  let text = servingModule(lines);
  const points = engine.analyzeTextSync('svc.py', text, config).inferencePoints.length;
  let slow = false, inlineRuns = 0;
  const parse = [], incremental = [], analysis = [];
  // warm-up: JIT, WASM, the worker's engine
  parser.parse(text)?.delete();
  engine.analyzeTextSync('svc.py', text, config);
  await worker.analyze('svc.py', text, ref, `doc${lines}`);
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
    const inWorker = text.length > INLINE_MAX_CHARS || slow;
    t0 = performance.now();
    // The change as VS Code reports it: the adapter edits the kept syntax tree with it (inline or in the worker).
    const change = { rangeOffset: at, rangeLength: 0, text: insert, range: { start: { line: row, col: 0 }, end: { line: row, col: 0 } } };
    const result = inWorker ? (await worker.analyze('svc.py', text, ref, `doc${lines}`, [change])).result : await live.analyze('svc.py', text, config, `doc${lines}`, [change]);
    text.split('\n');   // the adapter splits the text for the diagnostics' evidence ranges
    const ms = performance.now() - t0;
    analysis.push(ms);
    if (!inWorker) { inlineRuns++; if (ms > INLINE_BUDGET_MS) slow = true; }
    if (result.inferencePoints.length !== points) throw new Error('the edit changed the analysis: benchmark is broken');
  }
  tree.delete();
  const p = quantile(parse, 0.5), m = quantile(analysis, 0.5), p95 = quantile(analysis, 0.95);
  console.log(`  ${String(lines).padStart(5)}   ${String(points).padStart(4)}    ${p.toFixed(1).padStart(6)} ms  ${quantile(incremental, 0.5).toFixed(1).padStart(6)} ms    ${(inlineRuns === edits ? 'inline' : inlineRuns ? `${inlineRuns}i+wkr` : 'worker').padEnd(7)}  ${m.toFixed(1).padStart(6)} ms  ${p95.toFixed(1).padStart(6)} ms   ${(m / p).toFixed(2).padStart(6)}        ${(p95 / p).toFixed(2).padStart(6)}`);
}
await worker.terminate();
console.log('  (medians and p95 over 40/20/10 edits; path: inline on the extension host, or the worker thread after');
console.log('   the first inline run over 100 ms ("1i+wkr") or for texts over 200k characters; incr. parse = tree-sitter');
console.log('   reparse reusing the edited old tree, as the adapter does; the rest of the time is lowering and analysis)');
live.dispose();
