// The typed mirror of the mlobs.* settings: normalisation of valid and invalid values (one problem per bad
// key, naming it; never an exception), the overlay over mlobs.json, and the config resolver the extension
// and its worker use (nearest config file, broken files reported with defaults used).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engine } from '../lib/engine.mjs';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const { normaliseSettings, defaultSettings, overlaySettings, SETTING_KEYS } = await loadExtensionModule('settings');
const { ConfigResolver, ConfigFilePoll, SETTINGS_SOURCE } = await loadExtensionModule('configs');
const vocab = { facets: engine.FACET_IDS, rules: engine.RULES.map(r => r.meta.code) };

test('unset settings normalise to the defaults, with no problems', () => {
  const { settings, problems } = normaliseSettings(Object.fromEntries(SETTING_KEYS.map(k => [k, undefined])), vocab);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, defaultSettings());
  assert.equal(settings.requiredFacets, undefined);
  assert.equal(settings.run, 'onType');
});

test('valid settings are kept, typed', () => {
  const { settings, problems } = normaliseSettings({
    requiredFacets: ['outputs', 'latency', 'outputs'], severity: { MLO005: 'off', MLO001: 'error' },
    'knowledge.inference': [{ match: 'client.mycorp#score', kind: 'model', inputArgs: [0, 'features'] }],
    'knowledge.producers': [{ match: 'acme_ml.load_scorer', type: 'model.generic', load: { pin: 'local', modelArg: [0] } }],
    'knowledge.sinks': [{ match: 'mycorp.telemetry.emit', keyArg: 0, role: 'record' }],
    'knowledge.fieldNames': { 'model-version': ['mdl_ver'] },
    'fixAll.includeInstrumentation': true, run: 'onSave', maxFileBytes: 2048, 'scan.onStartup': false,
  }, vocab);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    requiredFacets: ['outputs', 'latency'], severity: { MLO005: 'off', MLO001: 'error' },
    knowledge: { inference: [{ match: 'client.mycorp#score', kind: 'model', inputArgs: [0, 'features'] }], producers: [{ match: 'acme_ml.load_scorer', type: 'model.generic', load: { pin: 'local', modelArg: [0] } }], sinks: [{ match: 'mycorp.telemetry.emit', keyArg: 0, role: 'record' }], fieldNames: { 'model-version': ['mdl_ver'] } },
    fixAllIncludeInstrumentation: true, run: 'onSave', maxFileBytes: 2048, scanOnStartup: false,
  });
});

