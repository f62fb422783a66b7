// corpus: Express + onnxruntime-node; pino logger with child({ modelVersion }) bound at module level; /churn fully instrumented, /churn/batch bare
import express, { Request, Response } from "express";
import * as ort from "onnxruntime-node";
import pino from "pino";
import { randomUUID } from "node:crypto";

const MODEL_PATH = "/models/churn/churn-v14.onnx";
const MODEL_VERSION = "v14";

const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });
const log = logger.child({ modelVersion: MODEL_VERSION, component: "churn" });

let session: ort.InferenceSession;

async function init(): Promise<void> {
  session = await ort.InferenceSession.create(MODEL_PATH, { executionProviders: ["cpu"] }); // expect: load pinned
}

const app = express();
app.use(express.json());

app.post("/churn", async (req: Request, res: Response) => {
  const requestId = (req.header("x-request-id") as string | undefined) ?? randomUUID();
  const features: number[] = req.body.features;
  const feeds = {
    input: new ort.Tensor("float32", Float32Array.from(features), [1, features.length]),
  };
  const t0 = performance.now();
  try {
    const results = await session.run(feeds); // expect: infer missing=none
    const prob = (results.probabilities.data as Float32Array)[1];
    log.info({ requestId, features, prob, latencyMs: performance.now() - t0 }, "churn prediction");
    res.json({ prob, requestId });
  } catch (err) {
    log.error({ err, requestId }, "churn inference failed");
    res.status(500).json({ error: "inference failed" });
  }
});

app.post("/churn/batch", async (req: Request, res: Response) => {
  const rows: number[][] = req.body.rows;
  const flat = Float32Array.from(rows.flat());
  const out = await session.run({ input: new ort.Tensor("float32", flat, [rows.length, rows[0].length]) }); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
  res.json({ probs: Array.from(out.probabilities.data as Float32Array) });
});

init().then(() => {
  app.listen(8080, () => logger.info("churn service listening on :8080"));
});
