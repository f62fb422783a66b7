// corpus: Express SSE endpoint streaming OpenAI chat.completions (stream: true, alias model) and a responses.create extraction endpoint (pinned snapshot); winston logging
import express from "express";
import OpenAI from "openai";
import winston from "winston";
import { randomUUID } from "node:crypto";

const logger = winston.createLogger({
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});
const client = new OpenAI();
const app = express();
app.use(express.json());

app.post("/chat/stream", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  res.setHeader("Cache-Control", "no-cache");
  const started = Date.now();
  const stream = await client.chat.completions.create({ // expect: infer missing=inputs,outputs,model-version,prediction-id,errors llm-model=unpinned
    model: "gpt-4o",
    messages: req.body.messages,
    stream: true,
  });
  for await (const chunk of stream) {
    res.write(`data: ${JSON.stringify(chunk.choices[0]?.delta ?? {})}\n\n`);
  }
  res.write("data: [DONE]\n\n");
  res.end();
  logger.info("stream finished", { durationMs: Date.now() - started });
});

app.post("/extract", async (req, res) => {
  const requestId = randomUUID();
  try {
    const response = await client.responses.create({ // expect: infer missing=latency llm-model=pinned
      model: "gpt-4o-mini-2024-07-18",
      instructions: "Extract the invoice number and total amount as JSON with keys invoice_number and total.",
      input: req.body.text,
    });
    logger.info("extracted", {
      requestId,
      input: req.body.text,
      output: response.output_text,
      "gen_ai.response.model": response.model,
    });
    res.json(JSON.parse(response.output_text));
  } catch (err) {
    logger.error("extraction failed", { requestId, error: String(err) });
    res.status(500).json({ error: "extraction failed" });
  }
});

app.listen(3003);
