// The workspace index: objects created in one project module and used in another are known when files
// are analysed together (the CLI), and not guessed when a file is analysed alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/engine.mjs';
import { project } from '../lib/project.mjs';

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');


const FILES = {
  'app/__init__.py': '',
  'app/clients.py': 'from openai import OpenAI\nllm = OpenAI()\n',
  'app/models.py': 'import torch\n\ndef get_ranker():\n    return torch.jit.load("ranker.pt")\n',
  'app/routes.py': [
    'from .clients import llm',
    'from app.models import get_ranker',
    '',
    'ranker = get_ranker()',
    '',
    'def answer(q):',
    '    r = llm.chat.completions.create(model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": q}])',
    '    return r.choices[0].message.content',
    '',
    'def rank(x):',
    '    return ranker(x)',
    '',
  ].join('\n'),
  'web/lib/session.ts': "import * as ort from 'onnxruntime-node';\nexport const session = await ort.InferenceSession.create('./m.onnx');\n",
  'web/route.ts': "import { session } from './lib/session';\n\nexport async function POST(req: Request) {\n  const out = await session.run(await req.json());\n  return Response.json(out);\n}\n",
};

test('imports of project modules resolve through the workspace index (Python and TS)', () => {
  const dir = project(FILES);
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('app/routes.py').inferencePoints.map(p => [p.line, p.callee, p.heuristic]),
    [[7, 'client.openai.chat.completions.create', false], [11, 'model.torch.__call__', false]]);
  assert.deepEqual(file('web/route.ts').inferencePoints.map(p => [p.line, p.callee]), [[4, 'model.onnx.run']]);
});

test('the same file analysed alone only guesses, and says so: the LLM call by its API shape, not the imported model', async () => {
  const alone = await analyze('routes.py', FILES['app/routes.py']);
  assert.deepEqual(alone.inferencePoints.map(p => [p.range.start.line + 1, p.callee, p.heuristic]), [[7, 'llm.chat.completions.create', true]]);
});

test('a snapshot of the index answers like the index (it crosses to the editor threads as plain data)', async () => {
  const { engine } = await import('../lib/engine.mjs');
  const dir = project(FILES);
  const config = engine.defaultConfig();
  const files = Object.keys(FILES).filter(f => f.endsWith('.py') || f.endsWith('.ts'))
    .map(rel => ({ path: rel, file: path.join(dir, rel), bytes: fs.readFileSync(path.join(dir, rel)) }));
  const index = new engine.WorkspaceIndex(config.tables, dir);
  await engine.analyzeProject(files, config, dir, undefined, undefined, index);
  const snapshot = JSON.parse(JSON.stringify(index.snapshot()));
  assert.deepEqual(snapshot.modules.map(m => [path.relative(dir, m.file), m.exports]).sort(), [
    ['app/clients.py', { llm: { type: 'client.openai', via: 'value' } }],
    ['app/models.py', { get_ranker: { type: 'model.torch', via: 'call' } }],
    // (a function is exported as one: calling it is not calling a model, its own body makes the call)
    ['app/routes.py', { answer: { type: 'function', via: 'function' }, rank: { type: 'function', via: 'function' }, ranker: { type: 'model.torch', via: 'value' } }],
    ['web/lib/session.ts', { session: { type: 'model.onnx', via: 'value' } }],
    ['web/route.ts', { POST: { type: 'function', via: 'function' } }],
  ]);
  const fromSnapshot = engine.WorkspaceIndex.fromSnapshot(snapshot, config.tables, dir);
  const routes = path.join(dir, 'app/routes.py');
  const r = engine.analyzeTextSync('app/routes.py', FILES['app/routes.py'], config, { workspace: { index: fromSnapshot, file: routes } });
  assert.deepEqual(r.inferencePoints.map(p => [p.range.start.line + 1, p.callee]), [[7, 'client.openai.chat.completions.create'], [11, 'model.torch.__call__']]);
});

