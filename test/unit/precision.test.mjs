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
