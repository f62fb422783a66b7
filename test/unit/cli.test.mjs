// The command-line twin: JSON contract (1-based positions), SARIF 2.1.0 shape, text report, exit codes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args, cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

test('JSON output follows the contract, with 1-based lines and columns', () => {
  const r = run(['scan', 'example', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(Array.isArray(out.files) && out.files.length >= 3);
  const churn = out.files.find(f => f.path === path.join('example', 'python', 'churn_service.py'));
  assert.equal(churn.language, 'python');
  const lines = fs.readFileSync(path.join(ROOT, churn.path), 'utf8').split('\n');
  for (const p of churn.inferencePoints) {
    assert.deepEqual(Object.keys(p).slice(0, 3), ['line', 'column', 'endLine']);
    assert.equal(typeof p.callee, 'string');
    // 1-based: the column points at the receiver of the call on that line
    assert.equal(lines[p.line - 1].slice(p.column - 1, p.column - 1 + 'model.'.length), 'model.');
    for (const [facet, v] of Object.entries(p.facets)) {
      assert.equal(typeof v.covered, 'boolean', facet);
      if (v.evidence) assert.equal(lines[v.evidence.line - 1].trim().slice(0, 40), v.evidence.text.slice(0, 40));
    }
  }
  const complete = churn.inferencePoints[0];
  assert.deepEqual(Object.entries(complete.facets).filter(([, v]) => !v.covered).map(([k]) => k).sort(), ['decision']);
  assert.equal(churn.modelLoads[0].callee, 'joblib.load');
  // a file of the project: `local`, not an immutable reference (`pinned` is true only for `immutable`)
  assert.equal(churn.modelLoads[0].pin, 'local');
  assert.equal(churn.modelLoads[0].pinned, false);
  assert.match(churn.modelLoads[0].pinReason, /shipped with the service/);
  assert.equal(churn.modelLoads[0].recorded, true);
  for (const f of churn.findings) {
    for (const k of ['code', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']) assert.ok(k in f, k);
    assert.match(f.code, /^MLO\d{3}$/);
  }
  // MLO006 at the FastAPI app: the Python service (the example folder, where mlobs.json is) records no deployment context or outcome
  assert.deepEqual(churn.findings.map(f => `${f.code}@${f.line}:${f.column}`), ['MLO006@13:7', 'MLO001@44:13', 'MLO001@51:44', 'MLO002@52:5']);
  const services = Object.fromEntries(out.services.map(s => [s.name, s]));
  assert.deepEqual(Object.keys(services).sort(), ['example', 'node']);
  assert.deepEqual(services.example.entryPoints[0], { path: path.join('example', 'python', 'churn_service.py'), line: 13, kind: 'FastAPI app' });
  assert.deepEqual(services.example.missing, ['deployment-context', 'outcome']);
  // pino's `base` puts the service on every record of the Node service
  assert.deepEqual(services.node.facets['deployment-context'].evidence, { path: path.join('example', 'node', 'server.ts'), line: 7, text: "const log = pino({ base: { service: 'recommendations' } });" });
  assert.equal(services.node.facets['upstream-provenance'].required, false);
  for (const facet of ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors']) {
    assert.ok(out.coverage[facet].total >= 6, facet);
    assert.ok(out.coverage[facet].covered <= out.coverage[facet].total);
  }
  assert.equal(out.coverage['prediction-id'].waived, 1);
});

test('the example project shows a finding of every rule', () => {
  const out = JSON.parse(run(['scan', 'example', '--format', 'json']).stdout);
  const codes = new Set(out.files.flatMap(f => f.findings.map(x => x.code)));
  assert.deepEqual([...codes].sort(), ['MLO001', 'MLO002', 'MLO003', 'MLO004', 'MLO005', 'MLO006']);
});

test('SARIF 2.1.0: valid against the official schema; rules, results with regions and rule indexes', () => {
  const r = run(['scan', 'example', '--format', 'sarif']);
  const sarif = JSON.parse(r.stdout);
  // The OASIS SARIF 2.1.0 schema as Microsoft ships it in @microsoft/jest-sarif.
  const schemaFile = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id; // a draft-04 style id
  delete schema.id;
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.equal(sarif.version, '2.1.0');
  const [runObj] = sarif.runs;
  assert.equal(runObj.tool.driver.name, 'mlobs');
  const ids = runObj.tool.driver.rules.map(x => x.id);
  assert.deepEqual(ids, ['MLO001', 'MLO002', 'MLO003', 'MLO004', 'MLO005', 'MLO006']);
  assert.ok(runObj.results.length > 0);
  for (const res of runObj.results) {
    assert.equal(ids[res.ruleIndex], res.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(res.level));
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, 'SRCROOT');
    assert.ok(!loc.artifactLocation.uri.startsWith('/'));
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
  }
});

test('text report lists findings and a facet coverage table', () => {
  const r = run(['scan', 'example']);
  assert.match(r.stdout, /example\/python\/churn_service\.py\n\s+13:7\s+info\s+MLO006  service "example" records no deployment context, outcome \(service facets, checked across its files\)\n\s+44:13\s+warning MLO001  prediction does not record: model version, inputs, outputs, prediction id, latency, errors/);
  // the service table: each facet with its evidence, or why it is not there
  assert.match(r.stdout, /Services: 2\n  example  example\/python\/churn_service\.py:13 \(FastAPI app\)\n    ✗ deployment-context   missing\n    · upstream-provenance  not required: the service reads no feature store\n    ✗ outcome              missing/);
  assert.match(r.stdout, /Facet coverage: 9 inference points in 4 files/);
  assert.match(r.stdout, /^\s+prediction-id\s+\d+\/9\s+\d+%.*\(1 waived\)$/m);
});

test('exit codes: 0 when nothing at or above --fail-on, 1 with findings, 2 on usage or config errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-cli-'));
  fs.writeFileSync(path.join(dir, 'clean.py'), 'def add(a, b):\n    return a + b\n');
  assert.equal(run(['scan', dir]).status, 0);
  assert.equal(run(['scan', 'example', '--fail-on', 'error']).status, 0);
  assert.equal(run(['scan', 'example']).status, 1);
  assert.equal(run(['scan', '--format', 'xml', 'example']).status, 2);
  assert.equal(run(['frobnicate']).status, 2);
  assert.equal(run(['scan', path.join(dir, 'missing')]).status, 2);
  fs.writeFileSync(path.join(dir, 'mlobs.json'), '{ "requiredFacets": ["nope"] }');
  const bad = run(['scan', dir]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim(), `mlobs: configuration error in ${path.join(dir, 'mlobs.json')}: requiredFacets.0 (line 1, column 22): unknown facet "nope" (known: model-version, inputs, outputs, prediction-id, latency, errors, input-validation, decision, deployment-context, upstream-provenance, outcome, segment-context)`);
  assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
});

