// corpus: @xenova/transformers feature-extraction pipeline created lazily by a singleton (revision "main" is a branch, so unpinned); OpenTelemetry startActiveSpan with recordException in the catch
import { pipeline, env, type FeatureExtractionPipeline } from "@xenova/transformers";
import { trace, SpanStatusCode } from "@opentelemetry/api";

env.allowRemoteModels = true;
env.cacheDir = "/var/cache/transformers";

const tracer = trace.getTracer("embeddings");
const MODEL_ID = "Xenova/all-MiniLM-L6-v2";

class Embedder {
  private static instance: Promise<FeatureExtractionPipeline> | null = null;

  static get(): Promise<FeatureExtractionPipeline> {
    if (!this.instance) {
      this.instance = pipeline("feature-extraction", MODEL_ID, { revision: "main", quantized: true }) as Promise<FeatureExtractionPipeline>; // expect: load unpinned
    }
    return this.instance;
  }
}

export async function embed(texts: string[], requestId: string): Promise<number[][]> {
  const extractor = await Embedder.get();
  return tracer.startActiveSpan("embed", async (span) => {
    span.setAttribute("requestId", requestId);
    span.setAttribute("gen_ai.request.model", MODEL_ID);
    try {
      const output = await extractor(texts, { pooling: "mean", normalize: true }); // expect: infer missing=inputs,outputs
      return output.tolist() as number[][];
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}
