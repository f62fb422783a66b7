// "Mark as inference point": the knowledge entry for a call the engine does not recognise, written into mlobs.json
// (comments kept, no duplicates), after which that call and every call of the same method is an inference point.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const { addKnowledge } = await loadExtensionModule('configs');
const cfg = engine.defaultConfig();
await engine.ensureLanguage('python');
await engine.ensureLanguage('typescript');

const PY = [
  'from acme_inhouse import scoring',
  '',
  'engine = scoring.connect("tcp://scorer:9000")',
  '',
  'def score(features):',
  '    print(len(features))',
  '    return engine.evaluate_now(features)',
  '',
  'def score_again(features):',
  '    return engine.evaluate_now(features)',
].join('\n');

const pointsWith = async (path, text, knowledge) =>
  (await engine.analyzeText(path, text, engine.resolveConfig({ knowledge }, 'mlobs.json'))).inferencePoints.map(p => [p.range.start.line, p.text]);

test('a method of an object an unknown library returns: a producer for the library call, an inference row for the method', async () => {
  assert.deepEqual(await pointsWith('s.py', PY, {}), [], 'not recognised without the entry');
  const mark = engine.markableCallAt('s.py', PY, cfg, { line: 6, col: 20 });
  assert.equal(mark.text, 'engine.evaluate_now');
  assert.deepEqual(mark.range, { start: { line: 6, col: 11 }, end: { line: 6, col: 30 } });
  assert.deepEqual(mark.knowledge, {
    producers: [{ match: 'acme_inhouse.scoring.connect', type: 'model.acme_inhouse' }],
    inference: [{ match: 'model.acme_inhouse#evaluate_now' }],
  });
  assert.deepEqual(await pointsWith('s.py', PY, mark.knowledge), [[6, 'engine.evaluate_now(features)'], [9, 'engine.evaluate_now(features)']], 'every call of that method');
});

test('a module function is matched by its path; a TS class from a scoped package too; builtins and nothing are not markable', async () => {
  const fn = 'import acme_scoring\n\ndef f(x):\n    return acme_scoring.score(x)\n';
  const mark = engine.markableCallAt('f.py', fn, cfg, { line: 3, col: 25 });
  assert.deepEqual(mark.knowledge, { inference: [{ match: 'acme_scoring.score' }] });
  assert.deepEqual(await pointsWith('f.py', fn, mark.knowledge), [[3, 'acme_scoring.score(x)']]);
  const ts = 'import { Scorer } from "@acme/scoring";\nconst s = new Scorer({ url: "x" });\nexport async function f(x: number[]) {\n  return await s.score(x);\n}\n';
  const t = engine.markableCallAt('a.ts', ts, cfg, { line: 3, col: 18 });
  assert.deepEqual(t.knowledge.producers, [{ match: '@acme/scoring.Scorer', type: 'model.acme_scoring' }]);
  assert.deepEqual(await pointsWith('a.ts', ts, t.knowledge), [[3, 's.score(x)']]);
  assert.equal(engine.markableCallAt('s.py', PY, cfg, { line: 5, col: 8 }), undefined, 'print(…) is a builtin');
  assert.equal(engine.markableCallAt('s.py', PY, cfg, { line: 1, col: 0 }), undefined, 'no call there');
});

test('addKnowledge: a new file, an existing one with comments kept, and no duplicate entries', () => {
  const mark = { producers: [{ match: 'acme_inhouse.scoring.connect', type: 'model.acme_inhouse' }], inference: [{ match: 'model.acme_inhouse#evaluate_now' }] };
  const fresh = addKnowledge(undefined, mark);
  assert.deepEqual(parse(fresh), { knowledge: mark });
  const existing = '{\n  // our facets\n  "requiredFacets": ["latency"],\n  "knowledge": { "inference": [{ "match": "x.y" }] }\n}\n';
  const out = addKnowledge(existing, mark);
  assert.match(out, /\/\/ our facets/, 'comments kept');
  assert.deepEqual(parse(out).knowledge.inference.map(e => e.match), ['x.y', 'model.acme_inhouse#evaluate_now']);
  assert.deepEqual(parse(out).requiredFacets, ['latency']);
  assert.equal(addKnowledge(out, mark), out, 'marking twice adds nothing');
  // the file the CLI then reads makes the call a point
  assert.doesNotThrow(() => engine.resolveConfig(parse(out), 'mlobs.json'));
});
