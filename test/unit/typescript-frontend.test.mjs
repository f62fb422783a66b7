// The TS/JS front end: typescript-estree trees lowered to the language-neutral FileModel, checked
// through the built bundle (run `node esbuild.js` first). Positions are 0-based lines and columns.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const engine = require('../../dist/engine.js');

before(async () => { await engine.ensureLanguage('typescript'); });

const build = (text, language = 'typescript', fileName) => engine.buildModel(language, text, 3000, fileName);
const pos = (line, col) => ({ line, col });
const range = (l1, c1, l2, c2) => ({ start: pos(l1, c1), end: pos(l2, c2) });
const imports = m => Object.fromEntries(m.imports.map(i => [i.local, i.path]));
/** A compact rendering of an expression, for readable assertions. */
function show(m, e) {
  switch (e.k) {
    case 'name': return e.name;
    case 'attr': return `${show(m, e.obj)}.${e.attr}`;
    case 'call': { const c = m.calls[e.call]; return `${show(m, c.callee)}(${c.args.map(a => (a.spread ? '...' : '') + show(m, a.value)).join(', ')})`; }
    case 'str': return JSON.stringify(e.value);
    case 'lit': return 'lit';
    case 'dict': return `{${e.entries.map(en => `${en.key}: ${show(m, en.value)}`).join(', ')}}`;
    case 'index': return `${show(m, e.obj)}[${show(m, e.index)}]`;
    case 'func': return `fn${e.fn}`;
    default: return `${e.op ?? 'other'}(${e.parts.map(p => show(m, p)).join(', ')})`;
  }
}
const assigned = (m, key) => m.assignments.filter(a => a.targets.some(t => [t.root, ...t.path].join('.') === key));

test('languages and extensions', () => {
  for (const [file, lang] of [['a.ts', 'typescript'], ['a.tsx', 'typescript'], ['a.mts', 'typescript'], ['a.cts', 'typescript'],
    ['a.js', 'javascript'], ['a.jsx', 'javascript'], ['a.mjs', 'javascript'], ['a.cjs', 'javascript'], ['a.py', 'python']]) {
    assert.equal(engine.languageOf(file), lang, file);
  }
});

test('ES imports, require, destructured require and dynamic import bind module paths', () => {
  const m = build([
    'import * as ort from "onnxruntime-node";',
    'import OpenAI, { AzureOpenAI as Azure } from "openai";',
    'import { randomUUID } from "node:crypto";',
    'import type { Span } from "@opentelemetry/api";',
    'const tf = require("@tensorflow/tfjs-node");',
    'const { pipeline, env: hfEnv } = require("@xenova/transformers");',
    'const { default: pino } = require("pino");',
    'async function f() { const { AutoModel } = await import("@huggingface/transformers"); const m = await import("ai"); }',
  ].join('\n'));
  assert.deepEqual(imports(m), {
    ort: 'onnxruntime-node', OpenAI: 'openai', Azure: 'openai.AzureOpenAI', randomUUID: 'crypto.randomUUID', Span: '@opentelemetry/api.Span',
    tf: '@tensorflow/tfjs-node', pipeline: '@xenova/transformers.pipeline', hfEnv: '@xenova/transformers.env', pino: 'pino',
    AutoModel: '@huggingface/transformers.AutoModel', m: 'ai',
  });
  assert.deepEqual(m.imports.find(i => i.local === 'Azure').r, range(1, 17, 1, 37));
  assert.equal(m.calls.length, 0, 'require() and import() are bindings, not calls');
  assert.equal(m.assignments.length, 0);
  assert.deepEqual(m.notes, []);
});

test('inline require and globals are imports of themselves; new is a call', () => {
  const m = build('const log = require("pino")();\nconst t0 = performance.now();\nconst s = new ort.InferenceSession();\nJSON.stringify(x);', 'javascript');
  assert.equal(imports(m)['require("pino")'], 'pino');
  assert.equal(imports(m).performance, 'performance');
  assert.equal(imports(m).JSON, 'JSON');
  assert.deepEqual(m.calls.map(c => show(m, c.callee)), ['require("pino")', 'performance.now', 'ort.InferenceSession', 'JSON.stringify']);
  assert.deepEqual(m.calls[2].r, range(2, 10, 2, 36));
  const declared = build('function f(JSON) { return JSON.parse(x); }');
  assert.equal(imports(declared).JSON, undefined, 'a declared name is not the global');
});

