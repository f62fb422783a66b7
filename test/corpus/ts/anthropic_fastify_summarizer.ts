// corpus: Fastify + Anthropic SDK messages.create; pino child logger bound with a requestId inside the handler; Sentry.captureException in the catch; pinned snapshot vs -latest alias
import Fastify from "fastify";
import Anthropic from "@anthropic-ai/sdk";
import * as Sentry from "@sentry/node";
import pino from "pino";
import { randomUUID } from "node:crypto";

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.2 });

const anthropic = new Anthropic();
const baseLogger = pino();
const app = Fastify();

app.post("/summarize", async (request, reply) => {
  const { document } = request.body as { document: string };
  const log = baseLogger.child({ requestId: randomUUID() });
  const t0 = performance.now();
  try {
    const msg = await anthropic.messages.create({ // expect: infer missing=inputs llm-model=pinned
      model: "claude-3-5-sonnet-20241022",
      max_tokens: 1024,
      messages: [{ role: "user", content: `Summarize the following document:\n\n${document}` }],
    });
    const summary = msg.content[0].type === "text" ? msg.content[0].text : "";
    log.info({ "gen_ai.response.model": msg.model, summary, latencyMs: performance.now() - t0 }, "summarized");
    return { summary };
  } catch (err) {
    Sentry.captureException(err);
    log.error({ err }, "anthropic call failed");
    reply.code(502);
    return { error: "summarization failed" };
  }
});

app.post("/title", async (request) => {
  const { text } = request.body as { text: string };
  const msg = await anthropic.messages.create({ // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
    model: "claude-3-5-haiku-latest",
    max_tokens: 30,
    messages: [{ role: "user", content: `Give a five-word title for: ${text}` }],
  });
  return { title: msg.content[0].type === "text" ? msg.content[0].text : "" };
});

await app.listen({ port: 3004 });
