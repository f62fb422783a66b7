// Resolver mechanisms, each on a small program written for it: what the engine finds must be exactly what the
// `expect:` comments say (test/lib/expectations.mjs), and code that only looks similar gives nothing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { annotations } from '../lib/expectations.mjs';
import { engine } from '../lib/engine.mjs';

/** The inference and load lines found in a program, next to those its comments expect. */
async function found(file, lines) {
  const text = lines.join('\n') + '\n';
  const res = await engine.analyzeText(file, text, engine.defaultConfig());
  const expected = annotations(text);
  return {
    got: { infer: res.inferencePoints.map(p => p.range.start.line + 1), load: res.modelLoads.filter(l => l.kind === 'load').map(l => [l.range.start.line + 1, l.pin]) },
    want: { infer: expected.filter(e => e.kind === 'infer').map(e => e.line), load: expected.filter(e => e.kind === 'load').map(e => [e.line, e.pin]) },
  };
}

test('a member of the JS global object is the global: window.tf, self.ort, globalThis.LanguageModel', async () => {
  const { got, want } = await found('page.js', [
    'async function start(url) {',
    '  const model = await window.tf.loadLayersModel("models/digits/model.json"); // expect: load pin=local',
    '  return model.predict(window.tf.zeros([1, 28, 28, 1])); // expect: infer',
    '}',
    'self.onmessage = async (e) => {',
    '  const session = await self.ort.InferenceSession.create("/models/detector-v2.onnx"); // expect: load pin=local',
    '  self.postMessage(await session.run(e.data.feeds)); // expect: infer',
    '};',
    'export async function ask(q) {',
    '  const s = await globalThis.LanguageModel.create();',
    '  return s.prompt(q); // expect: infer',
    '}',
  ]);
  assert.deepEqual(got, want);
});

test('a global-object member the file writes, binds or spells as Python\'s builtins is not the global', async () => {
  const { got } = await found('shadow.js', [
    'window.tf = { loadLayersModel: (p) => fetch(p).then(r => r.json()) };',
    'export async function read(p) { const m = await window.tf.loadLayersModel(p); return m.predict(1); }',
    'export function f(self) { return self.ort.InferenceSession.create("a.onnx"); }',
    'export function popup(u) { const w = window.open(u); w.print(); return w; }',
  ]);
  assert.deepEqual(got, { infer: [], load: [] });
});
