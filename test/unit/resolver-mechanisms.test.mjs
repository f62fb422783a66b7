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

test('a hub id is a local file when the file turns the library off the hub (transformers.js env.allowRemoteModels = false)', async () => {
  const offline = await found('offline.js', [
    "const { pipeline, env: hfEnv } = require('@xenova/transformers');",
    'hfEnv.allowRemoteModels = false;',
    "const ready = pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2'); // expect: load pin=local",
    'module.exports = async (t) => (await ready)(t, { pooling: "mean" }); // expect: infer',
  ]);
  assert.deepEqual(offline.got, offline.want);
  // turned on, or the same key on an object of the project's: the hub decides
  const online = await found('online.js', [
    "import { pipeline, env } from '@huggingface/transformers';",
    'env.allowRemoteModels = true;',
    'const settings = { allowRemoteModels: true };',
    'settings.allowRemoteModels = false;',
    "export const ready = pipeline('sentiment-analysis', 'Xenova/distilbert-base-uncased-finetuned-sst-2-english'); // expect: load pin=mutable",
    'export const run = async (t) => (await ready)(t); // expect: infer',
  ]);
  assert.deepEqual(online.got, online.want);
});

test('a method named as an API\'s on an untyped receiver counts only in a file that makes that API\'s sessions (needsInFile on ?# rows)', async () => {
  const sessions = await found('tools.js', [
    'class Tools {',
    '  constructor() { this.made = new Map(); }',
    '  async init(kind) { this.made.set(kind, await Summarizer.create({ type: "key-points" })); }',
    '  get(kind) { return this.made.get(kind); }',
    '  async points(text) {',
    '    const summarizer = this.get("summary");',
    '    return summarizer.summarize(text); // expect: infer',
    '  }',
    '  summarize(text) { return this.points(text); }',
    '  async again(text) { return this.summarize(text); }',
    '}',
    'export const tools = new Tools();',
  ]);
  assert.deepEqual(sessions.got, sessions.want);
  // the same spelling in a file that makes no such session is some other object's method
  const other = await found('report.js', [
    'export async function digest(reporter, rows) {',
    '  const s = reporter.summarize(rows);',
    '  return s.detect ? s.detect(rows) : s;',
    '}',
  ]);
  assert.deepEqual(other.got, { infer: [], load: [] });
});

test('a script\'s implicit global: a name declared nowhere, set in one function (p5.js setup) and used in another', async () => {
  const { got, want } = await found('sketch.js', [
    'function setup() {',
    '  createCanvas(300, 300);',
    '  video = createCapture(VIDEO);',
    '  classifier = ml5.imageClassifier("MobileNet", video); // expect: load pin=mutable',
    '}',
    'function draw() {',
    '  classifier.classify(video, gotResult); // expect: infer',
    '}',
    'function gotResult(err, results) { console.log(results); }',
  ]);
  assert.deepEqual(got, want);
  // a local `let` of the same name in another function stays that function's
  const local = await found('local.js', [
    'function setup() { classifier = ml5.imageClassifier("MobileNet"); }',
    'function other() { let classifier = makeLabeler(); return classifier.classify("x"); }',
  ]);
  // (its name still says model, so the name-based rule may take it: but not as ml5's classifier, which would be typed)
  const res = await engine.analyzeText('local.js', 'function setup() { classifier = ml5.imageClassifier("MobileNet"); }\nfunction other() { let classifier = makeLabeler(); return classifier.classify("x"); }\n', engine.defaultConfig());
  assert.deepEqual(res.inferencePoints.map(p => [p.callee, p.heuristic]), [['classifier.classify', true]]);
  assert.deepEqual(local.got.infer, [2]);
});

test('a URL read through a parameter\'s default: Python requests.post(url) with url="…/api/generate" by default', async () => {
  const { got, want } = await found('ollama.py', [
    'import requests',
    '',
    'def generate(prompt, url="http://localhost:11434/api/generate"):',
    '    return requests.post(url, json={"model": "llama3", "prompt": prompt}).json()["response"]  # expect: infer',
    '',
    'def tags(url="http://localhost:11434/api/tags"):',
    '    return requests.post(url, json={}).json()',
  ]);
  assert.deepEqual(got, want);
});

test('super.member in a subclass is the base class\'s member: a library class by the type constructing it gives, a class of the file by its methods', async () => {
  const { got, want } = await found('wrapped.ts', [
    "import { ChatOpenAI } from '@langchain/openai';",
    "import * as tf from '@tensorflow/tfjs';",
    'export class TimedChat extends ChatOpenAI {',
    "  constructor() { super({ model: 'gpt-4o-mini' }); }",
    '  async invoke(input: string, options?: object) {',
    '    const started = Date.now();',
    '    const out = await super.invoke(input, options); // expect: infer',
    '    console.log(Date.now() - started);',
    '    return out;',
    '  }',
    '}',
    'class Loader {',
    '  open() { return tf.loadLayersModel("/models/digits/model.json"); } // expect: load pin=local',
    '}',
    'export class Digits extends Loader {',
    '  async open() { const m = await super.open(); m.summary(); return m; }',
    '  async read(x: tf.Tensor) { const m = await super.open(); return m.predict(x); } // expect: infer',
    '}',
  ]);
  assert.deepEqual(got, want);
  // a base that is no model: its members are what they are
  const plain = await found('emitter.ts', [
    "import { EventEmitter } from 'node:events';",
    'export class Bus extends EventEmitter {',
    '  emit(event: string, ...args: unknown[]) { return super.emit(event, ...args); }',
    '  run(x: unknown) { return super.listeners("run").map(f => f(x)); }',
    '}',
  ]);
  assert.deepEqual(plain.got, { infer: [], load: [] });
});

