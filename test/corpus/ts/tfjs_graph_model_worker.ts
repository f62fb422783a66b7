// corpus: worker_threads worker running TensorFlow.js graph models loaded over HTTP (one unversioned URL, one with a /v5/ segment) with executeAsync / execute; console.log JSON lines
import * as tf from "@tensorflow/tfjs-node";
import { parentPort } from "node:worker_threads";

const DETECTOR_URL = "https://storage.googleapis.com/acme-models/ssd-mobilenet/model.json";
const EMBEDDER_URL = "https://models.acme.dev/mobilenet_v3/feature_vector/v5/model.json";

const detector = await tf.loadGraphModel(DETECTOR_URL); // expect: load unpinned
const embedder = await tf.loadGraphModel(EMBEDDER_URL); // expect: load pinned

type DetectMsg = { kind: "detect"; requestId: string; pixels: number[]; width: number; height: number };
type EmbedMsg = { kind: "embed"; pixels: number[] };

async function handleDetect(msg: DetectMsg) {
  const img = tf.tensor3d(msg.pixels, [msg.height, msg.width, 3], "int32").expandDims(0);
  const t0 = performance.now();
  const [boxes, scores] = (await detector.executeAsync(img)) as tf.Tensor[]; // expect: infer missing=errors
  const scoreArr = (await scores.data()) as Float32Array;
  const topScore = scoreArr.length ? Math.max(...scoreArr) : 0;
  console.log(
    JSON.stringify({
      requestId: msg.requestId,
      width: msg.width,
      height: msg.height,
      topScore,
      ms: performance.now() - t0,
      model: DETECTOR_URL,
    }),
  );
  const result = { boxes: await boxes.array(), scores: Array.from(scoreArr) };
  tf.dispose([img, boxes, scores]);
  return result;
}

function handleEmbed(msg: EmbedMsg) {
  return tf.tidy(() => {
    const img = tf.tensor3d(msg.pixels, [224, 224, 3]).div(255).expandDims(0);
    const emb = embedder.execute(img) as tf.Tensor; // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return Array.from(emb.dataSync());
  });
}

parentPort!.on("message", async (msg: DetectMsg | EmbedMsg) => {
  const result = msg.kind === "detect" ? await handleDetect(msg) : handleEmbed(msg);
  parentPort!.postMessage(result);
});