test('each invalid value gives one problem naming its setting, and falls back to the default', () => {
  const { settings, problems } = normaliseSettings({
    requiredFacets: ['outputs', 'speed'], severity: { MLO009: 'warning', MLO001: 'loud', MLO002: 'error' },
    'knowledge.inference': [{ match: '' }, { match: 'a.b', extra: 1 }, { match: 'ok.call' }, 'x'],
    'knowledge.producers': [{ match: 'a.load', load: { modelArg: [0] } }, { match: 'a.b', passThrough: 'sideways' }],
    'knowledge.sinks': { match: 'not a list' }, 'knowledge.fieldNames': { nope: ['x'], outputs: 'pred' },
    'fixAll.includeInstrumentation': 'yes', run: 'sometimes', maxFileBytes: -5, 'scan.onStartup': 1,
  }, vocab);
  assert.equal(problems.length, 15, problems.join('\n'));
  assert.ok(problems.includes('mlobs.knowledge.producers: entry 0.load needs a "pin" (local, hf, mlflow, bentoml or url)'), problems.join('\n'));
  assert.ok(problems.includes('mlobs.knowledge.producers: entry 1.passThrough must be "receiver" or "arg0"'), problems.join('\n'));
  const has = (re) => assert.ok(problems.some(p => re.test(p)), `${re} in\n${problems.join('\n')}`);
  has(/^mlobs\.requiredFacets: unknown facet "speed" \(known: model-version/);
  has(/^mlobs\.severity\.MLO009: unknown rule code/);
  has(/^mlobs\.severity\.MLO001: must be one of error, warning, info, hint, off, not "loud"/);
  has(/^mlobs\.knowledge\.inference: entry 0 needs a non-empty "match"/);
  has(/^mlobs\.knowledge\.inference: entry 1 has unknown key "extra"/);
  has(/^mlobs\.knowledge\.inference: entry 3 needs a non-empty "match"/);
  has(/^mlobs\.knowledge\.sinks: must be a list/);
  has(/^mlobs\.knowledge\.fieldNames\.nope: unknown facet/);
  has(/^mlobs\.knowledge\.fieldNames\.outputs: must be a list/);
  has(/^mlobs\.fixAll\.includeInstrumentation: must be true or false/);
  has(/^mlobs\.run: must be "onType" or "onSave", not "sometimes"/);
  has(/^mlobs\.maxFileBytes: must be a positive whole number/);
  has(/^mlobs\.scan\.onStartup: must be true or false/);
  // the valid parts survive
  assert.equal(settings.requiredFacets, undefined);
  assert.deepEqual(settings.severity, { MLO002: 'error' });
  assert.deepEqual(settings.knowledge.inference, [{ match: 'ok.call' }]);
  assert.deepEqual(settings.knowledge.sinks, []);
  assert.deepEqual(settings.knowledge.fieldNames, {});
  assert.equal(settings.run, 'onType');
  assert.equal(settings.maxFileBytes, undefined);
});

test('non-object values of object settings are problems, not exceptions', () => {
  for (const bad of [42, 'x', [1], true]) {
    const { problems } = normaliseSettings({ severity: bad, 'knowledge.fieldNames': bad, requiredFacets: bad }, vocab);
    assert.equal(problems.length, 3, `${JSON.stringify(bad)}: ${problems.join('\n')}`);
  }
});

test('settings overlay mlobs.json: lists replaced, severities merged, knowledge appended; the engine accepts the result', () => {
  const file = { requiredFacets: ['inputs'], severity: { MLO005: 'info', MLO003: 'error' }, exclude: ['x/**'],
    knowledge: { sinks: [{ match: 'a.b' }], fieldNames: { 'model-version': ['mv'] } } };
  const { settings } = normaliseSettings({ requiredFacets: ['outputs'], severity: { MLO005: 'off' }, 'knowledge.sinks': [{ match: 'c.d' }],
    'knowledge.inference': [{ match: 'e.f' }], 'knowledge.fieldNames': { 'model-version': ['mdl_ver'], outputs: ['yhat'] } }, vocab);
  const raw = overlaySettings(file, settings);
  assert.deepEqual(raw, {
    requiredFacets: ['outputs'], severity: { MLO005: 'off', MLO003: 'error' }, exclude: ['x/**'],
    knowledge: { sinks: [{ match: 'a.b' }, { match: 'c.d' }], inference: [{ match: 'e.f' }], fieldNames: { 'model-version': ['mv', 'mdl_ver'], outputs: ['yhat'] } },
  });
  assert.deepEqual(file.knowledge.sinks, [{ match: 'a.b' }], 'the file object is not modified');
  const config = engine.resolveConfig(raw, 'mlobs.json');
  assert.deepEqual(config.requiredFacets, ['outputs']);
  assert.equal(config.severity.MLO005, 'off');
  assert.ok(config.tables.fieldNames['model-version'].includes('mdl_ver'));
  assert.ok(config.tables.fieldNames['model-version'].includes('mv'));
});

const SNIPPET = `import logging
import joblib

log = logging.getLogger("svc")
model = joblib.load("m.pkl")


def score(x):
    y = model.predict(x)
    log.info("scored", extra={"mdl_ver": "7", "prediction": y})
    return y
`;

function tempProject(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-cfg-'));
  for (const [name, text] of Object.entries(files)) { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), text); }
  return dir;
}

test('the resolver finds the nearest mlobs.json and lays settings over it; a settings field name changes a verdict', async () => {
  const dir = tempProject({ 'mlobs.json': '{ // comments are fine\n "requiredFacets": ["model-version", "outputs"] }', 'svc/app.py': SNIPPET });
  const resolver = new ConfigResolver();
  const plain = resolver.resolve(path.join(dir, 'svc'), dir, defaultSettings());
  assert.deepEqual(plain.problems, []);
  assert.equal(plain.root, dir);
  assert.equal(plain.rawFile, path.join(dir, 'mlobs.json'));
  assert.deepEqual(plain.config.requiredFacets, ['model-version', 'outputs']);
  const before = await engine.analyzeText('svc/app.py', SNIPPET, plain.config);
  assert.equal(before.inferencePoints[0].facets['model-version'].covered, false);

  const { settings } = normaliseSettings({ 'knowledge.fieldNames': { 'model-version': ['mdl_ver'] } }, vocab);
  const withSettings = resolver.resolve(path.join(dir, 'svc'), dir, settings);
  assert.notEqual(withSettings.key, plain.key);
  assert.deepEqual(withSettings.config.requiredFacets, ['model-version', 'outputs'], 'the file still decides what is required');
  const after = await engine.analyzeText('svc/app.py', SNIPPET, withSettings.config);
  assert.equal(after.inferencePoints[0].facets['model-version'].covered, true);
  assert.equal(after.inferencePoints[0].facets['model-version'].evidence.line, 9);
  assert.equal(after.findings.filter(f => f.code === 'MLO001').length, 0);
  // what the worker is sent resolves to the same config
  assert.deepEqual(engine.resolveConfig(withSettings.raw, withSettings.rawFile).requiredFacets, withSettings.config.requiredFacets);
});

