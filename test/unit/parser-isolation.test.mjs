// Parser isolation: a fault inside the WASM parser costs only the file it happened on. The fault here is real (the
// module traps on a pointer outside its heap, as a scanner bug would make it); the test hook only provokes it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../lib/engine.mjs';

const cfg = engine.defaultConfig();
const SERVING = 'import joblib\nmodel = joblib.load("m.pkl")\n\ndef score(x):\n    return model.predict(x)\n';

test('a WASM fault gives the faulting file one note and the next file a working parser', async () => {
  await engine.ensureLanguage('python');
  const before = engine.pythonParserRestarts();
  engine.corruptPythonParserForTesting();
  const faulted = await engine.analyzeText('bad.py', SERVING, cfg);
  assert.equal(faulted.errors.length, 1);
  assert.match(faulted.errors[0].message, /^internal error in the Python parser on this file \(memory access out of bounds\): not analysed; the parser is restarted/);
  assert.equal(faulted.inferencePoints.length, 0);
  assert.equal(engine.pythonParserRestarts(), before + 1);
  for (const name of ['next.py', 'after.py']) {
    const r = await engine.analyzeText(name, SERVING, cfg);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.inferencePoints.map(p => p.range.start.line), [4]);
  }
});

test('a project scan goes on after a fault, and the faulting file is counted as an internal error', async () => {
  await engine.ensureLanguage('python');
  engine.corruptPythonParserForTesting();
  const files = ['a.py', 'b.py', 'c.py'].map(p => ({ path: p, file: `/proj/${p}`, bytes: Buffer.from(SERVING) }));
  const results = await engine.analyzeProject(files, cfg, '/proj');
  assert.deepEqual(results.map(r => r.errors.map(e => e.message.slice(0, 38))), [['internal error in the Python parser on'], [], []]);
  assert.deepEqual(results.map(r => r.inferencePoints.length), [0, 1, 1]);
});

test('an edited document whose tree belonged to the faulted parser is parsed afresh, not edited', async () => {
  await engine.ensureLanguage('python');
  const docs = new engine.DocumentModels();
  docs.update('doc', 'python', SERVING, 1000);
  engine.corruptPythonParserForTesting();
  const faulted = docs.update('other', 'python', SERVING, 1000);
  assert.match(faulted.notes[0], /^internal error in the Python parser/);
  await engine.ensureLanguage('python');
  const text = SERVING.replace('def score', 'def rank');
  const at = SERVING.indexOf('score');
  const change = { rangeOffset: at, rangeLength: 5, text: 'rank', range: { start: { line: 3, col: 4 }, end: { line: 3, col: 9 } } };
  assert.deepEqual(docs.update('doc', 'python', text, 1000, [change]), engine.buildModel('python', text, 1000));
  docs.dispose();
});
