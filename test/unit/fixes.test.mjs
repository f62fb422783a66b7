// Quick fixes: applied to the text, the result must equal the expected text, re-parse without errors,
// cover the facet, and not be offered again (idempotent).
import test from 'node:test';
import assert from 'node:assert/strict';
import { engine, analyze } from '../lib/engine.mjs';

const cfg = engine.defaultConfig();
const dedent = s => s.replace(/^\n/, '').replace(/^ {4}/gm, '');

async function fixesOf(path, text) {
  const result = await analyze(path, text);
  return { result, fixes: engine.computeFixes(path, text, result, cfg) };
}
async function apply(path, text, title) {
  const { fixes } = await fixesOf(path, text);
  const fix = fixes.find(f => f.title === title);
  assert.ok(fix, `no fix "${title}"; offered: ${fixes.map(f => f.title).join(' | ')}`);
  const out = engine.applyEdits(text, fix.edits);
  const after = await analyze(path, out);
  assert.deepEqual(after.errors, [], 'the fixed file re-parses cleanly');
  return { out, after };
}

const STDLIB = dedent(`
    import logging

    import joblib

    logger = logging.getLogger(__name__)
    model = joblib.load("models/churn-v3.joblib")


    def score(x):
        pred = model.predict(x)
        return {"label": int(pred[0])}
    `);