test('arrow functions as route callbacks: scopes, params, awaited calls in source order', () => {
  const m = build([
    'app.post("/predict", async (req, res) => {',
    '  const out = await session.run({ x: req.body.x });',
    '  res.json(out);',
    '});',
  ].join('\n'));
  assert.equal(m.scopes.length, 2);
  const fn = m.scopes[1];
  assert.deepEqual({ kind: fn.kind, name: fn.name, parent: fn.parent, classId: fn.classId, params: fn.params.map(p => p.name) },
    { kind: 'function', name: '<arrow>', parent: 0, classId: -1, params: ['req', 'res'] });
  assert.deepEqual(fn.r, range(0, 21, 3, 1));
  assert.deepEqual(m.calls.map(c => [show(m, c.callee), c.scope, c.awaited]), [['app.post', 0, false], ['session.run', 1, true], ['res.json', 1, false]]);
  assert.equal(m.calls[0].args[1].value.k, 'func');
  assert.deepEqual(m.calls[1].r, range(1, 20, 1, 50), 'an awaited call spans the call, not the await');
  assert.equal(show(m, m.calls[1].args[0].value), '{x: req.body.x}');
  assert.deepEqual(assigned(m, 'out').map(a => [a.scope, a.kind, show(m, a.value)]), [[1, 'assign', 'session.run({x: req.body.x})']]);
});

test('const-bound functions and classes are named scopes; expression bodies return', () => {
  const m = build('export const handler = async (event) => score(event.body);\nconst C = class {};\nfunction g() { return 1; }');
  assert.deepEqual(m.scopes.map(s => [s.name, s.kind]), [['<module>', 'module'], ['handler', 'function'], ['C', 'class'], ['g', 'function']]);
  assert.deepEqual(m.returns.map(r => [r.scope, r.value && show(m, r.value)]), [[1, 'score(event.body)'], [3, 'lit']]);
  assert.deepEqual(m.statements.map(s => s.r.start), [pos(0, 0), pos(1, 0), pos(2, 15)]);
});

test('classes: methods get a this parameter; fields, parameter properties and this.x assignments', () => {
  const m = build([
    'class Scorer extends Base {',
    '  static instance = null;',
    '  private client = new OpenAI();',
    '  constructor(private readonly modelPath: string) { super(); }',
    '  async load() { this.session = await ort.InferenceSession.create(this.modelPath); }',
    '  handle = async (req: Req) => this.session.run(req.feeds);',
    '}',
  ].join('\n'));
  assert.deepEqual(m.scopes.map(s => [s.name, s.kind, s.parent, s.classId, s.params.map(p => p.name).join(',')]), [
    ['<module>', 'module', -1, -1, ''], ['Scorer', 'class', 0, -1, ''], ['constructor', 'function', 1, 1, 'this,modelPath'],
    ['load', 'function', 1, 1, 'this'], ['handle', 'function', 1, 1, 'this,req'],
  ]);
  assert.equal(show(m, m.scopes[1].bases[0]), 'Base');
  assert.deepEqual(assigned(m, 'instance').map(a => a.scope), [1]);
  assert.deepEqual(assigned(m, 'client').map(a => [a.scope, show(m, a.value)]), [[1, 'OpenAI()']]);
  assert.deepEqual(assigned(m, 'this.modelPath').map(a => [a.scope, show(m, a.value)]), [[2, 'modelPath']]);
  const session = assigned(m, 'this.session')[0];
  assert.deepEqual([session.scope, session.targets[0].r, show(m, session.value)], [3, range(4, 17, 4, 29), 'ort.InferenceSession.create(this.modelPath)']);
  assert.equal(m.scopes[4].params[1].annotation.name, 'Req');
});

test('an assignment to an outer variable is recorded where the variable is declared, its value read where it is written', () => {
  const m = build('let model;\nasync function init() { model = await tf.loadLayersModel(URL); let local; local = 1; }');
  assert.deepEqual(assigned(m, 'model').map(a => [a.home, a.scope]), [[0, 1]]);
  assert.deepEqual(assigned(m, 'local').map(a => [a.home, a.scope]), [[undefined, 1]]);
  assert.equal(m.calls[0].scope, 1, 'the call itself stays in the function');
});

