// Fix verification as a property: every fixture, corpus and example file is fixed as `mlobs scan --fix --unsafe-fixes`
// fixes it (each fix verified before the next: re-parse, finding gone or lighter, nothing as severe added, no name
// used where it is undefined). Over the result: the language's own compiler accepts it (Python's ast where python3
// exists, the TypeScript compiler's syntax diagnostics), fixing again is a no-op, and the fixes the verifier drops
// are exactly the planner's known gaps listed in fix-verification.known.json (a new gap fails, and so does a fixed one
// until the list is updated).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { engine } from '../lib/engine.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const KNOWN = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fix-verification.known.json'), 'utf8'));

function sourceFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(py|ts|tsx|js|jsx|mjs|cjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

const syntaxErrors = (file, text) => {
  const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.jsx?$|\.mjs$|\.cjs$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path.basename(file), text, ts.ScriptTarget.Latest, true, kind).parseDiagnostics.length;
};

test('every planned fix over the fixtures, the corpus and the example verifies, compiles, and is a fixed point', async t => {
  await engine.ensureLanguage('python'); await engine.ensureLanguage('typescript');
  const config = engine.defaultConfig();
  const files = ['test/fixtures', 'test/corpus', 'example'].flatMap(d => sourceFiles(path.join(ROOT, d))).sort();
  const dropped = [];
  const pythonOut = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-fixed-'));
  let applied = 0;
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    const analyse = t => engine.analyzeTextSync(file, t, config);
    const run = engine.fixText(file, text, config, { unsafe: true, analyse });
    applied += run.applied.length;
    for (const x of run.rejected) dropped.push(`${rel}:${x.line} ${x.code} ${x.reason}`);
    if (!run.applied.length) continue;
    if (file.endsWith('.py')) fs.writeFileSync(path.join(pythonOut, `${applied}_${path.basename(file)}`), run.text);
    else assert.ok(syntaxErrors(file, run.text) <= syntaxErrors(file, text), `${rel}: the fixed text has new syntax errors`);
    assert.deepEqual(engine.fixText(file, run.text, config, { unsafe: true, analyse }).applied, [], `${rel}: fixing again changed it`);
  }
  t.diagnostic(`${files.length} files: ${applied} fixes applied, ${dropped.length} dropped`);
  assert.ok(applied > 500, `only ${applied} fixes applied`);
  const python = spawnSync('python3', ['-c', 'import ast,sys\nfor f in sys.argv[1:]:\n    ast.parse(open(f, encoding="utf-8").read(), f)', ...fs.readdirSync(pythonOut).map(f => path.join(pythonOut, f))], { encoding: 'utf8' });
  if (!python.error) assert.equal(python.status, 0, python.stderr);
  assert.deepEqual(dropped.sort(), [...KNOWN.dropped].sort());
});
