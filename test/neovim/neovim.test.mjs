// npm run test:neovim — the language server with a real editor that is not VS Code: Debian's Neovim,
// headless, with its built-in LSP client (client.lua). It opens a serving file, gets the server's diagnostics,
// applies the preferred quick fix with Neovim's own edit code, and saves; the saved file is checked here:
// it parses, records more, and the CLI agrees with what Neovim showed. Installs neovim with apt when missing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/engine.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, '..', '..', 'dist', 'cli.js');

function nvim() {
  const found = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return 'nvim';
  if (process.getuid?.() !== 0) throw new Error('please install neovim (apt-get install -y neovim): the test drives the server from it');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'neovim']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
  return 'nvim';
}

const SERVE = `import joblib

model = joblib.load("models/churn.joblib")


def predict(features):
    return model.predict(features)
`;

test('Neovim: diagnostics from the server, the preferred quick fix applied and saved, fix-all offered', () => {
  const exe = nvim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-nvim-'));
  const file = path.join(dir, 'serve.py');
  fs.writeFileSync(file, SERVE);
  const outFile = path.join(dir, 'out.json');
  const cli = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', 'serve.py', '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8' }).stdout).files[0].findings;

  const r = spawnSync(exe, ['--headless', '--clean', '-n', '-c', `luafile ${path.join(HERE, 'client.lua')}`], {
    cwd: dir, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, MLOBS_NODE: process.execPath, MLOBS_CLI: CLI, MLOBS_ROOT: dir, MLOBS_FILE: file, MLOBS_OUT: outFile, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
  });
  assert.ok(fs.existsSync(outFile), `Neovim wrote no result (exit ${r.status}): ${r.stderr}`);
  const out = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  assert.equal(out.error, null);
  assert.equal(out.ok, true);
  assert.equal(r.status, 0);

  // what Neovim shows is what the CLI reports: codes, 1-based line and column, messages
  assert.deepEqual(out.before.map(d => [d.code, d.lnum + 1, d.col + 1, d.message, d.source]), cli.map(f => [f.code, f.line, f.column, f.message, 'mlobs']));
  assert.ok(out.before.some(d => d.code === 'MLO001' && d.lnum === 6 && d.col === 11));
  assert.ok(out.quickfixes.includes('Record all missing facets at this prediction'), out.quickfixes.join(' | '));
  assert.equal(out.applied, 'Record all missing facets at this prediction');
  assert.ok(!out.after.some(d => d.code === 'MLO001'), 'the MLO001 diagnostic is gone after the fix');
  assert.deepEqual(out.fixAll.map(a => a.kind), ['source.fixAll.mlobs']);

  // the saved file: Neovim's edit of the server's fix, re-parsed
  const saved = fs.readFileSync(file, 'utf8');
  assert.notEqual(saved, SERVE);
  return analyze('serve.py', saved).then(after => {
    assert.deepEqual(after.errors, [], 'the saved file parses');
    assert.equal(after.inferencePoints.length, 1);
    assert.ok(!after.findings.some(f => f.code === 'MLO001'), 'the prediction records its facets');
  });
});