test('exit code 3 when nothing could be analysed; an output folder that does not exist is named', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-cli3-'));
  fs.mkdirSync(path.join(dir, 'empty'));
  const empty = run(['scan', path.join(dir, 'empty')]);
  assert.equal(empty.status, 3);
  assert.match(empty.stderr, /^mlobs: no Python, TypeScript or JavaScript files under .*empty: nothing was analysed\n$/);
  fs.writeFileSync(path.join(dir, 'model.py'), Buffer.from([0, 1, 2, 3]));
  const binary = run(['scan', path.join(dir, 'model.py')]);
  assert.equal(binary.status, 3);
  assert.match(binary.stdout, /binary file \(contains NUL bytes\); skipped/);
  assert.equal(binary.stderr, 'mlobs: all 1 file was skipped (see their notes): nothing was analysed\n');
  fs.writeFileSync(path.join(dir, 'ok.py'), 'def add(a, b):\n    return a + b\n');
  assert.equal(run(['scan', dir]).status, 0, 'one file analysed is a real run');
  const out = run(['scan', 'example', '-o', path.join(dir, 'no', 'such', 'report.json'), '--format', 'json']);
  assert.equal(out.status, 2);
  assert.equal(out.stderr, `mlobs: cannot write the report to ${path.join(dir, 'no', 'such', 'report.json')}: the folder ${path.join(dir, 'no', 'such')} does not exist\n`);
});

