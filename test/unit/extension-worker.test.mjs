// The analysis worker thread (dist/worker.js) driven by the extension's WorkerClient on plain Node: listing
// files with the CLI's walker, scanning a project (cross-file imports resolved), analysing a document, and
// surviving termination (a cancelled scan) without failing the next request.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const { WorkerClient } = await loadExtensionModule('workerClient');
const ROOT = path.join(import.meta.dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'worker.js');

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-worker-'));
  const files = {
    'svc/models.py': 'import joblib\n\nranker = joblib.load("ranker-v3.joblib")\n',
    'svc/ranker.py': 'import logging\n\nfrom svc.models import ranker\n\nlog = logging.getLogger("r")\n\n\ndef rank(items):\n    scores = ranker.predict(items)\n    log.info("ranked", extra={"scores": list(scores)})\n    return scores\n',
    'build/gen.py': 'import joblib\nm = joblib.load("x.pkl")\nm.predict([1])\n',
    '.venv/lib/x.py': 'import joblib\n',
    'env2/pyvenv.cfg': 'home = /usr\n', 'env2/lib/y.py': 'import joblib\n',
    '.gitignore': 'build/\n',
  };
  for (const [name, text] of Object.entries(files)) { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), text); }
  return dir;
}

test('lists files like the CLI: .gitignore, virtual environments and .venv skipped', async () => {
  const dir = project();
  const w = new WorkerClient(WORKER);
  try {
    const files = await w.list([dir], engine.supportedExtensions());
    assert.deepEqual(files.map(f => path.relative(dir, f)).sort(), ['svc/models.py', 'svc/ranker.py']);
  } finally { await w.terminate(); }
});

test('a scan analyses the files as one project, streaming results and progress', async () => {
  const dir = project();
  const w = new WorkerClient(WORKER);
  try {
    const ref = { key: 'k', raw: {}, rawFile: 'settings (mlobs.*)', root: dir };
    const files = ['svc/models.py', 'svc/ranker.py'].map(rel => ({ key: `file://${rel}`, fsPath: path.join(dir, rel), enginePath: rel, configKey: 'k' }));
    const results = new Map(), progress = [];
    await w.scan(files, [ref], (key, r) => results.set(key, r), (done, total) => progress.push(`${done}/${total}`));
    assert.deepEqual([...results.keys()].sort(), ['file://svc/models.py', 'file://svc/ranker.py']);
    const ranker = results.get('file://svc/ranker.py');
    assert.equal(ranker.inferencePoints.length, 1, 'the model imported from svc/models.py is known');
    assert.equal(ranker.inferencePoints[0].range.start.line, 8);
    assert.equal(progress.at(-1), '2/2');
    // alone, the same file has no known model: the scan is what resolves the import
    assert.equal((await engine.analyzeText('svc/ranker.py', fs.readFileSync(files[1].fsPath, 'utf8'), engine.defaultConfig())).inferencePoints.length, 0);
  } finally { await w.terminate(); }
});

test('termination (a cancelled scan) fails only the stopped thread\'s requests; the next request starts a new thread', async () => {
  const w = new WorkerClient(WORKER);
  try {
    const roots = [path.join(ROOT, 'example')];
    const before = await w.list(roots, ['.py']);
    assert.ok(before.length > 0);
    const pending = w.list(roots, ['.py']);
    const stopping = w.terminate();                  // not awaited: the old thread's exit event
    const again = w.list(roots, ['.py']);            // comes after this request went to a new one
    await stopping;
    await assert.rejects(pending, /stopped/);
    assert.deepEqual(await again, before);
  } finally { await w.terminate(); }
});
