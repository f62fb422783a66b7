// Incremental reparse: editing the previous tree-sitter tree must give exactly the model a fresh parse gives.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';

await engine.ensureLanguage('python');
const SRC = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'example', 'python', 'churn_service.py'), 'utf8');

function change(text, offset, length, insert) {
  const pos = o => { const before = text.slice(0, o).split('\n'); return { line: before.length - 1, col: before[before.length - 1].length }; };
  return { rangeOffset: offset, rangeLength: length, text: insert, range: { start: pos(offset), end: pos(offset + length) } };
}
const apply = (text, c) => text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);

test('edited trees give the same model as fresh parses, edit after edit', () => {
  const docs = new engine.DocumentModels();
  let text = SRC;
  docs.update('doc', 'python', text, 1000);
  const at = s => text.indexOf(s);
  const edits = [
    () => change(text, at('    label = model.predict'), 0, '    print("é – unicode before the call")\n'),
    () => change(text, at('[0]\n    return {"will_churn"'), 3, ''),
    () => change(text, at('def churn_safe'), 0, 'def helper(x):\n    return model.predict(x)\n\n\n'),
    () => change(text, at('except Exception:\n        return {"churn'), 'except Exception:'.length, 'except ValueError:'),
    () => change(text, text.length, 0, '\nbroken = (\n'),
  ];
  for (const make of edits) {
    const c = make();
    text = apply(text, c);
    const incremental = docs.update('doc', 'python', text, 1000, [c]);
    const fresh = engine.buildModel('python', text, 1000);
    assert.deepEqual(incremental, fresh);
  }
  const r = engine.analyzeTextSync('churn.py', text, engine.defaultConfig(), { model: docs.update('doc', 'python', text, 1000, []) });
  assert.ok(r.inferencePoints.length >= 4);
  docs.close('doc');
});

test('changes that do not match the cached text fall back to a fresh parse', () => {
  const docs = new engine.DocumentModels();
  docs.update('d', 'python', 'x = 1\n', 1000);
  const wrong = change('something else', 0, 1, 'y');
  const m = docs.update('d', 'python', 'import joblib\nm = joblib.load("a.pkl")\n', 1000, [wrong]);
  assert.deepEqual(m, engine.buildModel('python', 'import joblib\nm = joblib.load("a.pkl")\n', 1000));
  docs.dispose();
});
