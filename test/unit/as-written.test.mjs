// Inference points are named as the code writes them (`text`), beside what they resolve to (`callee`).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze, engine } from '../lib/engine.mjs';

test('a short call is shown whole; a long or multi-line one as its callee and (…)', async () => {
  const py = [
    'import joblib',
    'from transformers import pipeline',
    'model = joblib.load("m.joblib")',
    'sentiment = pipeline("sentiment-analysis")',
    'def serve(X, ticket, rows):',
    '    a = model.predict_proba(X)',
    '    b = sentiment(ticket)',
    '    c = model.predict(',
    '        [[row["age"], row["income"], row["tenure"], row["plan"]] for row in rows]',
    '    )',
    '    return a, b, c',
  ].join('\n');
  const r = await analyze('serve.py', py);
  assert.deepEqual(r.inferencePoints.map(p => [p.text, p.callee]), [
    ['model.predict_proba(X)', 'joblib.load(…).predict_proba'],
    ['sentiment(ticket)', 'transformers.pipeline(…).__call__'],
    ['model.predict(…)', 'joblib.load(…).predict'],
  ]);
});

test('asWritten: a call broken over lines reads as one line, a very long callee cut', () => {
  const lines = ['x = client.chat', '    .completions.create(model="gpt-4o", messages=msgs)'];
  const call = { start: { line: 0, col: 4 }, end: { line: 1, col: 54 } }, callee = { start: { line: 0, col: 4 }, end: { line: 1, col: 23 } };
  assert.equal(engine.asWritten(lines, call, callee), 'client.chat.completions.create(…)');
  assert.equal(engine.asWritten(lines, call, callee, 200), 'client.chat.completions.create(model="gpt-4o", messages=msgs)');
  assert.equal(engine.asWritten(['m = ' + 'a'.repeat(80) + '(x)'], { start: { line: 0, col: 4 }, end: { line: 0, col: 87 } }, { start: { line: 0, col: 4 }, end: { line: 0, col: 84 } }), 'a'.repeat(44) + '…(…)');
});
