// Single-file components (src/engine/components.ts): a Vue or Svelte file's <script> blocks are analysed where they
// stand in the file; the template, styles and tags are not code.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { fixtureDifferences } from '../lib/expectations.mjs';
import { engine } from '../lib/engine.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = name => path.join(here, '..', 'fixtures', 'components', name);
const CLI = path.join(here, '..', '..', 'dist', 'cli.js');

for (const name of ['Classifier.vue', 'Chat.svelte']) {
  test(`component fixture ${name}: its script's points and loads, at the component's own lines`, async () => {
    assert.deepEqual(await fixtureDifferences(fixture(name)), []);
  });
}

test('positions are the component file\'s own: line and column of the call in the .vue text', async () => {
  const file = fixture('Classifier.vue');
  const text = fs.readFileSync(file, 'utf8');
  const res = await engine.analyzeText(file, text, engine.defaultConfig());
  const lines = text.split('\n');
  // the calls begin where the component's text has them: `digits!.predict(…)` and `model!.predict(…)`
  assert.deepEqual(res.inferencePoints.map(p => [p.range.start.line + 1, p.range.start.col]),
    [[23, lines[22].indexOf('digits!')], [24, lines[23].indexOf('model!')]]);
  assert.deepEqual(res.inferencePoints.map(p => lines[p.range.start.line].trim().slice(0, 20)), ['const scores = digit', 'const top = await mo']);
});

test('the CLI scans .vue and .svelte files and reports them with the component\'s line numbers', () => {
  const dir = path.join(here, '..', 'fixtures', 'components');
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const lines = out.files.map(f => [path.basename(f.path), f.inferencePoints.map(p => p.line)]).sort();
  assert.deepEqual(lines, [['Chat.svelte', [11]], ['Classifier.vue', [23, 24]]]);
});

test('a script inside the template is not the component\'s code, and a component without ML is quiet', async () => {
  const file = path.join(here, '..', 'fixtures', 'quiet', 'TodoList.vue');
  const res = await engine.analyzeText(file, fs.readFileSync(file, 'utf8'), engine.defaultConfig());
  assert.deepEqual([res.inferencePoints.length, res.modelLoads.length, res.findings.length, res.errors.length], [0, 0, 0, 0]);
});

test('a component with a syntax error in its script says where, at the component\'s line', async () => {
  const text = '<template><p/></template>\n<script>\nconst x = ;\n</script>\n';
  const res = await engine.analyzeText('Broken.vue', text, engine.defaultConfig());
  assert.ok(res.errors.some(e => /syntax/.test(e.message) && e.line === 2), JSON.stringify(res.errors));
});
