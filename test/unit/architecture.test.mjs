// The engine and the CLI never import vscode (design invariant 1), checked with the TypeScript
// compiler's own import scanner rather than text search.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.join(import.meta.dirname, '..', '..', 'src');
function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

test('nothing outside src/extension imports vscode', () => {
  const offenders = [];
  const checked = files(SRC).filter(f => !f.includes(`${path.sep}extension${path.sep}`));
  assert.ok(checked.length > 10);
  for (const f of checked) {
    const info = ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true);
    if (info.importedFiles.some(i => i.fileName === 'vscode')) offenders.push(path.relative(SRC, f));
  }
  assert.deepEqual(offenders, []);
});

test('the engine bundle runs in plain Node, outside VS Code', async () => {
  const { engine } = await import('../lib/engine.mjs');
  const r = await engine.analyzeText('x.py', 'import joblib\nmodel = joblib.load("model.pkl")\n', engine.defaultConfig());
  assert.equal(r.modelLoads.length, 1);
});
