// corpus: Fastify (ESM .mjs) + onnxruntime-node; prom-client histogram.startTimer() ended in finally, labelled counters; fastify.log (root pino logger, no request id) in the catch
import Fastify from "fastify";
import ort from "onnxruntime-node";
import client from "prom-client";

const MODEL_FILE = "./models/sentiment-int8.onnx";
const session = await ort.InferenceSession.create(MODEL_FILE); // expect: load pinned

const inferDuration = new client.Histogram({
  name: "sentiment_inference_seconds",
  help: "ONNX forward pass duration",
  labelNames: ["model_version"],
});
const predictions = new client.Counter({
  name: "sentiment_predictions_total",
  help: "Predictions by label",
  labelNames: ["label"],
});
const failures = new client.Counter({ name: "sentiment_failures_total", help: "Failed forwards" });

const fastify = Fastify({ logger: true });

function toTensor(tokenIds) {
  return new ort.Tensor("int64", BigInt64Array.from(tokenIds.map(BigInt)), [1, tokenIds.length]);
}

fastify.post("/sentiment", async (request) => {
  const { tokenIds } = request.body;
  const end = inferDuration.startTimer({ model_version: "int8-2024-05" });
  let output;
  try {
    output = await session.run({ input_ids: toTensor(tokenIds) }); // expect: infer missing=inputs,prediction-id
  } catch (err) {
    failures.inc();
    fastify.log.error({ err }, "onnx run failed");
    throw err;
  } finally {
    end();
  }
  const logits = Array.from(output.logits.data);
  const label = logits[1] > logits[0] ? "positive" : "negative";
  predictions.inc({ label });
  return { label };
});

fastify.post("/sentiment/logits", async (request) => {
  const output = await session.run({ input_ids: toTensor(request.body.tokenIds) }, ["logits"]); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
  return { logits: Array.from(output.logits.data) };
});

fastify.get("/metrics", async (_request, reply) => {
  reply.header("Content-Type", client.register.contentType);
  return client.register.metrics();
});

await fastify.listen({ port: 3000, host: "0.0.0.0" });
