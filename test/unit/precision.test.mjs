// Precision and pin state: model definitions, training scripts and code without ML give nothing; every pin
// state is reported with the annotated value. Fixtures: test/fixtures/precision (annotated) and
// test/fixtures/quiet (no annotation at all: nothing may be found there).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureDifferences } from '../lib/expectations.mjs';
import { engine } from '../lib/engine.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = dir => fs.readdirSync(path.join(here, '..', 'fixtures', dir)).map(f => path.join(here, '..', 'fixtures', dir, f));

for (const file of fixtures('precision')) {
  test(`precision fixture ${path.basename(file)}`, async () => {
    assert.deepEqual(await fixtureDifferences(file), []);
  });
}

for (const file of fixtures('quiet')) {
  test(`code without a model gives nothing: ${path.basename(file)}`, async () => {
    const res = await engine.analyzeText(file, fs.readFileSync(file, 'utf8'), engine.defaultConfig());
    assert.deepEqual([res.inferencePoints.length, res.modelLoads.length, res.findings.map(f => f.code)], [0, 0, []]);
  });
}

test('a generic deserialiser is a model load once the file shows a model', async () => {
  const plain = 'import pickle\n\ndef read(f):\n    return pickle.load(f)\n';
  const named = 'import pickle\n\ndef read(f):\n    model = pickle.load(f)\n    return model\n';
  const used = 'import pickle\n\ndef score(f, rows):\n    clf = pickle.load(f)\n    return clf.predict(rows)\n';
  const count = async t => (await engine.analyzeText('x.py', t, engine.defaultConfig())).modelLoads.length;
  assert.deepEqual([await count(plain), await count(named), await count(used)], [0, 1, 1]);
});

test('JSON pin reasons say where an unknown reference comes from', async () => {
  const res = await engine.analyzeText('x.py', 'import os, joblib\nm = joblib.load(os.environ["MODEL_PATH"])\nm.predict([[1]])\n', engine.defaultConfig());
  assert.deepEqual(res.modelLoads.map(l => [l.pin, l.pinned, l.pinReason]), [['unknown', false, 'the code does not say which model is loaded: it comes from the environment']]);
  assert.deepEqual(res.findings.map(f => f.code).filter(c => c === 'MLO003'), []);
});

test('a hosted model named outside `model=` is checked where it is named (Workers AI, Bedrock modelId)', async () => {
  const file = path.join(here, '..', 'fixtures', 'packs', 'cloudflare-ai', 'binding.ts');
  const text = fs.readFileSync(file, 'utf8');
  const res = await engine.analyzeText(file, text, engine.defaultConfig());
  assert.deepEqual(res.modelLoads.filter(l => l.kind === 'llm').length, 2);
  const named = res.findings.filter(f => f.code === 'MLO003').map(f => [text.split('\n')[f.range.start.line].slice(f.range.start.col, f.range.end.col), f.message]);
  assert.deepEqual(named, [
    ['SUMMARY_MODEL', 'model "@cf/facebook/bart-large-cnn" is an alias that the provider moves to new snapshots; pin a dated snapshot'],
    ["'@cf/meta/llama-3-8b-instruct'", 'model "@cf/meta/llama-3-8b-instruct" is an alias that the provider moves to new snapshots; pin a dated snapshot'],
  ]);
});
