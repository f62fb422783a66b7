// `mlobs scan --jobs N`: the same report, byte for byte, whatever the number of worker threads and with or without
// the result cache, on the fixture projects and the example; a worker that dies leaves no gap and no hang; --jobs is
// checked like the other options. No wall time is asserted.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(cwd, args, env = {}) {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--no-progress', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000, maxBuffer: 1 << 28 });
  assert.equal(r.signal, null, `killed (${r.signal}): ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of a project, so that its cache is written outside the repository and every run sees the same paths. */
function copyOf(dirs) {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-jobs-'));
  for (const dir of [dirs].flat()) {
    const into = Array.isArray(dirs) ? path.join(to, path.basename(dir)) : to;
    fs.cpSync(dir, into, { recursive: true, filter: src => !src.includes(`${path.sep}.mlobs_cache`) && !src.includes(`${path.sep}node_modules`) });
  }
  return to;
}

/**
 * The report (JSON has no timing field) after each way of running; all must be identical to `--jobs 1 --no-cache`.
 * `full`: also the cache written by one mode and read by the other, `-j 3`, and a re-run after one file changed.
 */
function sameEverywhere(project, { format = 'json', full = false } = {}) {
  const dir = copyOf(project);
  try {
    const base = run(dir, ['-f', format, '--jobs', '1', '--no-cache']);
    assert.ok(base.status === 0 || base.status === 1, base.stderr);
    assert.ok(base.stdout.length > 0);
    const check = (label, r) => {
      assert.equal(r.status, base.status, `${label}: exit code (${r.stderr})`);
      assert.equal(r.stdout, base.stdout, `${label}: report differs`);
    };
    check('--jobs 2 --no-cache', run(dir, ['-f', format, '--jobs', '2', '--no-cache']));
    if (format !== 'json') return base;
    // the cache written by a pool run, then read back
    check('--jobs 2, cold cache', run(dir, ['-f', format, '--jobs', '2']));
    check('--jobs 1, cache from --jobs 2', run(dir, ['-f', format, '--jobs', '1']));
    if (!full) return base;
    check('-j 3 --no-cache', run(dir, ['-f', format, '-j', '3', '--no-cache']));
    fs.rmSync(path.join(dir, '.mlobs_cache'), { recursive: true, force: true });
    check('--jobs 1, cold cache', run(dir, ['-f', format, '--jobs', '1']));
    // one file changed: every file parsed again (on the pool), the others' results kept where their answers hold
    fs.appendFileSync(firstSource(dir), '\n');
    const changed = run(dir, ['-f', format, '--jobs', '1', '--no-cache']);
    assert.equal(run(dir, ['-f', format, '--jobs', '2']).stdout, changed.stdout, 'one file changed: --jobs 2 with the cache from --jobs 1');
    return base;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function firstSource(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) => (a.parentPath + a.name).localeCompare(b.parentPath + b.name))) {
    if (e.isFile() && /\.(py|ts|js)$/.test(e.name)) return path.join(e.parentPath, e.name);
  }
  throw new Error(`no source file under ${dir}`);
}

const PROJECTS = [
  ['the example project', path.join(ROOT, 'example'), true],
  ['the e2e workspace', path.join(ROOT, 'test', 'e2e', 'workspace'), true],
  ['the rule fixtures', path.join(ROOT, 'test', 'fixtures', 'rules')],
  ['the pack fixtures', path.join(ROOT, 'test', 'fixtures', 'packs')],
  ['the precision and quiet fixtures', [path.join(ROOT, 'test', 'fixtures', 'precision'), path.join(ROOT, 'test', 'fixtures', 'quiet')]],
  ['the annotated corpus', path.join(ROOT, 'test', 'corpus')],
];

for (const [name, dir, full] of PROJECTS) {
  test(`--jobs 1, --jobs 2 and the cache give the same JSON report: ${name}`, () => {
    const base = sameEverywhere(dir, { full });
    assert.ok(JSON.parse(base.stdout).files.length > 0);
  });
}

test('--jobs 2 gives the same SARIF and text reports as --jobs 1 (the example)', () => {
  sameEverywhere(path.join(ROOT, 'example'), { format: 'sarif' });
  sameEverywhere(path.join(ROOT, 'example'), { format: 'text' });
});

/** Files that are not analysed, or only in part: each gets the same note from a worker as in-process. */
function awkwardProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-jobs-awkward-'));
  fs.writeFileSync(path.join(dir, 'models.py'), 'import joblib\nmodel = joblib.load("churn.pkl")\n');
  fs.writeFileSync(path.join(dir, 'app.py'), 'from models import model\n\ndef handle(x):\n    return model.predict(x)\n');
  fs.writeFileSync(path.join(dir, 'broken.py'), 'def handle(x:\n    return model.predict(x\n');
  fs.writeFileSync(path.join(dir, 'binary.py'), Buffer.from([0x69, 0x6d, 0x70, 0, 1, 2, 3]));
  fs.writeFileSync(path.join(dir, 'latin1.py'), Buffer.from('# caf\xe9\nimport joblib\nm = joblib.load("x.pkl")\nm.predict([1])\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'minified.js'), `var a=${Array.from({ length: 1200 }, (_, i) => `f${i}(x)`).join('+')};\n`);
  fs.writeFileSync(path.join(dir, 'client.ts'), 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function ask(q: string) {\n  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n}\n');
  fs.writeFileSync(path.join(dir, 'nb.ipynb'), JSON.stringify({ cells: [{ cell_type: 'code', source: ['import joblib\n', 'm = joblib.load("a.pkl")\n', 'm.predict([[1]])\n'], metadata: {}, outputs: [] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  fs.writeFileSync(path.join(dir, 'bad.ipynb'), '{ not json');
  for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `util${i}.py`), `from models import model\n\ndef f${i}(x):\n    return model.predict(x)\n`);
  return dir;
}

test('skipped, unparsable and odd files get the same notes from a worker as in-process', () => {
  const dir = awkwardProject();
  try {
    const one = run(dir, ['-f', 'json', '--jobs', '1', '--no-cache']);
    const two = run(dir, ['-f', 'json', '--jobs', '2', '--no-cache']);
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stdout, one.stdout);
    const files = JSON.parse(one.stdout).files;
    assert.ok(files.find(f => f.path === 'binary.py').skipped);
    assert.ok(files.find(f => f.path === 'minified.js').skipped);
    assert.ok(files.find(f => f.path === 'broken.py').errors.length);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test('a worker that dies mid-batch: its files are done in-process, the report and exit code are unchanged, nothing hangs', () => {
  const dir = awkwardProject();
  try {
    const one = run(dir, ['-f', 'json', '--jobs', '1', '--no-cache']);
    // each worker dies at the second file of its first batch (which it is given before the main thread takes any)
    for (const jobs of ['2', '3']) {
      const r = run(dir, ['-f', 'json', '--jobs', jobs, '--no-cache'], { MLOBS_TEST_WORKER_CRASH: '2', MLOBS_POOL_STATS: '1' });
      assert.equal(r.status, one.status, r.stderr);
      assert.equal(r.stdout, one.stdout, `--jobs ${jobs}`);
      assert.match(r.stderr, /[1-9]\d* more after a worker failed/);
    }
    // at its very first file
    const first = run(dir, ['-f', 'json', '--jobs', '2', '--no-cache'], { MLOBS_TEST_WORKER_CRASH: '1' });
    assert.equal(first.status, one.status, first.stderr);
    assert.equal(first.stdout, one.stdout);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test('--jobs takes a number of threads, 1 or more: anything else is a usage error (exit 2)', () => {
  const dir = awkwardProject();
  try {
    for (const bad of ['0', '-1', 'two', '1.5', '']) {
      const r = run(dir, ['--jobs', bad]);
      assert.equal(r.status, 2, `--jobs ${bad}: ${r.stderr}`);
      assert.match(r.stderr, /--jobs/);
    }
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});
