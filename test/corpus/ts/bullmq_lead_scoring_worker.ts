// corpus: BullMQ queue worker scoring leads with a TensorFlow.js layers model loaded from a versioned https URL; db.query and worker.run() are NOT inference; prom-client timer + labelled counters
import { Worker, Job } from "bullmq";
import * as tf from "@tensorflow/tfjs-node";
import { Pool } from "pg";
import { Counter, Histogram } from "prom-client";

const MODEL_URL = "https://models.acme.dev/lead-scoring/v7/model.json";
const model = await tf.loadLayersModel(MODEL_URL); // expect: load pinned

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const scored = new Counter({
  name: "lead_scores_total",
  help: "Scored leads by bucket",
  labelNames: ["bucket", "model_version"],
});
const failed = new Counter({ name: "lead_score_failures_total", help: "Scoring failures" });
const duration = new Histogram({ name: "lead_score_seconds", help: "Model forward duration" });

async function processJob(job: Job<{ leadId: number }>) {
  const { rows } = await db.query(
    "SELECT visits_30d, emails_opened, company_size, days_since_signup FROM lead_features WHERE lead_id = $1",
    [job.data.leadId],
  );
  const x = tf.tensor2d([Object.values(rows[0]) as number[]]);
  const stopTimer = duration.startTimer();
  try {
    const y = model.predict(x) as tf.Tensor; // expect: infer missing=inputs,prediction-id
    const score = (await y.data())[0];
    const bucket = score > 0.7 ? "hot" : score > 0.3 ? "warm" : "cold";
    scored.inc({ bucket, model_version: "v7" });
    await db.query("UPDATE leads SET score = $1, bucket = $2 WHERE id = $3", [score, bucket, job.data.leadId]);
    y.dispose();
    return { score, bucket };
  } catch (err) {
    failed.inc();
    throw err;
  } finally {
    stopTimer();
    x.dispose();
  }
}

const worker = new Worker("lead-scoring", processJob, {
  connection: { host: process.env.REDIS_HOST ?? "redis", port: 6379 },
  autorun: false,
  concurrency: 4,
});
worker.on("failed", (job, err) => console.error(`job ${job?.id} failed: ${err.message}`));

await worker.run();
