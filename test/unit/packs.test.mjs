// Every knowledge pack: fixtures for each of its languages whose annotations (test/lib/expectations.mjs: the
// corpus format of test/corpus/README.md, `pin=` on loads, `covered=` for facets outside the six) are exactly
// what the engine finds; fixtures that exercise the pack's kinds of rows; docs/libraries.md generated from the packs.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { annotations, fixtureDifferences } from '../lib/expectations.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'packs');
const LANGUAGE_OF = { '.py': 'python', '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.js': 'typescript', '.jsx': 'typescript', '.mjs': 'typescript', '.cjs': 'typescript' };

function fixtureFiles(id) {
  const dir = path.join(FIXTURES, id);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => LANGUAGE_OF[path.extname(f)]).sort().map(f => path.join(dir, f)) : [];
}

const hasLoads = p => (p.tables.producers ?? []).some(r => r.load);
const hasInference = p => (p.tables.inference ?? []).length > 0;
/** A pack that only records, times, identifies or validates: it is shown through another pack's inference point. */
const isTelemetry = p => !hasLoads(p) && !hasInference(p) && ['sinks', 'regions', 'idSources', 'clocks', 'validators', 'callbacks'].some(k => (p.tables[k] ?? []).length);

test('pack ids are unique and name their files', () => {
  const ids = engine.PACKS.map(p => p.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const p of engine.PACKS) {
    assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(fs.existsSync(path.join(ROOT, 'src', 'engine', 'knowledge', 'packs', `${p.id}.ts`)), `${p.id}: no pack file`);
    assert.ok(p.name && p.description && p.languages.length, `${p.id}: name, description and languages`);
  }
});

test('every key of a pack\'s tables names a table (an array spread into the tables object gives numeric keys)', () => {
  const tableNames = new Set(Object.keys(engine.defaultConfig().tables));
  for (const p of engine.PACKS) {
    const unknown = Object.keys(p.tables).filter(k => !tableNames.has(k));
    assert.deepEqual(unknown, [], `${p.id}: not tables: ${unknown.slice(0, 5).join(', ')}`);
  }
});

for (const pack of engine.PACKS) {
  const files = fixtureFiles(pack.id);
  test(`pack ${pack.id}: fixtures for its languages and its kinds of rows`, () => {
    const langs = new Set(files.map(f => LANGUAGE_OF[path.extname(f)]));
    for (const l of pack.languages) assert.ok(langs.has(l), `${pack.id}: no ${l} fixture under test/fixtures/packs/${pack.id}/`);
    const all = files.flatMap(f => annotations(fs.readFileSync(f, 'utf8')));
    if (hasLoads(pack)) assert.ok(all.some(e => e.kind === 'load'), `${pack.id} has load rows: a fixture needs an \`expect: load\``);
    if (hasInference(pack)) assert.ok(all.some(e => e.kind === 'infer'), `${pack.id} has inference rows: a fixture needs an \`expect: infer\``);
    if (isTelemetry(pack)) assert.ok(all.some(e => e.kind === 'infer' && e.missing), `${pack.id} records: a fixture needs an \`expect: infer missing=…\``);
  });
  for (const file of files) {
    test(`pack fixture ${pack.id}/${path.basename(file)}`, async () => {
      assert.deepEqual(await fixtureDifferences(file), []);
    });
  }
}

test('docs/libraries.md is generated from the packs (npm run docs)', () => {
  const file = path.join(ROOT, 'docs', 'libraries.md');
  assert.equal(fs.readFileSync(file, 'utf8'), engine.librariesMarkdown(), 'docs/libraries.md is stale: run npm run docs');
});

test('README links every pack from "Libraries and frameworks"', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /## Libraries and frameworks\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  for (const p of engine.PACKS) assert.ok(section.includes(`docs/libraries.md#${p.id})`), `README: ${p.id} is not linked`);
});
