// corpus: AWS Lambda handler (ESM) running an onnxruntime-node model shipped in the deployment package; session created at cold start; console JSON logs keyed by context.awsRequestId
import * as ort from "onnxruntime-node";

const MODEL_FILE = "./model/anomaly-iforest-2024-10.onnx";
const sessionPromise = ort.InferenceSession.create(MODEL_FILE); // expect: load pinned

export const handler = async (event, context) => {
  const session = await sessionPromise;
  let readings;
  try {
    readings = JSON.parse(event.body ?? "{}").readings;
  } catch {
    return { statusCode: 400, body: JSON.stringify({ error: "body must be JSON" }) };
  }
  if (!Array.isArray(readings) || readings.length === 0) {
    return { statusCode: 400, body: JSON.stringify({ error: "readings must be a non-empty array" }) };
  }
  const tensor = new ort.Tensor("float32", Float32Array.from(readings.flat()), [readings.length, readings[0].length]);
  const t0 = Date.now();
  let result;
  try {
    result = await session.run({ float_input: tensor }); // expect: infer missing=inputs
  } catch (err) {
    console.error(JSON.stringify({ level: "error", requestId: context.awsRequestId, message: err.message }));
    return { statusCode: 500, body: JSON.stringify({ error: "inference failed" }) };
  }
  const labels = Array.from(result.label.data, Number);
  console.log(
    JSON.stringify({
      requestId: context.awsRequestId,
      model_file: MODEL_FILE,
      anomalies: labels.filter((l) => l === -1).length,
      duration_ms: Date.now() - t0,
    }),
  );
  return { statusCode: 200, body: JSON.stringify({ labels }) };
};