test('`this` in an arrow is the enclosing method\'s: its attribute assignments are recorded in the method', () => {
  const m = build('class R {\n  static init(id) { load(id).then((m) => { this.model = m; }); }\n  handle = async () => { this.ready = true; };\n}');
  const [model] = m.assignments.filter(a => a.targets[0].path[0] === 'model');
  assert.equal(m.scopes[model.home].name, 'init');
  assert.equal(m.scopes[model.scope].name, '<arrow>');
  // an arrow that is a class field is a method of its own
  const [ready] = m.assignments.filter(a => a.targets[0].path[0] === 'ready');
  assert.equal(ready.home, undefined);
});

test('destructuring: array positions as indexes, object properties as member reads, patterns in params', () => {
  const m = build([
    'const [boxes, , scores] = await detector.executeAsync(img);',
    'const { data: { rows }, status = 200 } = res;',
    'for (const [i, name] of names.entries()) {}',
    'function f({ requestId }, [first]) {}',
  ].join('\n'));
  const a0 = m.assignments[0];
  assert.deepEqual(a0.targets.map(t => [t.root, t.index]), [['boxes', 0], ['scores', 2]]);
  assert.deepEqual(a0.targets[1].r, range(0, 16, 0, 22));
  assert.equal(show(m, a0.value), 'detector.executeAsync(img)');
  assert.equal(show(m, assigned(m, 'rows')[0].value), 'res.data.rows');
  assert.equal(show(m, assigned(m, 'status')[0].value), '??(res.status, lit)');
  const loop = assigned(m, 'i')[0];
  assert.deepEqual([loop.kind, loop.targets.map(t => t.index)], ['for', [0, 1]]);
  const f = m.scopes[1];
  assert.deepEqual(f.params.map(p => p.name), ['<param0>', '<param1>']);
  assert.deepEqual(assigned(m, 'requestId').map(a => [a.scope, show(m, a.value)]), [[1, '<param0>.requestId']]);
  assert.deepEqual(assigned(m, 'first')[0].targets[0].index, 0);
});

test('assignment kinds: chains, compound and logical assignment, member and index targets', () => {
  const m = build('a = b = f();\nn += 1;\ncache ??= load();\nheaders["x-request-id"] = id;');
  assert.deepEqual(m.assignments.map(a => [a.kind, a.targets.map(t => t.root).join(',')]), [['assign', 'a,b'], ['augmented', 'n'], ['assign', 'cache'], ['assign', 'headers']]);
  assert.deepEqual(m.assignments[3].targets[0], { root: 'headers', path: ['[]'], key: 'x-request-id', r: range(3, 0, 3, 23) });
});

test('try/catch/finally regions and throw', () => {
  const m = build([
    'async function f() {',
    '  try {',
    '    await run();',
    '  } catch (err) {',
    '    log.error(err);',
    '    throw err;',
    '  } finally {',
    '    end();',
    '  }',
    '  try { a(); } catch { }',
    '}',
  ].join('\n'));
  assert.equal(m.regions.length, 2);
  const [r0, r1] = m.regions;
  assert.deepEqual([r0.kind, r0.scope, r0.body, r0.r], ['try', 1, range(1, 6, 3, 3), range(1, 2, 8, 3)]);
  assert.deepEqual(r0.handlers, [{ r: range(3, 4, 6, 3), body: range(3, 16, 6, 3), catchName: 'err', types: [] }]);
  assert.equal(r1.handlers[0].catchName, undefined);
  assert.deepEqual(m.raises, [{ scope: 1, r: range(5, 4, 5, 14) }]);
  assert.deepEqual(m.calls.map(c => [show(m, c.callee), c.r.start.line]), [['run', 2], ['log.error', 4], ['end', 7], ['a', 9]]);
});

test('template literals keep their parts; object literals are dicts', () => {
  const m = build('log(`sentiment text=${text} ms=${ms.toFixed(1)}`, { "gen_ai.request.model": MODEL, requestId, [k]: v, ...rest, 1: one });');
  const [tpl, dict] = m.calls[0].args.map(a => a.value);
  assert.equal(tpl.k, 'str');
  assert.equal(tpl.value, 'sentiment text={} ms={}');
  assert.deepEqual(tpl.parts.map(p => show(m, p)), ['text', 'ms.toFixed(lit)']);
  assert.deepEqual(tpl.r, range(0, 4, 0, 48));
  assert.equal(show(m, dict), '{gen_ai.request.model: MODEL, requestId: requestId, null: v, null: rest, 1: one}');
  assert.deepEqual(m.calls.map(c => c.id), [0, 1], 'the outer call is pushed before its arguments');
  const plain = build('x = `no parts`;').assignments[0].value;
  assert.deepEqual(plain, { k: 'str', value: 'no parts', r: range(0, 4, 0, 14) });
});

