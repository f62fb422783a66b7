// corpus: transformers.js (@huggingface/transformers) pipelines in Express: pinned by a revision variable, pinned by a literal sha, and one with no revision; pipeline objects are called; console logging
import express from "express";
import { pipeline } from "@huggingface/transformers";

const SENTIMENT_REVISION = "714eb0fa89d2f80546fda750413ed43d93601a13";

const classifier = await pipeline("sentiment-analysis", "Xenova/distilbert-base-uncased-finetuned-sst-2-english", { revision: SENTIMENT_REVISION, dtype: "q8" }); // expect: load pinned
const captioner = await pipeline("image-to-text", "Xenova/vit-gpt2-image-captioning"); // expect: load unpinned
const ner = await pipeline("token-classification", "Xenova/bert-base-NER", { revision: "c3a1b2d4e5f60718293a4b5c6d7e8f9012345678" }); // expect: load pinned

const app = express();
app.use(express.json({ limit: "2mb" }));

app.post("/sentiment", async (req, res) => {
  const { text } = req.body;
  const started = performance.now();
  try {
    const [result] = await classifier(text); // expect: infer missing=model-version,prediction-id
    console.log(
      `sentiment text=${JSON.stringify(text)} label=${result.label} score=${result.score.toFixed(3)} ms=${(performance.now() - started).toFixed(1)}`,
    );
    res.json(result);
  } catch (err) {
    console.error("sentiment failed", err);
    res.status(500).json({ error: "sentiment failed" });
  }
});

app.post("/caption", async (req, res) => {
  const output = await captioner(req.body.imageUrl, { max_new_tokens: 30 }); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
  res.json({ caption: output[0].generated_text });
});

app.post("/entities", async (req, res) => {
  const t0 = Date.now();
  const entities = await ner(req.body.text, { ignore_labels: ["O"] }); // expect: infer missing=inputs,model-version,prediction-id,errors
  console.info("ner", { entities: entities.map((e) => e.entity), took_ms: Date.now() - t0 });
  res.json(entities);
});

app.listen(3002, () => console.log("nlp service on :3002"));
