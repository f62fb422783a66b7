// Every rule: docs with the fixed headings, generated docs up to date, and fixtures whose caret comments
// give the exact expected findings (code, line, columns, missing facets).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engine, analyze } from '../lib/engine.mjs';
import { expectedFindings, actualFindings } from '../lib/fixtures.mjs';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'rules');
const EXT = { python: ['.py'], typescript: ['.ts', '.tsx', '.mts', '.cts'], javascript: ['.js', '.mjs', '.cjs', '.jsx'] };

test('rule codes are unique and stable in shape', () => {
  const codes = engine.RULES.map(r => r.meta.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const r of engine.RULES) {
    assert.match(r.meta.code, /^MLO\d{3}$/);
    assert.match(r.meta.name, /^[a-z]+(-[a-z]+)*$/);
  }
});

for (const rule of engine.RULES) {
  const { code } = rule.meta;
  test(`${code} has docs under every heading and the generated page is current`, () => {
    const md = engine.ruleMarkdown(rule);
    for (const h of engine.DOC_HEADINGS) assert.match(md, new RegExp(`^## ${h}\\n\\n\\S`, 'm'), `${code}: ${h}`);
    const file = path.join(import.meta.dirname, '..', '..', 'docs', 'rules', `${code}.md`);
    assert.equal(fs.readFileSync(file, 'utf8'), md, `docs/rules/${code}.md is stale: run npm run docs`);
  });

  const dir = path.join(FIXTURES, code);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  test(`${code} has fixtures for its languages`, () => {
    const langs = new Set(files.map(f => Object.keys(EXT).find(l => EXT[l].includes(path.extname(f)))));
    assert.ok(langs.has('python'), `${code}: no Python fixture`);
    if (engine.supportedExtensions().includes('.ts')) assert.ok(langs.has('typescript') || langs.has('javascript'), `${code}: no TS/JS fixture`);
  });
  for (const f of files) {
    if (!engine.supportedExtensions().includes(path.extname(f))) continue;
    test(`${code} fixture ${f}`, async () => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      let result = await analyze(f, text);
      // a service rule: the file is a one-file project, its service checked by the project step
      if (rule.meta.scope === 'service') {
        const config = engine.defaultConfig();
        const services = engine.servicesOf([result], { manifestDirs: [], deployFiles: [], declared: [], required: config.requiredServiceFacets, waivers: [], severity: 'info', rootName: 'fixture' });
        result = engine.withServiceFindings([result], services, 'info')[0];
      }
      assert.deepEqual(result.errors, [], 'fixture must parse cleanly');
      const expected = expectedFindings(text).filter(x => x.code === code);
      assert.ok(expected.length > 0, 'fixture must expect at least one finding');
      const key = x => `${x.line + 1}:${x.col}-${x.endCol ?? '…'} ${x.facets?.join(',') ?? ''}`;
      assert.deepEqual(actualFindings(result, code).map(key).sort(), expected.map(key).sort());
    });
  }
}
