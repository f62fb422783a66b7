// mlobs.json's JSON schema (what VS Code and other editors validate and complete the file with) is generated from
// the zod schema the CLI validates with: the published file is current, it accepts every config this repository
// ships, and it rejects what the CLI rejects.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseJsonc } from 'jsonc-parser';
import Ajv from 'ajv';

const ROOT = path.join(import.meta.dirname, '..', '..');
const engine = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'engine.js'));
const FILE = path.join(ROOT, 'docs', 'mlobs.schema.json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(FILE, 'utf8')));

test('docs/mlobs.schema.json is generated from the config schema (npm run docs)', () => {
  assert.equal(fs.readFileSync(FILE, 'utf8'), JSON.stringify(engine.configJsonSchema(), null, 2) + '\n', 'docs/mlobs.schema.json is stale: run npm run docs');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: engine.CONFIG_FILE_NAMES, url: './docs/mlobs.schema.json' }]);
});

test('every config file in the repository is valid by the schema and by the CLI', () => {
  const found = [];
  const walk = dir => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', '.git', '.vscode-server', 'dist'].includes(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (engine.CONFIG_FILE_NAMES.includes(e.name)) found.push(p);
    }
  };
  walk(ROOT);
  assert.ok(found.length >= 2, found.join(', '));
  for (const file of found) {
    const raw = parseJsonc(fs.readFileSync(file, 'utf8'), [], { allowTrailingComma: true });
    // a fixture that is broken on purpose is broken for both
    let cli = true;
    try { engine.loadConfigFile(file); } catch { cli = false; }
    assert.equal(validate(raw), cli, `${path.relative(ROOT, file)}: schema ${JSON.stringify(validate.errors)}`);
  }
});

test('what the CLI rejects the schema rejects, and the other way round', () => {
  const cases = [
    [{ requiredFacets: ['latency', 'inputs'], severity: { MLO001: 'error', MLO004: 'off' }, failOn: 'info' }, true],
    [{ waivers: [{ facet: 'outcome', reason: 'labels arrive weeks later', paths: ['jobs/*.py'] }] }, true],
    [{ knowledge: { inference: [{ match: 'acme.Scorer.score', kind: 'model', inputArgs: [0, 'features'] }], fieldNames: { latency: ['took_ms'] } } }, true],
    [{ requiredFacets: ['latncy'] }, false],
    [{ severity: { MLO001: 'loud' } }, false],
    [{ severity: { MLO999: 'error' } }, false],
    [{ waivers: [{ facet: 'outcome' }] }, false],
    [{ colour: 'blue' }, false],
    [{ knowledge: { sinks: [{ match: 'x.log', role: 'shout' }] } }, false],
    [{ knowledge: { fieldNames: { speed: ['x'] } } }, false],
    [{ maxFileBytes: -1 }, false],
  ];
  for (const [raw, ok] of cases) {
    let cli = true;
    try { engine.resolveConfig(raw, 'mlobs.json'); } catch { cli = false; }
    assert.equal(cli, ok, `CLI on ${JSON.stringify(raw)}`);
    assert.equal(validate(raw), ok, `schema on ${JSON.stringify(raw)}`);
  }
});

test('the schema describes each key, for the editor\'s hover and completion', () => {
  const schema = engine.configJsonSchema();
  for (const [key, value] of Object.entries(schema.properties)) if (key !== '$schema') assert.ok(value.description, `${key} has a description`);
  assert.deepEqual(schema.properties.severity.propertyNames.enum, engine.RULES.map(r => r.meta.code));
  assert.deepEqual(schema.properties.requiredFacets.items.enum, engine.FACET_IDS);
});
