// A Koa service whose middleware tags every request with a constant and times requests: the handler logs that constant
// under an id's name, which identifies no prediction, and nothing times the model call.
// expect-service: ts-koa-constant-id deployment-context=missing
// expect-service: ts-koa-constant-id outcome=missing
// expect-service: ts-koa-constant-id upstream-provenance=not-required
// expect-service: ts-koa-constant-id segment-context=not-required
import Koa from 'koa';
import Router from '@koa/router';
import { pipeline } from '@huggingface/transformers';
import { requestTag, requestTimer } from './middleware.js';

const app = new Koa(); // expect-service: ts-koa-constant-id entry
const router = new Router();
const classify = await pipeline('sentiment-analysis', 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', { revision: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' });
app.use(requestTag);
app.use(requestTimer);

router.post('/sentiment', async (ctx) => {
  const text = String(ctx.request.body.text);
  const out = await classify(text); // expect: infer missing=prediction-id,latency,errors
  console.info(JSON.stringify({ requestId: ctx.state.requestId, modelVersion: 'distilbert-sst2@a1b2c3d', text, label: out[0].label }));
  ctx.body = out;
});

app.use(router.routes());
app.listen(3000);
