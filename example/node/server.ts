// Recommendations API: an ONNX ranking model in Express, plus an LLM that explains the picks.
import express from 'express';
import * as ort from 'onnxruntime-node';
import OpenAI from 'openai';
import pino from 'pino';

const log = pino({ base: { service: 'recommendations' } });
const RANKER_PATH = process.env.RANKER_PATH ?? './models/ranker-2024-09.onnx';
const ranker = await ort.InferenceSession.create(RANKER_PATH);
const openai = new OpenAI();
const app = express();
app.use(express.json());

app.post('/rank', async (req, res) => {
  const requestId = req.header('x-request-id') ?? crypto.randomUUID();
  const feeds = { features: new ort.Tensor('float32', req.body.features, [1, req.body.features.length]) };
  const start = performance.now();
  try {
    const out = await ranker.run(feeds);
    log.info({ requestId, modelUri: RANKER_PATH, features: req.body.features, scores: out.scores.data, latencyMs: performance.now() - start }, 'ranked');
    res.json({ scores: Array.from(out.scores.data as Float32Array), requestId });
  } catch (err) {
    log.error({ err, requestId }, 'ranking failed');
    res.status(500).json({ error: 'ranking failed', requestId });
  }
});

app.post('/explain', async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Explain why these items fit: ${req.body.items.join(', ')}` }],
  });
  res.json({ text: completion.choices[0].message.content });
});

app.post('/rank/fast', async (req, res) => {
  try {
    const out = await ranker.run({ features: new ort.Tensor('float32', req.body.features, [1, req.body.features.length]) });
    res.json({ scores: Array.from(out.scores.data as Float32Array) });
  } catch {
    res.json({ scores: [] });
  }
});

app.listen(8080);