test('directory walk honours .gitignore and skips virtual environments and node_modules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-walk-'));
  const write = (rel, text = 'import joblib\nm = joblib.load("m.pkl")\n') => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); };
  write('app/serve.py'); write('generated/out.py'); write('.venv/lib/x.py'); write('env2/pyvenv.cfg', ''); write('env2/lib/y.py');
  write('node_modules/pkg/z.py'); write('.gitignore', 'generated/\n');
  const out = JSON.parse(run(['scan', dir, '--format', 'json']).stdout);
  assert.deepEqual(out.files.map(f => path.relative(dir, path.resolve(ROOT, f.path))), [path.join('app', 'serve.py')]);
});

test('a mlobs.json saved with a byte-order mark is read as the same JSON', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-bom-'));
  fs.writeFileSync(path.join(dir, 'mlobs.json'), '\ufeff{ "requiredFacets": ["inputs"], "severity": { "MLO004": "off" } }');
  fs.writeFileSync(path.join(dir, 'svc.py'), 'import joblib\nmodel = joblib.load("m.pkl")\n\n\ndef score(x):\n    return model.predict(x)\n');
  const r = run(['scan', dir, '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const findings = JSON.parse(r.stdout).files[0].findings;
  assert.deepEqual(findings.filter(f => f.code !== 'MLO006').map(f => [f.code, f.message]), [['MLO001', 'prediction does not record: inputs']]);
});

/** A copy of the bundled example in a temporary folder (the fixes write files). */
function exampleCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-fix-'));
  fs.cpSync(path.join(ROOT, 'example'), dir, { recursive: true });
  return dir;
}
const snapshot = dir => Object.fromEntries(fs.readdirSync(dir, { recursive: true }).filter(f => fs.statSync(path.join(dir, f)).isFile()).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

test('--diff prints the verified fixes as a unified diff and writes nothing; without --unsafe-fixes it applies none', () => {
  const dir = exampleCopy();
  const before = snapshot(dir);
  const safe = run(['scan', '.', '--diff'], dir);
  assert.equal(safe.status, 0);
  assert.equal(safe.stdout, '');
  assert.match(safe.stderr, /^mlobs: would apply 0 fixes in 0 files; \d+ findings have an instrumentation fix \(--unsafe-fixes\); 3 pins need the version you mean: a commit or a model snapshot/);
  const r = run(['scan', '.', '--diff', '--unsafe-fixes'], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^={5,}\n--- a\/node\/server\.ts\n\+\+\+ b\/node\/server\.ts\n@@ /m);
  // the served model, the answer and the response id from the completion, one field per line (the one-line record would pass the file's width)
  assert.match(r.stdout, /^\+ {2}log\.info\(\{\n\+ {4}modelVersion: completion\.model,\n\+ {4}prediction: completion\.choices\[0\]\?\.message\?\.content,\n\+ {4}responseId: completion\.id,\n\+ {4}requestId,\n(\+ .*\n)*\+ {2}\}, 'prediction'\);$/m);
  const applied = Number(/would apply (\d+) fixes/.exec(r.stderr)[1]);
  assert.ok(applied > 0);
  // every line after the summary names a dropped fix and why (the verification itself: fixes.test.mjs)
  for (const line of r.stderr.trim().split('\n').slice(1)) assert.match(line, /^ {2}dropped \S+:\d+ MLO\d{3} "[^"]+": .+$/);
  assert.deepEqual(snapshot(dir), before, '--diff changed a file');
});

test('--fix --unsafe-fixes writes the verified fixes, reports what is left, and a second run changes nothing', () => {
  const dir = exampleCopy();
  const findings = out => JSON.parse(out).files.reduce((n, f) => n + f.findings.length, 0);
  const beforeCount = findings(run(['scan', '.', '--format', 'json'], dir).stdout);
  const r = run(['scan', '.', '--fix', '--unsafe-fixes', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const applied = Number(/applied (\d+) fixes/.exec(r.stderr)[1]);
  assert.ok(applied > 0, r.stderr);
  const after = findings(r.stdout);
  assert.ok(after < beforeCount, `${after} findings left of ${beforeCount}`);
  // the report is of the files as they are now, and they still parse
  assert.equal(findings(run(['scan', '.', '--format', 'json'], dir).stdout), after);
  for (const f of fs.readdirSync(path.join(dir, 'python')).filter(f => f.endsWith('.py'))) {
    const check = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', path.join(dir, 'python', f)], { encoding: 'utf8' });
    if (check.error) break; // no python3 on this machine: the engine's own re-parse was checked by the fix run
    assert.equal(check.status, 0, `${f}: ${check.stderr}`);
  }
  const again = run(['scan', '.', '--fix', '--unsafe-fixes'], dir);
  assert.match(again.stderr, /^mlobs: applied 0 fixes in 0 files/);
});

test('--unsafe-fixes alone is a usage error; a file that is not UTF-8 is never rewritten', () => {
  const dir = exampleCopy();
  assert.equal(run(['scan', '.', '--unsafe-fixes'], dir).status, 2);
  const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nimport joblib\nmodel = joblib.load("m.pkl")\n\ndef score(x):\n    return model.predict(x)\n')]);
  fs.writeFileSync(path.join(dir, 'python', 'latin1.py'), latin1);
  run(['scan', '.', '--fix', '--unsafe-fixes'], dir);
  assert.ok(fs.readFileSync(path.join(dir, 'python', 'latin1.py')).equals(latin1));
});

test('symbolic links are followed once: a linked file and folder are scanned, a loop and a duplicate are not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-links-'));
  fs.mkdirSync(path.join(dir, 'svc'));
  fs.mkdirSync(path.join(dir, 'shared'));
  fs.writeFileSync(path.join(dir, 'svc', 'api.py'), 'import joblib\nmodel = joblib.load("m.pkl")\n\ndef score(x):\n    return model.predict(x)\n');
  fs.writeFileSync(path.join(dir, 'shared', 'llm.py'), 'from openai import OpenAI\nclient = OpenAI()\n\ndef ask(q):\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])\n');
  fs.symlinkSync(path.join(dir, 'shared'), path.join(dir, 'svc', 'shared'));         // a linked folder
  fs.symlinkSync(path.join(dir, 'svc', 'api.py'), path.join(dir, 'svc', 'again.py')); // the same file twice
  fs.symlinkSync(dir, path.join(dir, 'shared', 'loop'));                               // a loop back to the top
  fs.symlinkSync(path.join(dir, 'nowhere.py'), path.join(dir, 'svc', 'broken.py'));  // a broken link
  const r = run(['scan', path.join(dir, 'svc'), '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const scanned = JSON.parse(r.stdout).files.map(f => path.basename(f.path)).sort();
  assert.deepEqual(scanned, ['api.py', 'llm.py']);
});

test('unrecognised files: an ML import with nothing recognised is listed apart (JSON `unrecognised`, text), and `# mlobs: inference` marks a call', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-unrec-'));
  fs.writeFileSync(path.join(dir, 'train.py'), 'import torch\nmodel = torch.nn.Linear(3, 1)\ntorch.save(model.state_dict(), "m.pt")\n');
  fs.writeFileSync(path.join(dir, 'plain.py'), 'import json\nprint(json.dumps({"a": 1}))\n');
  fs.writeFileSync(path.join(dir, 'scorer.py'), [
    'import torch',
    'from acme_inhouse import scoring',
    '',
    'engine = scoring.connect("tcp://scorer:9000")',
    '',
    'def score(features):',
    '    return engine.evaluate_now(features)  # mlobs: inference',
    '',
    'def score_later(features):',
    '    # mlobs: inference',
    '    print(engine.evaluate_later(features))',
    '',
  ].join('\n'));
  const json = JSON.parse(run(['scan', '.', '--format', 'json', '--no-cache'], dir).stdout);
  assert.deepEqual(json.unrecognised, [{ path: 'train.py', libraries: ['torch'] }]);
  const scorer = json.files.find(f => f.path === 'scorer.py');
  assert.deepEqual(scorer.inferencePoints.map(p => [p.line, p.column, p.callee, p.heuristic]), [[7, 12, 'engine.evaluate_now', false], [11, 11, 'engine.evaluate_later', false]]);
  assert.deepEqual(scorer.inferencePoints.map(p => p.text), ['engine.evaluate_now(features)', 'engine.evaluate_later(features)'], 'each call as written');
  assert.deepEqual(scorer.mlLibraries, ['torch']);
  assert.equal(json.files.find(f => f.path === 'plain.py').mlLibraries, undefined);
  const text = run(['scan', '.', '--no-cache'], dir).stdout;
  assert.match(text, /Unrecognised: 1 file imports an ML or LLM library, but no inference point or model load was recognised/);
  assert.match(text, /\n {2}train\.py {2}torch\n/);
});