test('a graph runs a model only through a node that is one (modelNode): the builder\'s chain up to compile, and node calls on its name', async () => {
  const { got, want } = await found('graphs.js', [
    "import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';",
    "import { ChatOpenAI } from '@langchain/openai';",
    "const chat = new ChatOpenAI({ model: 'gpt-4o-mini' });",
    "export const inline = (m) => new StateGraph(MessagesAnnotation).addNode('chat', chat).addEdge('__start__', 'chat').compile().invoke({ messages: m }); // expect: infer",
    'const b = new StateGraph(MessagesAnnotation);',
    "b.addNode('route', (s) => ({ messages: s.messages.slice(-4) }));",
    "b.addEdge('__start__', 'route');",
    'const routed = b.compile();',
    'export const trim = (m) => routed.invoke({ messages: m });',
    'export const later = (graph, m) => graph.invoke({ messages: m });',
  ]);
  assert.deepEqual(got, want);
});

test('a name set to a model in several branches holds whichever ran: each of those loads reaches the calls of it', async () => {
  const { got, want } = await found('page.py', [
    'import streamlit as st',
    'from TTS.api import TTS',
    '',
    'voice = None',
    'if st.checkbox("German"):',
    '    voice = TTS(model_name="tts_models/de/thorsten/vits")  # expect: load pin=mutable',
    'else:',
    '    voice = TTS(model_path="voices/en/model.pth", config_path="voices/en/config.json")  # expect: load pin=local',
    '',
    'if voice is not None and (text := st.text_input("text")):',
    '    st.audio(voice.tts(text))  # expect: infer',
  ]);
  assert.deepEqual(got, want);
});

test('a class named like the base it imports subclasses the import (class MessagesState(MessagesState)), and analysis completes', async () => {
  const text = [
    'from langgraph.graph import MessagesState',
    'from langchain_openai import ChatOpenAI',
    'from pydantic import BaseModel',
    'llm = ChatOpenAI(model="gpt-4o-2024-08-06")',
    'class MessagesState(MessagesState):',
    '    question: str',
    'class BaseModel(BaseModel):',
    '    text: str',
    'def node(state: MessagesState, body: BaseModel):',
    '    return llm.invoke(state["question"]).content # expect: infer',
  ].join('\n') + '\n';
  const res = await engine.analyzeText('graph.py', text, engine.defaultConfig());
  assert.deepEqual(res.errors, []);
  assert.deepEqual(res.inferencePoints.map(p => p.range.start.line + 1), [10]);
});

test('a module attribute given a model in the file holds that model (Settings.llm = OpenAI(…), registry.model = joblib.load(…))', async () => {
  const { got, want } = await found('settings.py', [
    'import joblib',
    'import shared_state',
    'from llama_index.core import Settings',
    'from llama_index.llms.openai import OpenAI',
    'Settings.llm = OpenAI(model="gpt-4o-mini")',
    'shared_state.model = joblib.load("models/churn.pkl") # expect: load pin=local',
    'def ask(q):',
    '    return Settings.llm.complete(q) # expect: infer',
    'def score(rows):',
    '    return shared_state.model.predict(rows) # expect: infer',
    'def other(rows):',
    '    return shared_state.scaler.transform(rows)',
  ]);
  assert.deepEqual(got, want);
});

test('a runnable sequence whose model is inside a map of runnables runs that model', async () => {
  const { got, want } = await found('chain.js', [
    'import { ChatOllama } from "@langchain/community/chat_models/ollama";',
    'import { RunnableSequence, RunnablePassthrough } from "@langchain/core/runnables";',
    'import { StringOutputParser } from "@langchain/core/output_parsers";',
    'const llm = new ChatOllama({ model: "llama3" });',
    'const answer = RunnableSequence.from([llm, new StringOutputParser()]);',
    'const chain = RunnableSequence.from([{ context: (x) => x.q, question: new RunnablePassthrough() }, { answer }, (x) => x.answer]);',
    'export const ask = (q) => chain.invoke({ q }); // expect: infer',
    'const plain = RunnableSequence.from([{ a: (x) => x }, (x) => x.a]);',
    'export const echo = (q) => plain.invoke(q);',
  ]);
  assert.deepEqual(got, want);
});