test('TS wrappers, optional chains and array literals', () => {
  const m = build('const y = (model.predict(x) as tf.Tensor)!;\nconst z = client?.chat.completions.create(opts) satisfies unknown;\nconst t = [a, , b];');
  assert.deepEqual(m.calls.map(c => show(m, c.callee)), ['model.predict', 'client.chat.completions.create']);
  assert.equal(assigned(m, 'y')[0].value.k, 'call');
  const t = assigned(m, 't')[0].value;
  assert.deepEqual([t.k, t.op, t.parts.length], ['other', 'tuple', 3]);
});

test('recent TypeScript syntax parses without notes', () => {
  const m = build([
    'interface Box<in out T> { value: T }',
    '@Controller("x")',
    'class Svc {',
    '  accessor count = 0;',
    '  @Trace() async score(@Body() body: Dto) { await using res = await open(); return res; }',
    '}',
    'const cfg = { port: 3 } satisfies Config;',
    'export type { Box };',
    'enum E { A = 1 }',
    'const f = <T,>(v: T) => v;',
  ].join('\n'));
  assert.deepEqual(m.notes, []);
  assert.deepEqual(m.errorLines, []);
  assert.deepEqual(m.scopes.map(s => s.name), ['<module>', 'Svc', 'score', 'f']);
  assert.deepEqual(m.scopes[1].decorators.map(d => show(m, d)), ['Controller("x")']);
  assert.deepEqual(m.scopes[2].decorators.map(d => show(m, d)), ['Trace()']);
  assert.deepEqual(assigned(m, 'res').map(a => show(m, a.value)), ['open()']);
  assert.deepEqual(assigned(m, 'count').map(a => a.scope), [1]);
});

test('JSX in .tsx and .js files; <T>x casts in .ts files', () => {
  const jsx = 'export default function Page() { return <ul>{items.map((p) => <li key={p.id}>{p.name}</li>)}</ul>; }';
  for (const [language, fileName] of [['typescript', undefined], ['typescript', 'page.tsx'], ['javascript', undefined]]) {
    const m = build(jsx, language, fileName);
    assert.deepEqual(m.notes, [], `${language} ${fileName}`);
    assert.deepEqual(m.calls.map(c => show(m, c.callee)), ['items.map']);
  }
  const cast = build('const a = <Tensor>model.predict(x);');
  assert.deepEqual([cast.notes, cast.calls.length], [[], 1]);
});

test('comments and line count', () => {
  const m = build('// first\nf(); /* block */\n\n');
  assert.deepEqual(m.comments, [{ line: 0, text: '// first' }, { line: 1, text: '/* block */' }]);
  assert.equal(m.lineCount, 4);
  assert.deepEqual(m.scopes[0].r, range(0, 0, 3, 0));
});

test('syntax errors: the rest of the file is still lowered, with error lines', () => {
  const m = build('const s = await ort.InferenceSession.create("m.onnx");\nconst x = ;\nexport async function f(feeds) {\n  return s.run(feeds);\n}\n');
  assert.deepEqual(m.errorLines, [1]);
  assert.deepEqual(m.notes, ['syntax errors (line 2); the rest of the file was analysed']);
  assert.deepEqual(m.calls.map(c => [show(m, c.callee), c.r.start.line]), [['ort.InferenceSession.create', 0], ['s.run', 3]]);
});

test('the parse budget is only noted; too-deep nesting is a note, not a crash', () => {
  const m = engine.buildModel('javascript', 'f();\n'.repeat(2000), 0);
  assert.equal(m.calls.length, 2000);
  assert.match(m.notes.at(-1), /^parsing took \d+ ms, longer than the 0 ms budget$/);
  const deep = build('x = ' + '['.repeat(600) + ']'.repeat(600) + ';');
  assert.deepEqual(deep.notes, ['nesting deeper than 400 levels was not analysed']);
});