test('record all missing facets, in the stdlib logger style', async () => {
  const { out, after } = await apply('svc.py', STDLIB, 'Record all missing facets at this prediction');
  assert.equal(out, dedent(`
    import logging

    import joblib
    import hashlib
    import numpy as np
    import time
    import uuid

    logger = logging.getLogger(__name__)
    model = joblib.load("models/churn-v3.joblib")


    def score(x):
        request_id = str(uuid.uuid4())
        inference_start = time.perf_counter()
        try:
            pred = model.predict(x)
        except Exception:
            logger.exception("prediction failed", extra={"request_id": request_id})
            raise
        logger.info(
            "prediction",
            extra={
                "model_version": "models/churn-v3.joblib",
                "inputs_sha256": hashlib.sha256(repr(x).encode()).hexdigest(),
                "prediction": np.ravel(pred)[:10].tolist(),
                "prediction_shape": np.shape(pred),
                "request_id": request_id,
                "latency_ms": (time.perf_counter() - inference_start) * 1000,
            },
        )
        return {"label": int(pred[0]), "request_id": request_id}
    `));
  assert.deepEqual(after.findings.filter(f => f.code === 'MLO001'), []);
  const p = after.inferencePoints[0];
  for (const facet of ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors']) assert.equal(p.facets[facet].covered, true, facet);
  const again = engine.computeFixes('svc.py', out, after, cfg);
  assert.deepEqual(again.filter(f => f.code === 'MLO001'), [], 'nothing left to record: the fix is not offered twice');
});

test('per-facet fixes add their field to the record the first one inserted', async () => {
  const first = await apply('svc.py', STDLIB, 'Record outputs at this prediction');
  const second = await apply('svc.py', first.out, 'Record latency at this prediction');
  // the record is laid out one field per line (the file's width is 79), and the second field goes on a line of its own
  assert.equal(second.out.split('\n').filter(l => l.includes('logger.info(')).length, 1, 'one record');
  assert.match(second.out, /\n    logger\.info\(\n        "prediction",\n        extra=\{\n            "prediction": np\.ravel\(pred\)\[:10\]\.tolist\(\),\n            "prediction_shape": np\.shape\(pred\),\n            "latency_ms": \(time\.perf_counter\(\) - inference_start\) \* 1000,\n        \},\n    \)\n    return/);
  const p = second.after.inferencePoints[0];
  assert.equal(p.facets.outputs.covered, true);
  assert.equal(p.facets.latency.covered, true);
});

test('structlog and loguru files get records in their own style, with the file\'s quotes', async () => {
  const structlogSrc = "import structlog\nimport joblib\n\nlog = structlog.get_logger()\nmodel = joblib.load('m.pkl')\n\n\ndef f(x):\n    y = model.predict(x)\n    return y\n";
  const s = await apply('a.py', structlogSrc, 'Record outputs at this prediction');
  assert.match(s.out, /\n    y = model\.predict\(x\)\n    log\.info\(\n        'prediction',\n        prediction=np\.ravel\(y\)\[:10\]\.tolist\(\),\n        prediction_shape=np\.shape\(y\),\n    \)\n    return y\n/);
  assert.equal(s.after.inferencePoints[0].facets.outputs.covered, true);
  const loguruSrc = 'from loguru import logger\nimport joblib\n\nmodel = joblib.load("m.pkl")\n\n\ndef f(x):\n    y = model.predict(x)\n    return y\n';
  const l = await apply('b.py', loguruSrc, 'Record outputs at this prediction');
  assert.match(l.out, /\n    y = model\.predict\(x\)\n    logger\.bind\(\n        prediction=np\.ravel\(y\)\[:10\]\.tolist\(\),\n        prediction_shape=np\.shape\(y\),\n    \)\.info\("prediction"\)\n/);
  assert.equal(l.after.inferencePoints[0].facets.outputs.covered, true);
});

test('a prediction inside a return is split so the record is reachable', async () => {
  const src = 'import logging\nimport joblib\nlogger = logging.getLogger("x")\nmodel = joblib.load("m.pkl")\n\ndef f(x):\n    return {"p": model.predict(x)[0]}\n';
  const { out, after } = await apply('r.py', src, 'Record outputs at this prediction');
  assert.match(out, /\n    response = \{"p": model\.predict\(x\)\[0\]\}\n    logger\.info\("prediction", extra=\{"prediction": response\}\)\n    return response\n$/);
  assert.equal(after.inferencePoints[0].facets.outputs.covered, true);
});

test('MLO002: the swallowing handler records the failure first', async () => {
  const src = 'import joblib\nmodel = joblib.load("m.pkl")\n\ndef f(x):\n    try:\n        return model.predict(x)\n    except Exception:\n        return None\n';
  const { out, after } = await apply('e.py', src, 'Record the failure before falling back');
  assert.equal(out, 'import joblib\nimport logging\n\nlogger = logging.getLogger(__name__)\nmodel = joblib.load("m.pkl")\n\ndef f(x):\n    try:\n        return model.predict(x)\n    except Exception:\n        logger.exception("prediction failed; returning a fallback")\n        return None\n');
  assert.deepEqual(after.findings.filter(f => f.code === 'MLO002'), []);
  assert.equal(after.inferencePoints[0].facets.errors.covered, true);
});

test('MLO003: pinning inserts a revision placeholder that still reads as unpinned until filled', async () => {
  const src = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/name")\n';
  const { out, after } = await apply('p.py', src, 'Pin a commit revision (fill in the commit sha)');
  assert.equal(out, 'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/name", revision="PIN-COMMIT-SHA")\n');
  const f = after.findings.find(x => x.code === 'MLO003');
  assert.match(f.message, /revision "PIN-COMMIT-SHA" is a branch or tag/);
  const filled = out.replace('PIN-COMMIT-SHA', '714eb0fa89d2f80546fda750413ed43d93601a13');
  assert.deepEqual((await analyze('p.py', filled)).findings.filter(x => x.code === 'MLO003'), []);
});

test('MLO004: the load is followed by a record of where the model came from', async () => {
  const src = 'import os\nimport joblib\n\nMODEL_PATH = os.environ["MODEL_PATH"]\nmodel = joblib.load(MODEL_PATH)\n';
  const { out, after } = await apply('l.py', src, 'Record which model was loaded');
  assert.equal(out, 'import os\nimport joblib\nimport logging\n\nlogger = logging.getLogger(__name__)\n\nMODEL_PATH = os.environ["MODEL_PATH"]\nmodel = joblib.load(MODEL_PATH)\nlogger.info("model loaded", extra={"model_uri": MODEL_PATH})\n');
  assert.deepEqual(after.findings.filter(x => x.code === 'MLO004'), []);
  assert.equal(after.modelLoads[0].recorded, true);
});

test('suppression fixes: for the line (merged into an existing comment) and for the file', async () => {
  const src = 'import joblib\nm = joblib.load("m.pkl")\ny = m.predict(x)  # mlobs: ignore[MLO005]\n';
  const line = await apply('s.py', src, 'Disable MLO001 for this line');
  assert.equal(line.out, 'import joblib\nm = joblib.load("m.pkl")\ny = m.predict(x)  # mlobs: ignore[MLO005, MLO001]\n');
  assert.deepEqual(line.after.findings.filter(f => f.code === 'MLO001'), []);
  const file = await apply('s.py', src, 'Disable MLO004 in this file');
  assert.equal(file.out, '# mlobs: ignore-file[MLO004]\n' + src);
  assert.deepEqual(file.after.findings.filter(f => f.code === 'MLO004'), []);
  const { fixes } = await fixesOf('s.py', src);
  assert.ok(fixes.filter(f => f.kind === 'suppression').every(f => !f.isPreferred));
});

test('fixes are not offered on files with syntax errors, except suppressions', async () => {
  const src = 'import joblib\nm = joblib.load("m.pkl")\ny = m.predict(x)\ndef broken(:\n';
  const { fixes } = await fixesOf('x.py', src);
  assert.ok(fixes.length > 0);
  assert.ok(fixes.every(f => f.kind === 'suppression'));
});

test('TypeScript: pino style, `let` outside the try for a const declaration, the caller\'s id (else a new one) sent with the response', async () => {
  const src = [
    "import * as ort from 'onnxruntime-node';",
    "import pino from 'pino';",
    '',
    'const log = pino();',
    "const session = await ort.InferenceSession.create('./m.onnx');",
    '',
    'export async function handle(req, res) {',
    '  const out = await session.run(req.body.feeds);',
    '  res.json({ score: out.score.data[0] });',
    '}',
    '',
  ].join('\n');
  const { out, after } = await apply('h.ts', src, 'Record all missing facets at this prediction');
  assert.equal(out, [
    "import * as ort from 'onnxruntime-node';",
    "import pino from 'pino';",
    "import { createHash } from 'node:crypto';",
    '',
    'const log = pino();',
    "const session = await ort.InferenceSession.create('./m.onnx');",
    '',
    'export async function handle(req, res) {',
    "  const requestId = req.get('x-request-id') ?? crypto.randomUUID();",
    '  const inferenceStart = performance.now();',
    '  let out;',
    '  try {',
    '    out = await session.run(req.body.feeds);',
    '  } catch (err) {',
    "    log.error({ err, requestId }, 'prediction failed');",
    '    throw err;',
    '  }',
    '  log.info({',
    "    modelVersion: './m.onnx',",
    "    inputsSha256: createHash('sha256').update(JSON.stringify(req.body.feeds)).digest('hex'),",
    '    prediction: out,',
    '    requestId,',
    '    latencyMs: performance.now() - inferenceStart,',
    "  }, 'prediction');",
    '  res.json({ score: out.score.data[0], requestId });',
    '}',
    '',
  ].join('\n'));
  assert.deepEqual(after.findings.filter(f => f.code === 'MLO001' || f.code === 'MLO005'), []);
});

test('TypeScript: a swallowing catch records through console when the file has no logger', async () => {
  const src = "import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function f(q: string) {\n  try {\n    return await client.responses.create({ model: 'gpt-4o-2024-08-06', input: q });\n  } catch (e) {\n    return null;\n  }\n}\n";
  const { out, after } = await apply('c.ts', src, 'Record the failure before falling back');
  assert.match(out, /\n  } catch \(e\) \{\n    console\.error\('prediction failed; returning a fallback', e\);\n    return null;\n/);
  assert.deepEqual(after.findings.filter(f => f.code === 'MLO002'), []);
});

test('TypeScript: pinning a transformers.js pipeline adds the revision to its options', async () => {
  const src = "import { pipeline } from '@huggingface/transformers';\nconst p = await pipeline('sentiment-analysis', 'Xenova/bert', { dtype: 'q8' });\n";
  const { out } = await apply('p.ts', src, 'Pin a commit revision (fill in the commit sha)');
  assert.equal(out, "import { pipeline } from '@huggingface/transformers';\nconst p = await pipeline('sentiment-analysis', 'Xenova/bert', { dtype: 'q8', revision: 'PIN-COMMIT-SHA' });\n");
});

test('fix verification: names used where nothing defines them (TS block scopes through the compiler, Python by function scope)', async () => {
  await engine.ensureLanguage('typescript');
  const ts = 'export async function f(req: Request) {\n  try {\n    const requestId = crypto.randomUUID();\n    return requestId;\n  } catch {\n    return requestId;\n  }\n}\n';
  const tsNames = engine.undefinedNames('f.ts', 'typescript', ts);
  // `requestId` in the catch is out of the try's block; `crypto` is a global of the runtime, not counted
  assert.deepEqual([...tsNames], [['requestId', 1]]);
  const py = 'import logging\n\ndef f(x):\n    logger.info("x", extra={"rid": rid})\n    return len(x)\n\nlogger = logging.getLogger(__name__)\n';
  assert.deepEqual([...engine.undefinedNames('f.py', 'python', py)], [['rid', 1]]);
  assert.deepEqual(engine.newlyUndefined(new Map([['rid', 1]]), new Map([['rid', 2], ['x', 0]])), ['rid']);
});

test('fixText applies one verified fix at a time and refuses one that breaks the text', async () => {
  const src = 'import joblib\nfrom flask import Flask, request\n\napp = Flask(__name__)\nmodel = joblib.load("model.pkl")\n\n\n@app.post("/predict")\ndef predict():\n    return {"score": float(model.predict([request.json["x"]])[0])}\n';
  const analyse = text => engine.analyzeTextSync('svc.py', text, cfg);
  const safe = engine.fixText('svc.py', src, cfg, { unsafe: false, analyse });
  assert.equal(safe.text, src);
  assert.deepEqual(safe.applied, []);
  assert.ok(safe.needUnsafe > 0);
  const run = engine.fixText('svc.py', src, cfg, { unsafe: true, analyse });
  assert.ok(run.applied.length > 0);
  assert.ok(analyse(run.text).findings.length < analyse(src).findings.length);
  assert.deepEqual(analyse(run.text).errors, []);
  // the result is a fixed point: running again applies nothing
  assert.deepEqual(engine.fixText('svc.py', run.text, cfg, { unsafe: true, analyse }).applied, []);
});

test('fixText drops a fix whose text fails verification, names it with the reason, and leaves the text as it was', async () => {
  const src = 'import joblib\nmodel = joblib.load("model.pkl")\n\n\ndef score(x):\n    return model.predict(x)\n';
  const real = text => engine.analyzeTextSync('svc.py', text, cfg);
  // an analysis that finds the fixed text broken, as a fix that corrupted it would be
  const analyse = text => (text === src ? real(text) : { ...real(text), errors: [{ message: 'syntax errors (line 1); the rest of the file was analysed', line: 0 }] });
  const run = engine.fixText('svc.py', src, cfg, { unsafe: true, analyse });
  assert.equal(run.text, src);
  assert.deepEqual(run.applied, []);
  assert.ok(run.rejected.length > 0);
  for (const x of run.rejected) assert.deepEqual([x.reason, typeof x.line, x.code], ['the fixed text does not parse cleanly', 'number', x.code]);
});

test('TypeScript: a prediction in an arrow\'s expression body is recorded in a block body that returns it', async () => {
  const src = [
    "import * as toxicity from '@tensorflow-models/toxicity';",
    "const filter = await toxicity.load(0.9, ['insult']);",
    'export const flag = (text) => filter.classify([text]);',
    '',
  ].join('\n');
  const { out, after } = await apply('a.js', src, 'Record outputs at this prediction');
  assert.equal(out, [
    "import * as toxicity from '@tensorflow-models/toxicity';",
    "const filter = await toxicity.load(0.9, ['insult']);",
    'export const flag = (text) => {',
    '  const response = filter.classify([text]);',
    '  console.info("prediction", { prediction: response });',
    '  return response;',
    '};',
    '',
  ].join('\n'));
  assert.ok(!after.findings.some(f => f.code === 'MLO001' && f.facets.includes('outputs')));
});

test('a generated file with many arrow-bodied predictions: the first get their fix, the rest only suppressions (the re-analysis is bounded)', { timeout: 120_000 }, async () => {
  // every arrow-body fix re-analyses the whole file; unbounded, 1,000 of them in a 700 KB file took minutes
  const head = ["import * as toxicity from '@tensorflow-models/toxicity';", "const filter = await toxicity.load(0.9, ['insult']);"];
  const arrows = Array.from({ length: 600 }, (_, i) => `export const flag${i} = (text) => filter.classify([text, ${JSON.stringify('x'.repeat(200))}]);`);
  const src = [...head, ...arrows, ''].join('\n');
  const { result, fixes } = await fixesOf('gen.js', src);
  const points = result.findings.filter(f => f.code === 'MLO001');
  assert.equal(points.length, 600);
  const instrumented = new Set(fixes.filter(f => f.kind === 'instrumentation' && f.code === 'MLO001').map(f => f.findingIndex));
  const first = result.findings.indexOf(points[0]), last = result.findings.indexOf(points[599]);
  assert.ok(instrumented.has(first), 'the first prediction gets its record fix');
  assert.ok(!instrumented.has(last), 'the last one is past the budget');
  assert.ok(points.every(p => fixes.some(f => f.kind === 'suppression' && f.findingIndex === result.findings.indexOf(p))), 'every finding keeps its suppressions');
});

test('TypeScript: a destructured result is assigned inside the try, and the id is declared before a try the response follows', async () => {
  const destructured = [
    "import { generateText } from 'ai';",
    "import { openai } from '@ai-sdk/openai';",
    'export async function answer(question: string) {',
    "  const { text, usage } = await generateText({ model: openai('gpt-4o-mini'), prompt: question });",
    '  return { text, tokens: usage.totalTokens };',
    '}',
    '',
  ].join('\n');
  const { out } = await apply('d.ts', destructured, 'Record model version, inputs, prediction id, latency, errors at this prediction');
  const body = out.split('\n');
  assert.ok(body.includes('  let text, usage;'), out);
  assert.ok(body.includes("    ({ text, usage } = await generateText({ model: openai('gpt-4o-mini'), prompt: question }));"), out);
  // the model named at the call is the version recorded, not a setting
  assert.ok(body.some(l => l.includes("modelVersion: 'gpt-4o-mini'")), out);
  assert.ok(body.includes('  return { text, tokens: usage.totalTokens, requestId };'), out);

  const afterTry = [
    "import * as ort from 'onnxruntime-node';",
    "const session = await ort.InferenceSession.create('./m.onnx');",
    'export async function handle(feeds) {',
    '  let output;',
    '  try {',
    '    output = await session.run(feeds);',
    '  } finally {',
    '    console.log("done");',
    '  }',
    '  return { label: output.label };',
    '}',
    '',
  ].join('\n');
  const hoisted = (await apply('h.ts', afterTry, 'Record prediction id at this prediction')).out.split('\n');
  assert.equal(hoisted[3], '  let output;');
  assert.equal(hoisted[4], '  const requestId = crypto.randomUUID();');
  assert.equal(hoisted[5], '  try {');
  assert.equal(hoisted.at(-3), '  return { label: output.label, requestId };');
});

test('a model method handed to a runner: the input recorded is what the runner passes on, not the runner\'s own arguments', async () => {
  const src = dedent(`
    import asyncio
    import joblib

    model = joblib.load("model.joblib")

    async def score(features):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, model.predict, features)
    `);
  const { out } = await apply('r.py', src, 'Record inputs at this prediction');
  assert.match(out, /hashlib\.sha256\(repr\(features\)\.encode\(\)\)/);
  assert.doesNotMatch(out, /repr\(None\)/);
});

test('imports go after the module\'s top-level imports, not after one inside `if __name__ == "__main__":`', async () => {
  const src = dedent(`
    import joblib

    model = joblib.load("model.joblib")


    def score(rows):
        return model.predict(rows)


    if __name__ == "__main__":
        import sys
        print(score([[float(x) for x in sys.argv[1:]]]))
    `);
  const { out } = await apply('m.py', src, 'Record all missing facets at this prediction');
  const lines = out.split('\n');
  assert.equal(lines[0], 'import joblib');
  assert.deepEqual(lines.slice(1, 6), ['import hashlib', 'import logging', 'import time', 'import uuid', '']);
  assert.ok(lines.indexOf('    import sys') > 0 && lines[lines.indexOf('    import sys') + 1].startsWith('    print('), out);
});

test('TypeScript: a CommonJS file gets `require` for the hash, after its leading requires; an early error response gets no id', async () => {
  const src = [
    "const ort = require('onnxruntime-node');",
    "const express = require('express');",
    '',
    'const app = express();',
    "const session = ort.InferenceSession.create('./m.onnx');",
    '',
    "app.post('/score', async (req, res) => {",
    "  if (!req.body.features) return res.status(400).json({ error: 'features required' });",
    '  const features = req.body.features;',
    '  const out = await (await session).run(features);',
    '  res.json({ score: out.score.data[0] });',
    '});',
    '',
  ].join('\n');
  const { out } = await apply('cjs.js', src, 'Record inputs at this prediction');
  const lines = out.split('\n');
  assert.equal(lines[2], "const { createHash } = require('node:crypto');", out);
  assert.ok(!out.includes('import {'), out);
  const withId = (await apply('cjs.js', src, 'Record prediction id at this prediction')).out;
  assert.ok(withId.includes("res.status(400).json({ error: 'features required' })"), withId);
  assert.ok(withId.includes('res.json({ score: out.score.data[0], requestId })'), withId);
});

test('MLO005: the id the function records is returned with its response; MLO003 on an LLM alias offers the dated snapshots', async () => {
  const src = dedent(`
    import logging
    import uuid

    import joblib
    from flask import Flask, jsonify, request

    logger = logging.getLogger(__name__)
    app = Flask(__name__)
    model = joblib.load("model.joblib")


    @app.post("/score")
    def score():
        rid = str(uuid.uuid4())
        pred = model.predict([request.json["x"]])
        logger.info("prediction", extra={"request_id": rid, "prediction": pred.tolist()})
        return jsonify({"score": float(pred[0])})
    `);
  const before = await analyze('s.py', src);
  assert.ok(before.findings.some(f => f.code === 'MLO005'));
  const { out, after } = await apply('s.py', src, 'Return the prediction id with the response');
  assert.ok(out.includes('return jsonify({"score": float(pred[0]), "request_id": rid})'), out);
  assert.ok(!after.findings.some(f => f.code === 'MLO005'));

  const llm = "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const ask = (q: string) => openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: q }] });\n";
  const { fixes } = await fixesOf('a.ts', llm);
  const pins = fixes.filter(f => f.code === 'MLO003' && f.kind === 'pin');
  assert.deepEqual(pins.map(f => [f.title, f.isPreferred]), [['Pin the dated snapshot gpt-4o-mini-2024-07-18', true]]);
  const pinned = await apply('a.ts', llm, 'Pin the dated snapshot gpt-4o-mini-2024-07-18');
  assert.ok(pinned.out.includes("model: 'gpt-4o-mini-2024-07-18'"));
  assert.ok(!pinned.after.findings.some(f => f.code === 'MLO003'));
});

test('TypeScript: browser code (React, the web builds of model runtimes) gets no node:crypto hash; the raw inputs stay an explicit choice', async () => {
  const src = [
    "import * as cocoSsd from '@tensorflow-models/coco-ssd';",
    '',
    'const model = await cocoSsd.load();',
    'export async function detect(image: HTMLImageElement) {',
    '  const boxes = await model.detect(image);',
    '  return boxes;',
    '}',
    '',
  ].join('\n');
  const { fixes } = await fixesOf('d.ts', src);
  const titles = fixes.filter(f => f.code === 'MLO001').map(f => f.title);
  assert.ok(titles.includes('Record model version, outputs, prediction id, latency, errors at this prediction'), titles.join(' | '));
  assert.ok(!titles.includes('Record inputs at this prediction'));
  assert.ok(titles.includes('Record the raw inputs (may contain personal data; the default records a hash)'));
  assert.ok(fixes.every(f => f.edits.every(e => !e.newText.includes('node:crypto'))));
});

test('the prediction id: one the function already holds is recorded as it is; else the caller\'s request header, else a new one', async () => {
  const held = dedent(`
    import logging
    import uuid

    import joblib

    logger = logging.getLogger(__name__)
    model = joblib.load("model.joblib")


    def score(rows):
        rid = str(uuid.uuid4())
        preds = model.predict(rows)
        return {"scores": preds.tolist(), "request_id": rid}
    `);
  const a = (await apply('h.py', held, 'Record prediction id at this prediction')).out;
  assert.ok(a.includes('logger.info("prediction", extra={"request_id": rid})'), a);
  assert.equal(a.match(/uuid4/g).length, 1, a);

  const fastapi = dedent(`
    import joblib
    from fastapi import FastAPI, Request

    app = FastAPI()
    model = joblib.load("model.joblib")


    @app.post("/score")
    async def score(request: Request):
        rows = await request.json()
        preds = model.predict(rows)
        return {"scores": preds.tolist()}
    `);
  const b = (await apply('f.py', fastapi, 'Record prediction id at this prediction')).out;
  assert.ok(b.includes('request_id = request.headers.get("x-request-id") or str(uuid.uuid4())'), b);
  assert.ok(b.includes('return {"scores": preds.tolist(), "request_id": request_id}'), b);
});

test('outputs: a summary of an array of predictions (numpy as the file names it), the whole value as a second choice', async () => {
  const src = 'import joblib\nimport numpy\n\nmodel = joblib.load("m.pkl")\n\n\ndef f(x):\n    y = model.predict(x)\n    return y\n';
  const { out, after } = await apply('o.py', src, 'Record outputs at this prediction');
  assert.match(out, /\n    y = model\.predict\(x\)\n    logger\.info\(\n        "prediction",\n        extra=\{\n            "prediction": numpy\.ravel\(y\)\[:10\]\.tolist\(\),\n            "prediction_shape": numpy\.shape\(y\),\n        \},\n    \)\n/);
  assert.doesNotMatch(out, /import numpy as np/, 'the file\'s own numpy import is used');
  assert.equal(after.inferencePoints[0].facets.outputs.covered, true);
  const whole = await apply('o.py', src, 'Record the whole prediction (may be large; the default records a summary)');
  assert.match(whole.out, /\n    y = model\.predict\(x\)\n    logger\.info\("prediction", extra=\{"prediction": y\}\)\n/);
  assert.equal(whole.after.inferencePoints[0].facets.outputs.covered, true);
  // a value built from the prediction is recorded as it is: the summary describes the call's result only
  const built = 'import joblib\nmodel = joblib.load("m.pkl")\n\ndef f(x):\n    y = model.predict(x)[0]\n    return y\n';
  const b = await apply('b.py', built, 'Record outputs at this prediction');
  assert.match(b.out, /\n    logger\.info\("prediction", extra=\{"prediction": y\}\)\n/);
  const { fixes } = await fixesOf('b.py', built);
  assert.ok(!fixes.some(f => f.title.startsWith('Record the whole prediction')), 'no second choice where the default is the whole value');
});

test('an LLM chat completion records its answer, its response id and the model that served it; a streamed one records no output', async () => {
  const src = 'from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask(q):\n    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])\n    return resp.choices[0].message.content\n';
  const { out, after } = await apply('c.py', src, 'Record all missing facets at this prediction');
  assert.match(out, /"model_version": resp\.model,\n/);
  assert.match(out, /"prediction": resp\.choices\[0\]\.message\.content,\n/);
  assert.match(out, /"response_id": resp\.id,\n/);
  assert.match(out, /"inputs_sha256": hashlib\.sha256\(repr\(\[\{"role": "user", "content": q\}\]\)\.encode\(\)\)\.hexdigest\(\),\n/);
  const p = after.inferencePoints[0];
  for (const facet of ['model-version', 'inputs', 'outputs', 'latency', 'errors']) assert.equal(p.facets[facet].covered, true, facet);
  const streamed = src.replace('model="gpt-4o-mini", ', 'model="gpt-4o-mini", stream=True, ').replace('return resp.choices[0].message.content', 'return resp');
  const preferred = (await fixesOf('s.py', streamed)).fixes.find(f => f.code === 'MLO001' && f.isPreferred);
  assert.doesNotMatch(preferred.title, /all missing facets|outputs/, 'the title does not promise the output');
  const s = await apply('s.py', streamed, preferred.title);
  assert.doesNotMatch(s.out, /"prediction":/, 'a stream is not the prediction');
  assert.match(s.out, /"model_version": "gpt-4o-mini"/, 'the requested model, since a stream carries none yet');
  assert.equal(s.after.inferencePoints[0].facets.outputs.covered, false);
});

test('a record that fits the file\'s width stays on one line; a field added to a record laid out by lines gets a line of its own', async () => {
  const src = 'import logging\nimport joblib\nlogger = logging.getLogger(__name__)\nmodel = joblib.load("m.pkl")\n\ndef f(x):\n    y = model.predict(x)[0]\n    return y\n';
  const one = await apply('w.py', src, 'Record outputs at this prediction');
  assert.match(one.out, /\n    logger\.info\("prediction", extra=\{"prediction": y\}\)\n/);
  const laidOut = src.replace('    return y\n', '    logger.info(\n        "scored",\n        extra={\n            "prediction": y,\n        },\n    )\n    return y\n');
  const lat = await apply('w.py', laidOut, 'Record latency at this prediction');
  assert.match(lat.out, /\n            "prediction": y,\n            "latency_ms": \(time\.perf_counter\(\) - inference_start\) \* 1000,\n        \},\n/);
});

