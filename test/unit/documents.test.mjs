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

// Incremental lowering (src/engine/python/fragments.ts): unchanged top-level statements are copied from the previous
// lowering, moved and renumbered. Over every Python file of the test corpus and packs' fixtures, a seeded sequence of
// edits of the kinds typing makes — a line added or removed inside a body, a new top-level function, a top-level
// statement duplicated (same text twice), a syntax error made and mended, a `global` at top level — each model must
// equal a fresh lowering field for field.
const ROOT = path.join(import.meta.dirname, '..');
function pythonFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) pythonFiles(p, out); else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}
function seeded(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}
const lineStarts = t => { const out = [0]; for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) out.push(i + 1); return out; };

test('incrementally lowered models equal fresh ones over edit sequences on every corpus Python file', () => {
  const files = [...pythonFiles(path.join(ROOT, 'corpus')), ...pythonFiles(path.join(ROOT, 'fixtures'))];
  assert.ok(files.length > 200, `expected the corpus and fixtures, found ${files.length} files`);
  const docs = new engine.DocumentModels();
  let reused = 0, compared = 0;
  for (const [i, file] of files.entries()) {
    const random = seeded(i + 1);
    let text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    docs.update(file, 'python', text, 1000);
    for (let step = 0; step < 6; step++) {
      const starts = lineStarts(text);
      const line = Math.floor(random() * starts.length);
      const at = starts[line];
      const indent = /^[ \t]*/.exec(text.slice(at))[0];
      const kind = (i + step) % 6;
      let c;
      if (kind === 0) c = change(text, at, 0, `${indent}seen_${step} = model_${step}.predict(rows)\n`);
      else if (kind === 1 && line + 1 < starts.length) c = change(text, at, starts[line + 1] - at, '');
      else if (kind === 2) c = change(text, text.length, 0, `\n\ndef added_${step}(x):\n    return x\n`);
      else if (kind === 3) c = change(text, at, 0, `${indent}broken_${step} = (\n`);
      else if (kind === 4) c = change(text, 0, 0, step % 2 ? 'global shared\n' : 'import os\n');
      else c = change(text, at, 0, text.slice(at, starts[Math.min(line + 3, starts.length - 1)]) || '\n');
      text = apply(text, c);
      const incremental = docs.update(file, 'python', text, 1000, [c]);
      assert.deepEqual(incremental, engine.buildModel('python', text, 1000), `${path.relative(ROOT, file)}, edit ${step} (kind ${kind})`);
      compared++;
    }
    reused += docs.update(file, 'python', text, 1000, []) ? 1 : 0;
    docs.close(file);
  }
  assert.equal(reused, files.length);
  assert.ok(compared >= files.length * 6);
});

test('an edit inside one function re-lowers that statement only: the others are reused (moved below the edit)', () => {
  const docs = new engine.DocumentModels();
  const body = n => `def f${n}(rows):\n    out = model.predict(rows)\n    return out\n`;
  let text = 'import joblib\nmodel = joblib.load("m.pkl")\n\n' + [0, 1, 2].map(body).join('\n');
  const first = docs.update('d', 'python', text, 1000);
  const c = change(text, text.indexOf('    return out\n', text.indexOf('def f1')), 0, '    out = out + model.predict(rows)\n');
  text = apply(text, c);
  const second = docs.update('d', 'python', text, 1000, [c]);
  assert.deepEqual(second, engine.buildModel('python', text, 1000));
  // above the edit: the very same objects; below it: copies one line down and one call later
  assert.equal(second.scopes[1], first.scopes[1]);
  assert.equal(second.calls[1], first.calls[1]);
  const f2Before = first.scopes.find(s => s.name === 'f2'), f2After = second.scopes.find(s => s.name === 'f2');
  assert.notEqual(f2After, f2Before);
  assert.equal(f2After.r.start.line, f2Before.r.start.line + 1);
  const predicts = m => m.calls.filter(k => k.callee.k === 'attr' && k.callee.attr === 'predict').map(k => k.id);
  assert.deepEqual(predicts(first), [1, 2, 3]);
  assert.deepEqual(predicts(second), [1, 2, 3, 4]);
  assert.equal(second.calls[4].scope, f2After.id);
  docs.dispose();
});
