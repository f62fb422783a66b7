// corpus: TypeScript client calling model servers over HTTP: fetch() to a literal KServe v1 ":predict" URL (inside startActiveSpan) and axios.post to a literal Triton v2 "/infer" URL (prom-client histogram.observe of a timing pair); fetch to a pricing REST API is NOT inference
import axios from "axios";
import { randomUUID } from "node:crypto";
import { trace } from "@opentelemetry/api";
import { Histogram } from "prom-client";

const tracer = trace.getTracer("pricing-client");
const tritonLatency = new Histogram({
  name: "triton_call_seconds",
  help: "Triton HTTP call duration",
  labelNames: ["model", "version"],
});

export async function predictPrice(features: number[]): Promise<number> {
  const requestId = randomUUID();
  return tracer.startActiveSpan("kserve.predict", async (span) => {
    try {
      span.setAttribute("requestId", requestId);
      span.setAttribute("model_version", "price-regressor-v2");
      const res = await fetch("http://price-regressor.models.svc.cluster.local/v1/models/price-regressor:predict", { // expect: infer missing=inputs,outputs
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": requestId },
        body: JSON.stringify({ instances: [features] }),
      });
      if (!res.ok) throw new Error(`kserve returned ${res.status}`);
      const body = (await res.json()) as { predictions: number[] };
      return body.predictions[0];
    } catch (err) {
      span.recordException(err as Error);
      throw err;
    } finally {
      span.end();
    }
  });
}

export async function classifyImage(pixels: number[], shape: number[]): Promise<number[]> {
  const t0 = performance.now();
  const { data } = await axios.post("http://triton.internal:8000/v2/models/resnet50/versions/3/infer", { // expect: infer missing=inputs,outputs,prediction-id,errors
    inputs: [{ name: "input__0", shape, datatype: "FP32", data: pixels }],
  });
  tritonLatency.observe({ model: "resnet50", version: "3" }, (performance.now() - t0) / 1000);
  return data.outputs[0].data;
}

export async function publishPrice(sku: string, price: number): Promise<void> {
  const res = await fetch("https://pricing-api.internal.example.com/api/v1/prices", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sku, price }),
  });
  if (!res.ok) throw new Error(`pricing api returned ${res.status}`);
}
