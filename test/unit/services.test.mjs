// The service facets (MLO006), on the multi-file fixture projects under test/services/: each project states what the
// CLI must report next to its code, as comments `expect-service: <service> <facet>=<covered|missing|waived|not-required>[@path:line]`
// (the evidence's file and 1-based line, for a covered facet) and `expect-service: <service> entry` on the line of the
// service's first entry point, where MLO006 is reported when a required facet is missing. A project without such comments
// must have no service at all (the quiet case).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { annotations } from '../lib/expectations.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PROJECTS = path.join(ROOT, 'test', 'services');

function filesOf(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? filesOf(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/** The expectations a project's files state. */
function expectations(dir) {
  const services = new Map();
  const of = name => { if (!services.has(name)) services.set(name, { facets: {} }); return services.get(name); };
  for (const file of filesOf(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const m = /expect-service:\s*(\S+)\s+(.*)$/.exec(line);
      if (!m) return;
      const s = of(m[1]);
      for (const part of m[2].trim().split(/\s+/)) {
        if (part === 'entry') { s.entry = { path: rel, line: i + 1 }; continue; }
        const v = /^([a-z-]+)=([a-z-]+)(?:@(.+):(\d+))?$/.exec(part);
        assert.ok(v, `${rel}:${i + 1}: cannot read "${part}"`);
        s.facets[v[1]] = { verdict: v[2], ...(v[3] ? { evidence: { path: v[3], line: Number(v[4]) } } : {}) };
      }
    });
  }
  return services;
}

function verdictOf(f) {
  return f.covered ? 'covered' : f.waived ? 'waived' : f.required ? 'missing' : 'not-required';
}

for (const name of fs.readdirSync(PROJECTS).sort()) {
  const dir = path.join(PROJECTS, name);
  if (!fs.statSync(dir).isDirectory()) continue;
  test(`service project ${name}`, () => {
    let out;
    try { out = execFileSync(process.execPath, [CLI, 'scan', '.', '--no-cache', '--format', 'json'], { cwd: dir, encoding: 'utf8' }); }
    catch (e) { out = e.stdout; assert.ok([0, 1].includes(e.status), `exit ${e.status}: ${e.stderr}`); }
    const report = JSON.parse(out);
    const expected = expectations(dir);
    assert.deepEqual(report.services.map(s => s.name).sort(), [...expected.keys()].sort(), 'the services found');
    const mlo006 = report.files.flatMap(f => f.findings.filter(x => x.code === 'MLO006').map(x => ({ path: f.path, line: x.line, facets: x.facets })));
    for (const [svcName, want] of expected) {
      const got = report.services.find(s => s.name === svcName);
      for (const [facet, w] of Object.entries(want.facets)) {
        const f = got.facets[facet];
        assert.equal(verdictOf(f), w.verdict, `${svcName} ${facet}: ${JSON.stringify(f)}`);
        if (w.evidence) assert.deepEqual({ path: f.evidence.path, line: f.evidence.line }, w.evidence, `${svcName} ${facet} evidence`);
      }
      assert.deepEqual(Object.keys(got.facets).sort(), Object.keys(want.facets).sort(), `${svcName}: every facet stated`);
      if (want.entry) assert.deepEqual({ path: got.entryPoints[0].path, line: got.entryPoints[0].line }, want.entry, `${svcName}: first entry point`);
      const missing = Object.entries(want.facets).filter(([, w]) => w.verdict === 'missing').map(([f]) => f);
      const finding = mlo006.find(x => want.entry && x.path === want.entry.path && x.line === want.entry.line);
      if (missing.length) assert.deepEqual(finding?.facets?.slice().sort(), missing.sort(), `${svcName}: MLO006 at its entry point lists the missing facets`);
      else assert.equal(finding, undefined, `${svcName}: no MLO006 when nothing required is missing`);
    }
    if (!expected.size) assert.deepEqual(mlo006, [], 'no MLO006 in a project without a service');
    // the inference verdicts stated next to the code (`expect: infer missing=…`): helpers that record nothing, a
    // request timer, a vendored library's crash reporting cover none of the prediction's facets
    for (const file of filesOf(dir)) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      const want = annotations(fs.readFileSync(file, 'utf8')).filter(a => a.kind === 'infer');
      if (!want.length) continue;
      const got = report.files.find(f => f.path.split(path.sep).join('/') === rel);
      const six = ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors'];
      assert.deepEqual(got.inferencePoints.map(p => `${p.line} ${six.filter(f => !p.facets[f].covered).join(',')}`),
        want.map(a => `${a.line} ${(a.missing ?? []).join(',')}`), `${rel}: inference points and missing facets`);
    }
  });
}

test('SARIF: MLO006 with related locations at the evidence of the facets the service does record (here its Dockerfile)', () => {
  const dir = path.join(PROJECTS, 'py-bentoml-docker');
  let out;
  try { out = execFileSync(process.execPath, [CLI, 'scan', '.', '--no-cache', '--format', 'sarif'], { cwd: dir, encoding: 'utf8' }); }
  catch (e) { out = e.stdout; }
  const run = JSON.parse(out).runs[0];
  assert.ok(run.tool.driver.rules.some(r => r.id === 'MLO006'));
  const [r] = run.results.filter(x => x.ruleId === 'MLO006');
  assert.equal(r.level, 'note');
  assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, 'service.py');
  assert.equal(r.locations[0].physicalLocation.region.startLine, 13, "at @bentoml.service");
  assert.deepEqual(r.properties.facets, ['outcome']);
  assert.deepEqual(r.relatedLocations.map(l => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text.split(':')[0]]),
    [['Dockerfile', 4, '✓ deployment-context']]);
});
