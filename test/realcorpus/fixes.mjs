// Applies every quick fix to every real corpus file, as `mlobs scan --fix --unsafe-fixes` does (each fix verified
// before the next), and counts what was applied and, by reason, what the verifier dropped. Over the results: Python's
// own parser (where python3 exists) and the TypeScript compiler's syntax diagnostics must accept every fixed file that
// was valid before, and fixing again must change nothing.
//   node test/realcorpus/fixes.mjs [--split dev|heldout] [--batch NAME] [--skip NAME,NAME] [--list]
// Files come from the committed manifests, read from the git-ignored .realcorpus/files/ (missing ones are skipped).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = require(path.join(root, 'dist', 'engine.js'));
const ts = require('typescript');
const args = process.argv.slice(2);
const opt = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const split = opt('--split'), only = opt('--batch'), skip = new Set((opt('--skip') ?? '').split(',').filter(Boolean));

const files = [];
for (const f of fs.readdirSync(path.join(root, 'test/realcorpus/batches')).sort()) {
  const b = JSON.parse(fs.readFileSync(path.join(root, 'test/realcorpus/batches', f), 'utf8'));
  if ((split && b.split !== split) || (only && b.batch !== only) || skip.has(b.batch)) continue;
  for (const x of b.files) {
    const file = path.join(root, '.realcorpus/files', x.repo.replace('/', '+'), x.path);
    if (fs.existsSync(file) && crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') === x.sha256) files.push(file);
  }
}

await engine.ensureLanguage('python'); await engine.ensureLanguage('typescript');
const config = engine.defaultConfig();
const syntaxErrors = (file, text) => {
  const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.(jsx?|mjs|cjs)$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path.basename(file), text, ts.ScriptTarget.Latest, true, kind).parseDiagnostics.length;
};
const pythonOut = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-corpus-fixed-'));
const tally = { files: files.length, fixed: 0, applied: 0, notFixedPoint: 0, tsNewSyntaxErrors: 0, pythonRejected: 0, rejected: {} };
const problems = [];
let n = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const analyse = t => engine.analyzeTextSync(file, t, config);
  const run = engine.fixText(file, text, config, { unsafe: true, analyse });
  tally.applied += run.applied.length;
  for (const x of run.rejected) {
    const kind = x.reason.replace(/`[^`]*`/g, '`…`');
    tally.rejected[kind] = (tally.rejected[kind] ?? 0) + 1;
    problems.push(`${path.relative(root, file)}:${x.line} ${x.code} ${x.title}: ${x.reason}`);
  }
  if (!run.applied.length) continue;
  tally.fixed++;
  if (file.endsWith('.py')) {
    fs.writeFileSync(path.join(pythonOut, `${n}.before`), text);
    fs.writeFileSync(path.join(pythonOut, `${n}.after`), run.text);
    fs.appendFileSync(path.join(pythonOut, 'index'), `${n++}\t${path.relative(root, file)}\n`);
  } else if (syntaxErrors(file, run.text) > syntaxErrors(file, text)) { tally.tsNewSyntaxErrors++; problems.push(`${path.relative(root, file)}: new syntax errors`); }
  if (engine.fixText(file, run.text, config, { unsafe: true, analyse }).applied.length) { tally.notFixedPoint++; problems.push(`${path.relative(root, file)}: fixing again changed it`); }
}
// a fixed file Python rejects although it accepted the file before the fixes
const check = 'import ast, sys\nfor line in open(sys.argv[1]):\n    n, name = line.rstrip("\\n").split("\\t")\n'
  + '    ok = lambda p: (lambda s: (ast.parse(s), True)[1])(open(p, encoding="utf-8").read())\n'
  + '    try: ok(f"{sys.argv[2]}/{n}.before")\n    except SyntaxError: continue\n'
  + '    try: ok(f"{sys.argv[2]}/{n}.after")\n    except SyntaxError as e: print(f"{name}: {e}")\n';
if (n) {
  const py = spawnSync('python3', ['-c', check, path.join(pythonOut, 'index'), pythonOut], { encoding: 'utf8' });
  if (py.error) console.log('python3 not found: fixed Python files were not compiled');
  else for (const line of py.stdout.split('\n').filter(Boolean)) { tally.pythonRejected++; problems.push(line); }
}
fs.rmSync(pythonOut, { recursive: true, force: true });
console.log(JSON.stringify(tally, null, 1));
if (args.includes('--list')) for (const p of problems) console.log(`  ${p}`);