test('aliased imports (`@/lib/…`), default exports and static factories of project classes resolve across files', () => {
  const dir = project({
    'web/lib/pipeline.ts': [
      "import { pipeline } from '@huggingface/transformers';",
      'class PipelineSingleton {',
      '  static instance: unknown = null;',
      '  static async getInstance() {',
      "    this.instance ??= await pipeline('text-classification', 'Xenova/distilbert-base-uncased-finetuned-sst-2-english');",
      '    return this.instance;',
      '  }',
      '}',
      'export default PipelineSingleton;',
    ].join('\n'),
    'web/app/classify/route.ts': [
      "import PipelineSingleton from '@/lib/pipeline';",
      '',
      'export async function GET(req: Request) {',
      '  const classifier = await PipelineSingleton.getInstance();',
      "  return Response.json(await classifier(new URL(req.url).searchParams.get('text')));",
      '}',
    ].join('\n'),
    'svc/registry.py': 'import joblib\n\n\nclass Registry:\n    @staticmethod\n    def churn():\n        return joblib.load("churn.joblib")\n',
    'svc/api.py': 'from .registry import Registry\n\nmodel = Registry.churn()\n\n\ndef score(x):\n    return model.predict(x)\n',
    'svc/__init__.py': '',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('web/app/classify/route.ts').inferencePoints.map(p => [p.line, p.heuristic]), [[5, false]]);
  assert.deepEqual(file('svc/api.py').inferencePoints.map(p => [p.line, p.callee, p.heuristic]), [[7, 'model.estimator.predict', false]]);
});

test('string constants of a project module (a config.py) name the model server URL and the model path in the modules that import them', () => {
  const dir = project({
    'app/__init__.py': '',
    'app/config.py': 'import os\nHOST = "serving"\nTF_SERVING_URL = f"http://{HOST}:8501/v1/models/{os.environ[\'MODEL\']}:predict"\nMODEL_PATH = "models/churn.joblib"\nHUB_ID = "distilbert-base-uncased"\n',
    'app/client.py': [
      'import requests',
      'from app.config import TF_SERVING_URL',
      'from app import config',
      '',
      'def remote(rows):',
      '    return requests.post(TF_SERVING_URL, json={"instances": rows}).json()',
      '',
      'def remote_again(rows):',
      '    return requests.post(config.TF_SERVING_URL, json={"instances": rows}).json()',
      '',
    ].join('\n'),
    'app/local.py': [
      'import joblib',
      'from transformers import pipeline',
      'from app.config import MODEL_PATH, HUB_ID',
      '',
      'model = joblib.load(MODEL_PATH)',
      'sentiment = pipeline("sentiment-analysis", model=HUB_ID)',
      '',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('app/client.py').inferencePoints.map(p => p.line), [6, 9]);
  assert.deepEqual(file('app/local.py').modelLoads.map(l => [l.line, l.pin]), [[5, 'local'], [6, 'mutable']]);
});

test('a model passed in from another module types the parameter (Python constructor and function, TS class), and a project class instance exposes the model its method loads', async () => {
  const files = {
    'svc/__init__.py': '',
    'svc/analysis.py': 'class Analyzer:\n    def __init__(self, model, threshold=0.5):\n        self.model = model\n\n    def run(self, frame):\n        return self.model(frame, stream=True)\n\n\ndef score(clf, rows):\n    return clf.predict(rows)\n\n\ndef describe(thing):\n    return thing.predict(1)\n',
    'svc/app.py': 'import joblib\nfrom ultralytics import YOLO\nfrom svc.analysis import Analyzer, score, describe\n\nanalyzer = Analyzer(YOLO("best.pt"))\nprint(score(joblib.load("models/clf.joblib"), [[1, 2]]))\nprint(describe("text"))\n',
    'svc/classifier.py': 'import joblib\n\n\nclass Classifier:\n    def load_model(self, path="models/clf.joblib"):\n        self.model = joblib.load(path)\n',
    'svc/route.py': 'from svc.classifier import Classifier\n\n\ndef predict(features):\n    cls = Classifier()\n    cls.load_model()\n    return cls.model.predict_proba([features])\n',
    'web/chain.ts': 'export class Chain {\n  constructor(private readonly llm: any) {}\n  ask(q: string) {\n    return this.llm.invoke(q);\n  }\n}\n',
    'web/main.ts': "import { ChatOpenAI } from '@langchain/openai';\nimport { Chain } from './chain';\n\nexport const chain = new Chain(new ChatOpenAI({ model: 'gpt-4o-mini' }));\n",
  };
  const dir = project(files);
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  // `describe("text")` passes a string: its parameter stays unknown, and `thing.predict` is only the name heuristic's guess
  assert.deepEqual(file('svc/analysis.py').inferencePoints.filter(p => !p.heuristic).map(p => [p.line, p.callee]), [[6, 'model.yolo.__call__'], [10, 'model.estimator.predict']]);
  assert.deepEqual(file('svc/route.py').inferencePoints.map(p => [p.line, p.callee]), [[7, 'model.estimator.predict_proba']]);
  assert.deepEqual(file('svc/route.py').modelLoads, [], 'the load is in classifier.py, where it is written');
  assert.deepEqual(file('web/chain.ts').inferencePoints.map(p => [p.line, p.callee, p.heuristic]), [[4, 'client.langchain.invoke', false]]);

  // the editor's threads get the same answers from a snapshot
  const { engine } = await import('../lib/engine.mjs');
  const config = engine.defaultConfig();
  const list = Object.keys(files).map(rel => ({ path: rel, file: path.join(dir, rel), bytes: fs.readFileSync(path.join(dir, rel)) }));
  const index = new engine.WorkspaceIndex(config.tables, dir);
  await engine.analyzeProject(list, config, dir, undefined, undefined, index);
  const snapshot = JSON.parse(JSON.stringify(index.snapshot()));
  const analysis = snapshot.modules.find(m => m.file.endsWith('analysis.py'));
  assert.deepEqual(analysis.callSites, { 'Analyzer#0': { type: 'model.yolo' }, 'score#0': { type: 'model.estimator' } });
  const fromSnapshot = engine.WorkspaceIndex.fromSnapshot(snapshot, config.tables, dir);
  const again = engine.analyzeTextSync('svc/analysis.py', files['svc/analysis.py'], config, { workspace: { index: fromSnapshot, file: path.join(dir, 'svc/analysis.py') } });
  assert.deepEqual(again.inferencePoints.filter(p => !p.heuristic).map(p => p.range.start.line + 1), [6, 10]);
});

test("Django's settings object is the project's settings module: a model it loads is the one views predict with", () => {
  const dir = project({
    'site/__init__.py': '',
    'site/settings.py': 'from keras.applications import vgg16\n\nDEBUG = False\nIMAGE_MODEL = vgg16.VGG16(weights="imagenet")\n',
    'site/views.py': fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'packs', 'django', 'views.py'), 'utf8'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('site/views.py').inferencePoints.map(p => [p.line, p.callee, p.heuristic]), [[11, 'model.keras.predict', false]]);
  assert.deepEqual(file('site/settings.py').modelLoads.map(l => [l.line, l.pin]), [[4, 'mutable']]);
});

test('ESM imports that spell the file (`./core/engine.js`, `./x.js` for `x.ts`) resolve to the project module', () => {
  const dir = project({
    'src/core/engine.js': "import { ContextChatEngine } from 'llamaindex';\nlet chatEngine;\nexport const setChatEngine = index => { chatEngine = new ContextChatEngine({ retriever: index.asRetriever() }); };\nexport const getChatEngine = () => chatEngine;\n",
    'src/chat.controller.js': "import { getChatEngine } from './core/engine.js';\nexport const chatRequest = async (req, res) => {\n  const engine = await getChatEngine();\n  res.json(await engine.chat({ message: req.body.message }));\n};\n",
    'src/lib/model.ts': "import * as ort from 'onnxruntime-node';\nexport const session = await ort.InferenceSession.create('./m.onnx');\n",
    'src/score.ts': "import { session } from './lib/model.js';\nexport const score = async (feeds: Record<string, unknown>) => session.run(feeds as never);\n",
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('src/chat.controller.js').inferencePoints.map(p => [p.line, p.callee, p.heuristic]), [[4, 'llamaindex.chat-engine.chat', false]]);
  assert.deepEqual(file('src/score.ts').inferencePoints.map(p => [p.line, p.callee]), [[2, 'model.onnx.run']]);
});

test('a React hook of another module that returns a typed ref, or an object holding it, types `ref.current` where it is used', () => {
  const dir = project({
    'src/hooks/usePoseLandmarker.ts': [
      "import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';",
      "import { useEffect, useRef, useState } from 'react';",
      'export const usePoseLandmarker = () => {',
      '  const landmarkerRef = useRef<PoseLandmarker | null>(null);',
      '  useEffect(() => { (async () => {',
      "    const vision = await FilesetResolver.forVisionTasks('/wasm');",
      "    landmarkerRef.current = await PoseLandmarker.createFromOptions(vision, { baseOptions: { modelAssetPath: '/models/pose_landmarker_lite.task' }, runningMode: 'VIDEO' });",
      '  })(); }, []);',
      '  return landmarkerRef;',
      '};',
      'export function useTracked() {',
      '  const landmarkerRef = useRef<PoseLandmarker | null>(null);',
      "  const [status, setStatus] = useState('idle');",
      '  return { landmarkerRef, status };',
      '}',
      '',
    ].join('\n'),
    'src/View.tsx': [
      "import { usePoseLandmarker, useTracked } from './hooks/usePoseLandmarker';",
      'export function View({ video }: { video: HTMLVideoElement }) {',
      '  const landmarkerRef = usePoseLandmarker();',
      '  const { landmarkerRef: tracked } = useTracked();',
      '  const a = landmarkerRef.current?.detectForVideo(video, performance.now());',
      '  const b = tracked.current?.detectForVideo(video, performance.now());',
      '  return [a, b];',
      '}',
      '',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const view = out.files.find(f => path.resolve(f.path) === path.join(dir, 'src/View.tsx'));
  assert.deepEqual(view.inferencePoints.map(p => p.line), [5, 6]);
});

test("a project module's star import brings the library names that module imports (`from imports import *` then `LLMChain(…)`)", () => {
  const dir = project({
    'imports.py': 'import os\nfrom langchain import LLMChain, PromptTemplate\n',
    'llm_utils.py': 'from imports import *\n\n\ndef run_llm(llm, prompt, template):\n    chain = LLMChain(prompt=template, llm=llm)\n    return chain(prompt)["text"].strip()\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const utils = out.files.find(f => path.resolve(f.path) === path.join(dir, 'llm_utils.py'));
  assert.deepEqual(utils.inferencePoints.map(p => [p.line, p.callee]), [[6, 'client.langchain.__call__']]);
  // alone, the name is unbound: nothing is guessed
  const alone = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', path.join(dir, 'llm_utils.py'), '--format', 'json'], { encoding: 'utf8' }).stdout);
  assert.deepEqual(alone.files[0].inferencePoints, []);
});

test('--fix plans each fix on its own point with the project index (an LLM client imported from another module is not confused with a model.predict)', () => {
  const dir = project({
    'svc.py': 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o-mini")\n',
    'app.py': 'import joblib\n\nfrom svc import llm\n\nmodel = joblib.load("m.joblib")\n\n\ndef ask(q):\n    return llm.invoke(q)\n\n\ndef score(rows):\n    return model.predict(rows)\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--diff', '--unsafe-fixes'], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /\+        response = llm\.invoke\(q\)/);
  assert.match(r.stdout, /\+        response = model\.predict\(rows\)/);
  assert.match(r.stdout, /"model_version": "m\.joblib"/);
});

test('across files: an object of models keeps its fields, SvelteKit `$lib` is `src/lib`, a named unpickled model is called, a cwd path is the project\'s', () => {
  const dir = project({
    'web/src/config/vision.ts': [
      "import { AutoModelForImageTextToText, AutoProcessor } from '@huggingface/transformers';",
      "const model = AutoModelForImageTextToText.from_pretrained('onnx-community/FastVLM-0.5B-ONNX');",
      "export const vision = { model: await model, processor: await AutoProcessor.from_pretrained('onnx-community/FastVLM-0.5B-ONNX') };",
    ].join('\n'),
    'web/src/describe.ts': [
      "import { vision } from './config/vision';",
      'export async function describe(inputs: object) {',
      '  const { model } = vision;',
      '  return await model.generate({ ...inputs, max_new_tokens: 64 });',
      '}',
    ].join('\n'),
    'web/src/lib/server.ts': [
      "import { getLlama, LlamaChat } from 'node-llama-cpp';",
      "import path from 'node:path';",
      'const llama = await getLlama();',
      "const model = await llama.loadModel({ modelPath: path.join(process.cwd(), 'models', 'chat.gguf') });",
      'const context = await model.createContext();',
      'export const chat = new LlamaChat({ contextSequence: context.getSequence() });',
    ].join('\n'),
    'web/src/routes/chat.ts': [
      "import { chat } from '$lib/server';",
      'export async function answer(history: never[]) {',
      '  return await chat.generateResponse(history, {});',
      '}',
    ].join('\n'),
    'ranker/store.py': 'import pickle\n\n\ndef get_model(user):\n    model_filename = f"data/{user}"\n    return pickle.load(open(model_filename, "rb"))\n',
    'ranker/rank.py': 'from store import get_model\n\n\ndef score(user, features):\n    model = get_model(user)\n    return model(features)\n\n\ndef table(user):\n    rows = get_model(user)\n    return rows(0)\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('web/src/describe.ts').inferencePoints.map(p => [p.line, p.callee]), [[4, 'model.hf.generate']]);
  assert.deepEqual(file('web/src/routes/chat.ts').inferencePoints.map(p => p.line), [3]);
  assert.deepEqual(file('web/src/lib/server.ts').modelLoads.map(l => [l.line, l.pin]), [[4, 'local']]);
  // `rows(0)`: a name that does not say model may be data, and is not taken for one
  assert.deepEqual(file('ranker/rank.py').inferencePoints.map(p => [p.line, p.heuristic]), [[6, true]]);
});

test('a CommonJS module\'s default export (`module.exports = fn`) is typed from its call sites, as a named export is', () => {
  const dir = project({
    'index.js': [
      "const { TextAnalyticsClient, AzureKeyCredential } = require('@azure/ai-text-analytics');",
      "const sentiment = require('./sentiment');",
      "const client = new TextAnalyticsClient(process.env.ENDPOINT, new AzureKeyCredential(process.env.KEY));",
      "sentiment(client, ['What a day']);",
    ].join('\n'),
    'sentiment.js': 'async function sentiment(client, texts) {\n  return await client.analyzeSentiment(texts);\n}\nmodule.exports = sentiment;\n',
    'unused.js': 'async function unused(client, texts) {\n  return await client.analyzeSentiment(texts);\n}\nmodule.exports = unused;\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('sentiment.js').inferencePoints.map(p => [p.line, p.callee]), [[2, 'client.azure-TextAnalyticsClient.analyzeSentiment']]);
  // nothing calls it: its parameter is not known to be a client
  assert.deepEqual(file('unused.js').inferencePoints, []);
});

test('a request to a route of the project that runs a model is an inference point of the caller (Next.js, Express, FastAPI)', () => {
  const dir = project({
    'web/app/api/caption/route.ts': [
      "import OpenAI from 'openai';",
      'const openai = new OpenAI();',
      'export async function POST(req: Request) {',
      '  const { image } = await req.json();',
      "  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: image }] });",
      '  return Response.json({ caption: r.choices[0].message.content });',
      '}',
    ].join('\n'),
    'web/app/api/todos/route.ts': 'export async function GET() {\n  return Response.json([]);\n}\n',
    'web/components/Uploader.tsx': [
      'export async function caption(image: string) {',
      "  const res = await fetch('/api/caption', { method: 'POST', body: JSON.stringify({ image }) });",
      "  const todos = await fetch('/api/todos');",
      '  return [await res.json(), await todos.json()];',
      '}',
    ].join('\n'),
    'server/index.js': [
      "const express = require('express');",
      "const { pipeline } = require('@xenova/transformers');",
      'const app = express();',
      'let classifier;',
      "async function classify(text) { classifier ??= await pipeline('sentiment-analysis'); return classifier(text); }",
      "app.post('/mood', async (req, res) => res.json(await classify(req.body.text)));",
      "app.get('/health', (req, res) => res.send('ok'));",
    ].join('\n'),
    'bot/mood.js': "const axios = require('axios');\nmodule.exports = async text => (await axios.post('http://localhost:3000/mood', { text })).data;\nmodule.exports.alive = async () => axios.get('http://localhost:3000/health');\n",
    'api/main.py': 'import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load("model.joblib")\n\n\n@app.post("/score/{kind}")\ndef score(kind: str, payload: dict):\n    return {"score": float(model.predict([payload["x"]])[0])}\n\n\n@app.get("/version")\ndef version():\n    return {"v": 1}\n',
    'cli/client.py': 'import requests\n\nBASE = "http://localhost:8000"\n\n\ndef score(x):\n    return requests.post(f"{BASE}/score/churn", json={"x": x}).json()\n\n\ndef version():\n    return requests.get(f"{BASE}/version").json()\n\n\ndef user(uid):\n    # a hole the code fills in is no route of the project by itself: `/api/user/{uid}` does not ask for `/mood`\n    return requests.get(f"http://localhost:5010/api/user/{uid}").json()\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const lines = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel)).inferencePoints.map(p => [p.line, p.callee]);
  assert.deepEqual(lines('web/components/Uploader.tsx'), [[2, 'fetch']]);
  assert.deepEqual(lines('bot/mood.js'), [[2, 'axios.post']]);
  assert.deepEqual(lines('cli/client.py'), [[7, 'requests.post']]);
  // the route registrations themselves are not predictions; the model calls behind them are
  assert.deepEqual(lines('api/main.py'), [[10, 'joblib.load(…).predict']]);
  assert.deepEqual(lines('server/index.js').map(([line]) => line), [5]);
  // a file analysed alone knows no routes of the project
  const alone = spawnSync(process.execPath, [CLI, 'scan', path.join(dir, 'cli', 'client.py'), '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(alone.stdout).files[0].inferencePoints, []);
});

test('the root route of a service that runs a model is asked for by the root URL of a development host, no other URL', () => {
  const dir = project({
    'backend/app.py': 'import joblib\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\nclf = joblib.load("clf.joblib")\n\n\n@app.route("/", methods=["POST"])\ndef predict():\n    return jsonify(clf.predict([request.json["x"]]).tolist())\n',
    'frontend/src/Form.js': [
      "import axios from 'axios';",
      'export async function send(x) {',
      "  const url = 'http://localhost:5000';",
      '  const res = await axios.post(url, { x });',
      "  await axios.post('https://hooks.example.com/', { x });",
      "  await fetch('/api/items', { method: 'POST', body: JSON.stringify({ x }) });",
      "  await axios.post('http://localhost:5000/health', { x });",
      "  await fetch('http://127.0.0.1:5000/', { method: 'POST', body: JSON.stringify({ x }) });",
      '  return res.data;',
      '}',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const lines = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel)).inferencePoints.map(p => [p.line, p.callee]);
  assert.deepEqual(lines('frontend/src/Form.js'), [[4, 'axios.post'], [8, 'fetch']]);
});

test('an object of models passed to another module\'s function types its parameter (sessions made in one module, run in another)', () => {
  const dir = project({
    'src/utils/model_loader.js': [
      "import * as ort from 'onnxruntime-web';",
      'export async function loadModels(device) {',
      "  const yolo = await ort.InferenceSession.create('/models/yolo.onnx', { executionProviders: [device] });",
      "  const nms = await ort.InferenceSession.create('/models/nms.onnx', { executionProviders: [device] });",
      '  return { yolo_model: yolo, nms, labels: ["cat"] };',
      '}',
    ].join('\n'),
    'src/utils/inference_pipeline.js': [
      'export async function detect(input, sessions) {',
      '  const { output0 } = await sessions.yolo_model.run({ images: input });',
      '  const { selected } = await sessions.nms.run({ input: output0 });',
      '  return sessions.labels.map(l => l.run ? l.run() : l);',
      '}',
      'export async function unrelated(input, options) {',
      '  return options.run(input);',
      '}',
    ].join('\n'),
    'src/App.js': [
      "import { loadModels } from './utils/model_loader';",
      "import { detect, unrelated } from './utils/inference_pipeline';",
      'export async function main(input) {',
      "  const sessions = await loadModels('wasm');",
      '  await unrelated(input, { run: x => x });',
      '  return detect(input, sessions);',
      '}',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('src/utils/inference_pipeline.js').inferencePoints.map(p => [p.line, p.callee]), [[2, 'model.onnx.run'], [3, 'model.onnx.run']]);
});

test('an engine or chain passed to another module\'s function types its parameter: a chat engine kept on a project class instance, a LangChain chain', () => {
  const dir = project({
    'src/store/index_store.js': [
      "import { VectorStoreIndex, ContextChatEngine } from 'llamaindex';",
      'export default class Store {',
      '  async open(docs) {',
      '    this.index = await VectorStoreIndex.fromDocuments(docs);',
      '    this.engine = new ContextChatEngine({ retriever: this.index.asRetriever() });',
      '  }',
      '}',
    ].join('\n'),
    'src/chains.ts': [
      "import { ChatPromptTemplate } from '@langchain/core/prompts';",
      "import { ChatAnthropic } from '@langchain/anthropic';",
      "export const summarise = ChatPromptTemplate.fromTemplate('Summarise: {text}').pipe(new ChatAnthropic({ model: 'claude-3-5-haiku-latest' }));",
    ].join('\n'),
    'src/answer.js': [
      '// the functions return what the engine gives: resolving the caller asks for them while call sites are gathered',
      'export function reply(engine, question) {',
      '  return engine.chat({ message: question, stream: true });',
      '}',
      'export async function digest(chain, text) {',
      '  return chain.invoke({ text });',
      '}',
      'export function label(options, text) {',
      '  return options.chat(text);',
      '}',
    ].join('\n'),
    'src/server.js': [
      "import Store from './store/index_store.js';",
      "import { summarise } from './chains';",
      "import { reply, digest, label } from './answer.js';",
      'const store = new Store();',
      'store.open([]);',
      'export const ask = q => reply(store.engine, q);',
      'export const short = t => digest(summarise, t);',
      'export const tag = t => label({ chat: x => x }, t);',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('src/answer.js').inferencePoints.map(p => [p.line, p.callee]), [[3, 'llamaindex.chat-engine.chat'], [6, 'client.langchain.invoke']]);
  assert.deepEqual(file('src/server.js').inferencePoints, []);
});

test("a model passed to a method of another module's class, called on an instance, types the method's parameter (a TF1 session restored in one module, run in the class's method)", () => {
  const dir = project({
    'bot/__init__.py': '',
    'bot/seq2seq.py': [
      'import tensorflow as tf',
      '',
      'class Seq2Seq:',
      '    def train_step(self, session, feed):',
      '        _, loss = session.run([self.train_op, self.loss], feed_dict=feed)',
      '        return loss',
      '',
      '    def reply(self, text, session):',
      '        out = session.run([self.infer_predictions], feed_dict={self.inputs: [text]})',
      '        return out[0]',
      '',
      '    def describe(self, text, options):',
      '        return options.run(text)',
      '',
      '    @staticmethod',
      '    def build(session):',
      '        return session.run([])',
    ].join('\n'),
    'bot/actions.py': [
      'from bot.seq2seq import Seq2Seq, tf',
      '',
      'model = Seq2Seq()',
      'session = tf.compat.v1.Session()',
      'saver = tf.compat.v1.train.Saver()',
      'saver.restore(session, "bot/model/model.ckpt")  # the load',
      '',
      'def answer(text):',
      '    model.describe(text, {"run": len})',
      '    Seq2Seq.build(session)',
      '    return model.reply(text, session)',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  // the training step (its fetches hold the train op) is not a prediction; the static method is called on the class, not an instance
  assert.deepEqual(file('bot/seq2seq.py').inferencePoints.map(p => [p.line, p.callee]), [[9, 'model.tf1-session.run']]);
  assert.deepEqual(file('bot/actions.py').modelLoads.map(l => [l.line, l.callee]), [[6, 'tf1.saver#restore']]);
});

test("a project function or lower-case class named like a model is the project's code, not a model called: its own module makes the model call", () => {
  const dir = project({
    'backend/chatbot.py': [
      'import google.generativeai as genai',
      'model = genai.GenerativeModel("gemini-1.5-flash-002")',
      '',
      'def llm_model(prompt, history):',
      '    return model.generate_content([*history, prompt]).text',
      '',
    ].join('\n'),
    'backend/ocr_predictor.py': [
      'import torch',
      '',
      'class predictor:',
      '    def __init__(self, device):',
      '        self.model = torch.jit.load("saved_models/ocr.pt", map_location=device)',
      '',
      '    def predict(self, image):',
      '        return self.model(image)',
      '',
    ].join('\n'),
    'backend/app.py': [
      'from flask import Flask, request',
      'from keras.models import load_model',
      'from chatbot import llm_model',
      'from ocr_predictor import predictor',
      '',
      'app = Flask(__name__)',
      'predictor_model = predictor("cpu")',
      '',
      '@app.post("/chat")',
      'def chat():',
      '    return {"answer": llm_model(request.json["q"], [])}',
      '',
      '@app.post("/ocr")',
      'def ocr():',
      '    return {"text": predictor_model.predict(request.files["f"].read())}',
      '',
    ].join('\n'),
  });
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' }).stdout);
  const points = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel))?.inferencePoints.map(p => p.line) ?? [];
  assert.deepEqual([points('backend/app.py'), points('backend/chatbot.py'), points('backend/ocr_predictor.py')], [[], [5], [8]]);
});

test("with the index, a Python method given an LLM request on a package's client is a model call; on the project's own wrapper it is not", () => {
  const dir = project({
    'app/assistant.py': 'from llm_gateway import Gateway\n\ngateway = Gateway(api_key="test")\n\n\ndef chat(model, messages):\n    return gateway.chat(model=model, messages=messages).text\n',
    'app/main.py': [
      'from llm_gateway import Gateway',
      'from assistant import chat',
      '',
      'client = Gateway(api_key="test")',
      '',
      'def reply(messages):',
      '    return client.chat(model="llama-3.1-8b-instruct", messages=messages).text',
      '',
      'def delegate(messages):',
      '    return chat(model="llama-3.1-8b-instruct", messages=messages)',
      '',
    ].join('\n'),
  });
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' }).stdout);
  const points = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel))?.inferencePoints.map(p => p.line) ?? [];
  assert.deepEqual([points('app/main.py'), points('app/assistant.py')], [[7], [7]]);
});

test("a hand-written server's dispatch on the request path serves its routes (a Worker's pathname, a switch, http.server's self.path), and other registration calls do too", () => {
  const dir = project({
    'src/index.ts': [
      'export default {',
      '  async fetch(request: Request, env: Env): Promise<Response> {',
      '    const url = new URL(request.url);',
      '    if (url.pathname === "/generate" && request.method === "POST") {',
      '      const { theme } = await request.json<{ theme: string }>();',
      '      const out = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Write about ${theme}` });',
      '      return Response.json(out);',
      '    }',
      '    switch (url.pathname) {',
      '      case "/tldr":',
      '        return summarize(request, env);',
      '      case "/history":',
      '        return Response.json(await env.KV.list());',
      '    }',
      '    return env.ASSETS.fetch(request);',
      '  },',
      '};',
      'async function summarize(request: Request, env: Env) {',
      '  const { text } = await request.json<{ text: string }>();',
      '  return Response.json(await env.AI.run("@cf/facebook/bart-large-cnn", { input_text: text }));',
      '}',
    ].join('\n'),
    'frontend/script.js': [
      'export async function lyrics(theme) {',
      '  const res = await fetch("/generate", { method: "POST", body: JSON.stringify({ theme }) });',
      '  const short = await fetch("/tldr", { method: "POST", body: JSON.stringify({ text: theme }) });',
      '  const past = await fetch("/history", { method: "POST", body: "{}" });',
      '  return [await res.json(), await short.json(), await past.json()];',
      '}',
    ].join('\n'),
    'server.py': [
      'import json',
      'from http.server import BaseHTTPRequestHandler, HTTPServer',
      '',
      'import joblib',
      'from aiohttp import web',
      '',
      'model = joblib.load("model.joblib")',
      '',
      'class Handler(BaseHTTPRequestHandler):',
      '    def do_POST(self):',
      '        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))',
      '        if self.path == "/churn-score":',
      '            self.wfile.write(json.dumps({"p": float(model.predict([body["x"]])[0])}).encode())',
      '        elif self.path.startswith("/echo"):',
      '            self.wfile.write(json.dumps(body).encode())',
      '',
      'async def rank(request):',
      '    rows = await request.json()',
      '    return web.json_response({"r": model.predict(rows).tolist()})',
      '',
      'app = web.Application()',
      'app.router.add_post("/rank-items", rank)',
    ].join('\n'),
    'client.py': [
      'import requests',
      '',
      'BASE = "http://localhost:8000"',
      '',
      'def churn(x):',
      '    return requests.post(f"{BASE}/churn-score", json={"x": x}).json()',
      '',
      'def echo(x):',
      '    return requests.post(f"{BASE}/echo", json={"x": x}).json()',
      '',
      'def rank(rows):',
      '    return requests.post(f"{BASE}/rank-items", json=rows).json()',
    ].join('\n'),
  });
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' }).stdout);
  const lines = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel)).inferencePoints.map(p => p.line);
  assert.deepEqual(lines('frontend/script.js'), [2, 3]);
  assert.deepEqual(lines('client.py'), [6, 12]);
  assert.deepEqual(lines('src/index.ts'), [6, 20]);
});

test('a copy of a known ML library kept in the tree (beside its own setup.py) is that library; a project package of a library name is the project', () => {
  const dir = project({
    'vendor_ocr/setup.py': 'from setuptools import setup\nsetup(name="easyocr")\n',
    'vendor_ocr/easyocr/__init__.py': 'from .easyocr import Reader\n',
    'vendor_ocr/easyocr/easyocr.py': 'import torch\n\nclass Reader:\n    def __init__(self, langs):\n        self.model = torch.load("craft_mlt_25k.pth")\n\n    def readtext(self, image):\n        return self.model(image)\n',
    'vendor_ocr/demo/app.py': 'from easyocr.easyocr import Reader\n\nreader = Reader(["en"])\n\ndef read(image):\n    return reader.readtext(image)\n',
    // the project's own `arch` package (the name of a forecasting library): its classes stay the project's
    'arch/__init__.py': 'class Encoder:\n    def __init__(self, size):\n        self.size = size\n\n    def __call__(self, x):\n        return x\n',
    'serve.py': 'from arch import Encoder\n\nencoder = Encoder(8)\n\ndef embed(x):\n    return encoder(x)\n',
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  const file = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel));
  assert.deepEqual(file('vendor_ocr/demo/app.py').modelLoads.map(l => l.line), [3]);
  assert.deepEqual(file('vendor_ocr/demo/app.py').inferencePoints.map(p => p.line), [6]);
  assert.deepEqual([file('serve.py').inferencePoints.length, file('serve.py').modelLoads.length], [0, 0]);
});

test('a project helper that runs the callable it is given in an executor makes the model method handed to it a prediction, across modules', () => {
  const dir = project({
    'app/__init__.py': '',
    'app/executor.py': [
      'import asyncio',
      'import contextvars',
      'import functools',
      'from typing import Any, Callable',
      '',
      '',
      'async def run_sync_in_executor(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:',
      '    loop = asyncio.get_running_loop()',
      '    ctx = contextvars.copy_context()',
      '    return await loop.run_in_executor(None, functools.partial(ctx.run, fn, *args, **kwargs))',
      '',
      '',
      'def describe(fn: Callable[..., Any]) -> str:',
      '    return fn.__name__',
      '',
    ].join('\n'),
    'app/serve.py': [
      'import joblib',
      '',
      'from app.executor import describe, run_sync_in_executor',
      '',
      'model = joblib.load("model.joblib")',
      '',
      '',
      'async def score(rows):',
      '    return await run_sync_in_executor(model.predict, rows)',
      '',
      '',
      'async def ping():',
      '    await run_sync_in_executor(print, "ok")',
      '    return describe(model.predict)',
      '',
    ].join('\n'),
  });
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' });
  const serve = JSON.parse(r.stdout).files.find(f => path.resolve(f.path) === path.join(dir, 'app/serve.py'));
  assert.deepEqual(serve.inferencePoints.map(p => [p.line, p.callee]), [[9, 'joblib.load(…).predict']]);
});

test("with the index, a Python class of a package no table knows is a model by its shape (test/fixtures/unheard-of); the project's own classes and a file analysed alone are not guessed at", async () => {
  const source = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'unheard-of', 'serve.py'), 'utf8');
  const dir = project({
    'app/serve.py': source,
    'app/predictors.py': 'class FacePredictor:\n    def __init__(self, path):\n        self.path = path\n\n    def __call__(self, x):\n        return x\n',
  });
  const expected = kind => source.split('\n').flatMap((l, i) => (new RegExp(`#\\s*expect:\\s*${kind}\\b`).test(l) ? [i + 1] : []));
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' }).stdout);
  const served = out.files.find(f => path.resolve(f.path) === path.join(dir, 'app/serve.py'));
  assert.deepEqual(served.inferencePoints.map(p => p.line), expected('infer'));
  assert.deepEqual(served.modelLoads.filter(l => l.kind === 'load').map(l => l.line), expected('load'));
  assert.ok(served.inferencePoints.every(p => p.heuristic), 'points found by shape are marked heuristic');
  // alone, the unheard-of packages are not guessed at (only the class given a model file, as before, which the index
  // then shows to be the project's own; and torch's load, which the tables know)
  const alone = await analyze('serve.py', source);
  const lines = source.split('\n');
  const guessed = kind => expected(kind).filter(l => !lines[l - 1].includes('torch.'));
  assert.deepEqual(alone.inferencePoints.map(p => p.range.start.line + 1).filter(l => guessed('infer').includes(l)), []);
  assert.deepEqual(alone.modelLoads.map(l => l.range.start.line + 1).filter(l => guessed('load').includes(l)), []);
  assert.deepEqual(alone.inferencePoints.map(p => p.callee), ['app.predictors.FacePredictor.__call__']);
});

test("a monorepo's own package imported by its scoped name (`@acme/nlp-kit`, in libs/nlp-kit/src) is the project's: its wrapper's methods are not guessed at, its own model call is found in it", () => {
  const dir = project({
    'libs/nlp-kit/src/index.ts': [
      "import * as ort from 'onnxruntime-node';",
      '',
      'export class TextClassifier {',
      '  private session?: ort.InferenceSession;',
      "  async init() { this.session = await ort.InferenceSession.create('models/nlp.onnx'); }",
      '  async classifyText(text: string) {',
      '    return this.session!.run({ input: new ort.Tensor("string", [text], [1]) });',
      '  }',
      '}',
      '',
    ].join('\n'),
    'apps/api/src/service.ts': [
      "import { TextClassifier } from '@acme/nlp-kit';",
      '',
      'const classifier = new TextClassifier();',
      '',
      'export async function moderate(text: string) {',
      '  return classifier.classifyText(text);',
      '}',
      '',
    ].join('\n'),
  });
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' }).stdout);
  const points = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel))?.inferencePoints.map(p => p.line) ?? [];
  const loads = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel))?.modelLoads.map(l => l.line) ?? [];
  assert.deepEqual([points('apps/api/src/service.ts'), loads('apps/api/src/service.ts')], [[], []]);
  assert.deepEqual([points('libs/nlp-kit/src/index.ts'), loads('libs/nlp-kit/src/index.ts')], [[7], [5]]);
});

test("a metric another project module passes on (`from metrics import accuracy_score`) still makes the prediction it scores an evaluation", () => {
  const dir = project({
    'metrics.py': 'from sklearn.metrics import accuracy_score\n',
    'evaluate.py': [
      'import joblib',
      'from metrics import accuracy_score',
      '',
      'model = joblib.load("models/churn.joblib")',
      '',
      'def report(X, y):',
      '    predicted = model.predict(X)',
      '    return accuracy_score(y, predicted)',
      '',
    ].join('\n'),
    'serve.py': 'import joblib\n\nmodel = joblib.load("models/churn.joblib")\n\n\ndef predict(X):\n    return model.predict(X)\n',
  });
  const out = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json'], { encoding: 'utf8' }).stdout);
  const points = rel => out.files.find(f => path.resolve(f.path) === path.join(dir, rel))?.inferencePoints.map(p => p.line) ?? [];
  assert.deepEqual([points('evaluate.py'), points('serve.py')], [[], [7]]);
});
