// corpus: Express (CommonJS) + TensorFlow.js node: tf.loadLayersModel from a file:// URL, model.predict; winston logger whose defaultMeta carries model_version; batch route swallows errors
const express = require("express");
const tf = require("@tensorflow/tfjs-node");
const winston = require("winston");

const MODEL_URL = "file:///srv/models/house-price/v3/model.json";

const logger = winston.createLogger({
  level: "info",
  format: winston.format.json(),
  defaultMeta: { service: "house-price", model_version: "v3" },
  transports: [new winston.transports.Console()],
});

let model;

async function init() {
  model = await tf.loadLayersModel(MODEL_URL); // expect: load pinned
}

const app = express();
app.use(express.json());

app.post("/price", async (req, res) => {
  const { sqft, bedrooms, bathrooms, yearBuilt } = req.body;
  const input = tf.tensor2d([[sqft, bedrooms, bathrooms, yearBuilt]]);
  const start = Date.now();
  const output = model.predict(input); // expect: infer missing=prediction-id,errors
  const [price] = await output.data();
  logger.info("price prediction", { sqft, bedrooms, bathrooms, yearBuilt, price, durationMs: Date.now() - start });
  tf.dispose([input, output]);
  res.json({ price });
});

app.post("/price/batch", async (req, res) => {
  try {
    const rows = req.body.rows;
    const prices = tf.tidy(() => model.predict(tf.tensor2d(rows)).dataSync()); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    res.json({ prices: Array.from(prices) });
  } catch (e) {
    res.status(400).json({ error: "bad input" });
  }
});

init().then(() => app.listen(3001));
