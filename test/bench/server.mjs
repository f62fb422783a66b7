// npm run bench (third part) — the language server's latency: from an edit sent as a client sends it
// (textDocument/didChange, incremental) to the diagnostics of that version (textDocument/publishDiagnostics),
// over stdio with `mlobs server --stdio`, debounce set to 0. Python files of 1k, 5k and 20k lines; median and p95,
// with the raw incremental tree-sitter reparse of the same edit beside it (what the analysis itself must add to).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser, Language } from 'web-tree-sitter';
import { startClient } from '../lib/lsp.mjs';
import { servingModule, quantile } from './serving-module.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const grammars = path.join(ROOT, 'grammars');
await Parser.init({ locateFile: f => path.join(grammars, f) });
const parser = new Parser();
parser.setLanguage(await Language.load(path.join(grammars, 'tree-sitter-python.wasm')));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-server-bench-'));
const c = await startClient(dir, { initializationOptions: { debounceMs: 0, settings: { scan: { onStartup: false } } } });
console.log('language server latency: didChange → publishDiagnostics of that version, Python, stdio, no debounce');
console.log('  lines   incr. parse   median     p95     (issue 11 aims at p95 ≤ 10 / 30 / 100 ms)');
try {
  for (const [lines, edits] of [[1000, 40], [5000, 20], [20000, 10]]) {
    let text = servingModule(lines);
    const file = path.join(dir, `svc${lines}.py`);
    const { uri } = await c.open(file, text, 'python');
    let tree = parser.parse(text);
    const took = [], reparse = [];
    for (let i = -2; i < edits; i++) {   // two warm-up edits
      const at = text.indexOf('\n        cleaned.append(item)', Math.floor(text.length / 2)) + 1;
      const insert = `        item["seen_${i + 2}"] = ${i + 2}\n`;
      const before = text.slice(0, at);
      const row = before.split('\n').length - 1;
      text = before + insert + text.slice(at);
      let t0 = performance.now();
      await c.change(uri, [{ range: { start: { line: row, character: 0 }, end: { line: row, character: 0 } }, text: insert }]);
      const ms = performance.now() - t0;
      t0 = performance.now();
      tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + insert.length, startPosition: { row, column: 0 }, oldEndPosition: { row, column: 0 }, newEndPosition: { row: row + 1, column: 0 } });
      const next = parser.parse(text, tree);
      const r = performance.now() - t0;
      tree.delete();
      tree = next;
      if (i >= 0) { took.push(ms); reparse.push(r); }
    }
    tree.delete();
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    console.log(`  ${String(lines).padStart(5)}   ${quantile(reparse, 0.5).toFixed(1).padStart(6)} ms   ${quantile(took, 0.5).toFixed(1).padStart(6)} ms  ${quantile(took, 0.95).toFixed(1).padStart(6)} ms`);
  }
} finally {
  await c.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
