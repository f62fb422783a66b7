// The CLI's result cache: a second run gives the same report from the cache; a change to a file, or to what another
// file tells it (an imported model), is analysed afresh; --no-cache neither reads nor writes it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const scan = (cwd, ...extra) => {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '-f', 'json', '--no-progress', ...extra], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout;
};
const points = out => JSON.parse(out).files.flatMap(f => f.inferencePoints.map(p => `${f.path}:${p.line} ${p.callee}`)).sort();

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-cache-'));
  fs.writeFileSync(path.join(dir, 'models.py'), 'import joblib\nmodel = joblib.load("churn.pkl")\n');
  fs.writeFileSync(path.join(dir, 'app.py'), 'from models import model\n\ndef handle(x):\n    return model.predict(x)\n');
  fs.writeFileSync(path.join(dir, 'util.py'), 'def add(a, b):\n    return a + b\n');
  return dir;
}

test('a second run reads the same report from the cache, which git ignores', () => {
  const dir = project();
  const cold = scan(dir);
  assert.deepEqual(points(cold), ['app.py:4 model.estimator.predict']);
  const cacheDir = path.join(dir, '.mlobs_cache');
  assert.equal(fs.readdirSync(cacheDir).filter(n => n.endsWith('.json')).length, 1);
  assert.match(fs.readFileSync(path.join(cacheDir, '.gitignore'), 'utf8'), /^\*$/m);
  // the cached results are the ones used: a forged entry shows through, so the test can tell a hit from a re-run
  const file = path.join(cacheDir, fs.readdirSync(cacheDir).find(n => n.endsWith('.json')));
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(scan(dir), cold);
  data.files['app.py'].result.inferencePoints[0].callee = 'from-the-cache';
  fs.writeFileSync(file, JSON.stringify(data));
  assert.deepEqual(points(scan(dir)), ['app.py:4 from-the-cache']);
  assert.deepEqual(points(scan(dir, '--no-cache')), ['app.py:4 model.estimator.predict']);
});

test('a file whose import now means something else is analysed again, though its own text is unchanged', () => {
  const dir = project();
  scan(dir);
  // models.py no longer holds a model: app.py's prediction must go, though app.py did not change
  fs.writeFileSync(path.join(dir, 'models.py'), 'model = None\n');
  assert.deepEqual(points(scan(dir)), []);
  assert.equal(scan(dir), scan(dir, '--no-cache'));
  // and back
  fs.writeFileSync(path.join(dir, 'models.py'), 'import joblib\nmodel = joblib.load("churn.pkl")\n');
  assert.deepEqual(points(scan(dir)), ['app.py:4 model.estimator.predict']);
});

test('an unrelated change keeps the other files\' results and the report identical to an uncached run', () => {
  const dir = project();
  scan(dir);
  fs.writeFileSync(path.join(dir, 'util.py'), 'def add(a, b):\n    return b + a\n');
  const cached = scan(dir);
  assert.equal(cached, scan(dir, '--no-cache'));
  fs.rmSync(path.join(dir, 'util.py'));
  assert.equal(scan(dir), scan(dir, '--no-cache'));
});

test('--no-cache writes nothing, and an unwritable or corrupt cache is ignored', () => {
  const dir = project();
  scan(dir, '--no-cache');
  assert.equal(fs.existsSync(path.join(dir, '.mlobs_cache')), false);
  const first = scan(dir);
  const cacheDir = path.join(dir, '.mlobs_cache');
  for (const n of fs.readdirSync(cacheDir)) if (n.endsWith('.json')) fs.writeFileSync(path.join(cacheDir, n), '{not json');
  assert.equal(scan(dir), first);
});