test('end to end: a TS inference point and its load are found', async () => {
  const text = [
    'import * as ort from "onnxruntime-node";',
    'import pino from "pino";',
    'const log = pino();',
    'let session: ort.InferenceSession;',
    'export async function init() { session = await ort.InferenceSession.create("/models/churn.onnx"); }',
    'export async function predict(feeds: Record<string, ort.Tensor>) {',
    '  const out = await session.run(feeds);',
    '  log.info({ out }, "scored");',
    '  return out;',
    '}',
  ].join('\n');
  const res = await engine.analyzeText('svc.ts', text, engine.defaultConfig());
  assert.deepEqual(res.errors, []);
  assert.deepEqual(res.inferencePoints.map(p => [p.range.start.line, p.callee, p.facets.outputs.covered]), [[6, 'onnxruntime-node.InferenceSession.create(…).run', true]]);
  // a leading `/` in TS/JS is taken as the app's own folder (`loadGraphModel('/models/model.json')` in a web app)
  assert.deepEqual(res.modelLoads.map(l => [l.range.start.line, l.pin, l.pinned]), [[4, 'local', false]]);
});

test('recent TypeScript syntax gives no spurious findings in a full analysis', async () => {
  const src = [
    "import * as ort from 'onnxruntime-node';",
    "import { Controller, Post, Body } from '@nestjs/common';",
    'interface Cache<in out K, out V> { get(k: K): V | undefined }',
    'type Features = { values: number[] };',
    "const defaults = { threshold: 0.5, model: './m.onnx' } satisfies Record<string, unknown>;",
    '',
    "@Controller('score')",
    'export class ScoreController {',
    '  accessor calls = 0;',
    '  constructor(private readonly session: ort.InferenceSession) {}',
    "  @Post() async score(@Body() body: Features) {",
    '    await using handle = await openTrace();',
    '    const rows = body.values.map((v) => v * 2).filter((v) => v > defaults.threshold);',
    '    const out = await this.session.run({ x: new ort.Tensor(\'float32\', rows, [1, rows.length]) });',
    '    return { score: out.y.data[0] satisfies number };',
    '  }',
    '}',
    '',
  ].join('\n');
  const r = await engine.analyzeText('score.controller.ts', src, engine.defaultConfig());
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.inferencePoints.map(p => [p.range.start.line, p.callee]), [[13, 'model.onnx.run']]);
  assert.deepEqual(r.findings.map(f => [f.code, f.range.start.line]), [['MLO001', 13]]);
});

test('interfaces, object types and value-less class fields keep their members\' declared types', () => {
  const m = build([
    'interface Env { AI: Ai; KV: KVNamespace; name: string; count: number }',
    'type State = { session: ort.InferenceSession | null; size?: number };',
    'type Alias = string;',
    'interface Box<T> { value: T }',
    'class Detector { private session?: InferenceSession; private ready = false; labels!: string[] }',
  ].join('\n'));
  assert.deepEqual(m.notes, []);
  const declared = m.scopes.filter(s => s.fields).map(s => [s.name, s.kind, s.fields.map(f => `${f.name}: ${show(m, f.annotation)}`)]);
  assert.deepEqual(declared, [
    ['Env', 'class', ['AI: Ai', 'KV: KVNamespace']],
    ['State', 'class', ['session: ort.InferenceSession']],
    ['Detector', 'class', ['session: InferenceSession']],
  ]);
});

test('imports from a CDN are the package they serve; an import still being typed is skipped', () => {
  const m = build([
    'import { pipeline } from "https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.2/dist/transformers.min.js";',
    'import * as ort from "https://cdn.jsdelivr.net/npm/onnxruntime-web@1.26.0/dist/ort.all.min.mjs";',
    'import * as tf from "https://esm.sh/@tensorflow/tfjs@4.20.0";',
    'import { z } from',
    'const pipe = await pipeline("sentiment-analysis");',
  ].join('\n'));
  assert.deepEqual(m.imports.map(i => `${i.local}=${i.path}`), ['pipeline=@huggingface/transformers.pipeline', 'ort=onnxruntime-web', 'tf=@tensorflow/tfjs']);
  assert.ok(m.calls.some(c => show(m, c.callee) === 'pipeline'), 'the rest of the file is still lowered');
});
