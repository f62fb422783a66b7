// A Workers AI app on Hono. Its `track` helper looks like telemetry but records nothing; nothing sets the deployment.
// expect-service: ts-hono-bare deployment-context=missing
// expect-service: ts-hono-bare outcome=missing
// expect-service: ts-hono-bare upstream-provenance=not-required
// expect-service: ts-hono-bare segment-context=not-required
import { Hono } from 'hono';
import { track } from './track';

type Env = { AI: Ai };
const app = new Hono<{ Bindings: Env }>(); // expect-service: ts-hono-bare entry

app.post('/summarize', async (c) => {
  const { text } = await c.req.json();
  const out = await c.env.AI.run('@cf/facebook/bart-large-cnn', { input_text: text }); // expect: infer missing=model-version,inputs,outputs,prediction-id,latency,errors
  track('summary', { environment: 'prod' });
  return c.json(out);
});

export default app;