test('MLO004: loads in one statement (Promise.all) share the record the fix puts after it', async () => {
  const src = [
    "Promise.all([",
    "  faceapi.nets.tinyFaceDetector.loadFromUri('/models'),",
    "  faceapi.nets.faceLandmark68Net.loadFromUri('/models'),",
    "]).then(start);",
    "",
  ].join('\n');
  const before = await analyze('f.js', src);
  assert.equal(before.findings.filter(f => f.code === 'MLO004').length, 2);
  const { out, after } = await apply('f.js', src, 'Record which model was loaded');
  assert.equal(out, src.replace(']).then(start);\n', "]).then(start);\nconsole.info('model loaded', { modelUri: '/models' });\n"));
  assert.deepEqual(after.findings.filter(f => f.code === 'MLO004'), [], 'both loads are recorded');
});

test('a new import goes above the code that uses it: a script that imports more after its model call gets it at the top block', async () => {
  const SCRIPT = dedent(`
    import joblib

    model = joblib.load("m.pkl")
    rows = [[1, 2]]
    scores = model.predict(rows)

    import logging
    logging.getLogger("job").info("scored %d rows", len(rows))
    `);
  const { out } = await apply('job.py', SCRIPT, 'Record latency at this prediction');
  const lines = out.split('\n');
  const importTime = lines.indexOf('import time');
  const timer = lines.findIndex(l => l.includes('time.perf_counter()'));
  assert.ok(importTime >= 0 && importTime < timer, `import time (line ${importTime}) before its first use (line ${timer}):\n${out}`);
  assert.equal(lines[importTime - 1], 'import joblib', 'with the imports that come before the call');
});