test('a broken mlobs.json is one problem naming the file; analysis goes on with the defaults (plus settings)', () => {
  for (const [text, re] of [['{ "requiredFacets": ["speed"] }', /requiredFacets\.0 \(line 1, column 22\): unknown facet "speed"/], ['{ "requiredFacets": [ }', /is not valid JSON: .* at line 1/]]) {
    const dir = tempProject({ '.mlobs.json': text });
    const { settings } = normaliseSettings({ severity: { MLO004: 'off' } }, vocab);
    const r = new ConfigResolver().resolve(dir, dir, settings);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].file, path.join(dir, '.mlobs.json'));
    assert.match(r.problems[0].problem, re);
    assert.deepEqual(r.config.requiredFacets, engine.DEFAULT_REQUIRED_FACETS);
    assert.equal(r.config.severity.MLO004, 'off', 'settings still apply');
    assert.equal(r.rawFile, SETTINGS_SOURCE);
    assert.equal(r.config.file, undefined);
  }
});

test('without any config file or setting, the resolver gives the engine defaults, rooted at the workspace folder', () => {
  const dir = tempProject({ 'a/b.py': 'x = 1\n' });
  const r = new ConfigResolver().resolve(path.join(dir, 'a'), dir, defaultSettings());
  // (a config file above the temp folder would be found, as the CLI would; the OS temp folder has none)
  assert.equal(r.problems.length, 0);
  assert.equal(r.root, dir);
  assert.deepEqual(r.config.requiredFacets, engine.DEFAULT_REQUIRED_FACETS);
});

test('the config poll reports a config file in use when its content changes or it goes, once each', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-poll-'));
  const file = path.join(dir, 'mlobs.json');
  fs.writeFileSync(file, '{}');
  const resolver = new ConfigResolver();
  resolver.resolve(dir, dir, defaultSettings());
  assert.deepEqual(resolver.loadedFiles(), [file]);
  const poll = new ConfigFilePoll();
  assert.deepEqual(poll.changed(resolver.loadedFiles()), [], 'first sight is the known state');
  fs.writeFileSync(file, '{ "requiredFacets": ["inputs"] }');
  assert.deepEqual(poll.changed([]), [file], 'still watched after the resolver forgot it');
  assert.deepEqual(poll.changed([]), []);
  fs.writeFileSync(file, '{ "requiredFacets": ["outputs"] }');
  poll.resync();
  assert.deepEqual(poll.changed([]), [], 'a reload for another reason already read it');
  fs.rmSync(file);
  assert.deepEqual(poll.changed([]), [file]);
});

test('a config\'s key names its content: the worker caches configs by key, so an edited mlobs.json must get a new one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-key-'));
  const file = path.join(dir, 'mlobs.json');
  fs.writeFileSync(file, '{ "requiredFacets": ["inputs"] }');
  const resolver = new ConfigResolver();
  const before = resolver.resolve(dir, dir, defaultSettings());
  assert.equal(resolver.resolve(dir, dir, defaultSettings()).key, before.key, 'the same content, the same key');
  fs.writeFileSync(file, '{ "requiredFacets": ["inputs", "decision"] }');
  resolver.invalidate();
  const after = resolver.resolve(dir, dir, defaultSettings());
  assert.notEqual(after.key, before.key);
  assert.deepEqual(after.config.requiredFacets, ['inputs', 'decision']);
});

test('the Settings UI defaults (an empty facet list, 0 bytes) mean "from mlobs.json"; producers teach a library', async () => {
  const { settings, problems } = normaliseSettings({ requiredFacets: [], maxFileBytes: 0,
    'knowledge.producers': [{ match: 'acme_ml.load_scorer', type: 'model.generic', load: { pin: 'local', modelArg: [0] } }] }, vocab);
  assert.deepEqual(problems, []);
  assert.equal(settings.requiredFacets, undefined);
  assert.equal(settings.maxFileBytes, undefined);
  const raw = overlaySettings({ requiredFacets: ['latency'], knowledge: { producers: [{ match: 'other.load' }] } }, settings);
  assert.deepEqual(raw.requiredFacets, ['latency'], 'the file keeps its list');
  assert.deepEqual(raw.knowledge.producers.map(p => p.match), ['other.load', 'acme_ml.load_scorer'], 'appended to the file\'s');
  const config = engine.resolveConfig(raw, 'settings');
  const py = 'import acme_ml\nscorer = acme_ml.load_scorer("models/churn.bin")\ndef score(x):\n    return scorer.predict(x)\n';
  const r = await engine.analyzeText('serve.py', py, config);
  assert.deepEqual(r.modelLoads.map(l => [l.range.start.line, l.callee, l.pin]), [[1, 'acme_ml.load_scorer', 'local']]);
  assert.deepEqual(r.inferencePoints.map(p => [p.range.start.line, p.text]), [[3, 'scorer.predict(x)']]);
});
