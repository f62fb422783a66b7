// corpus: background indexer: OpenAI embeddings.create (model from env) then vectors written to Neo4j; session.run(cypher), .map/.filter/.find are NOT inference; pino + prom-client counter
import OpenAI from "openai";
import neo4j from "neo4j-driver";
import pino from "pino";
import { Counter } from "prom-client";

const EMBEDDING_MODEL = process.env.EMBEDDING_MODEL ?? "text-embedding-3-small";

const openai = new OpenAI();
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD!));
const log = pino().child({ worker: "indexer" });
const embedFailures = new Counter({
  name: "indexer_embed_failures_total",
  help: "Embedding batches that failed",
  labelNames: ["model"],
});

type Doc = { id: string; text: string };

export async function indexDocuments(docs: Doc[]): Promise<void> {
  const session = driver.session();
  try {
    const batch = docs.filter((d) => d.text.trim().length > 0);
    let vectors: number[][];
    try {
      const resp = await openai.embeddings.create({ model: EMBEDDING_MODEL, input: batch.map((d) => d.text) }); // expect: infer missing=inputs,outputs,prediction-id,latency llm-model=unknown
      vectors = resp.data.map((d) => d.embedding);
    } catch (err) {
      embedFailures.inc({ model: EMBEDDING_MODEL });
      log.error({ err }, "embedding batch failed");
      throw err;
    }
    log.info({ model: EMBEDDING_MODEL }, "batch embedded");
    for (let i = 0; i < batch.length; i++) {
      await session.run("MERGE (d:Document {id: $id}) SET d.embedding = $embedding", {
        id: batch[i].id,
        embedding: vectors[i],
      });
    }
    const pinned = batch.find((d) => d.id === "pinned-doc");
    if (pinned) {
      await session.run("MATCH (d:Document {id: $id}) SET d.pinned = true", { id: pinned.id });
    }
  } finally {
    await session.close();
  }
}

export async function similarDocuments(query: string, k = 5): Promise<string[]> {
  const resp = await openai.embeddings.create({ model: EMBEDDING_MODEL, input: query }); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unknown
  const session = driver.session();
  try {
    const result = await session.run(
      "CALL db.index.vector.queryNodes('doc_embeddings', $k, $vec) YIELD node RETURN node.id AS id",
      { k: neo4j.int(k), vec: resp.data[0].embedding },
    );
    return result.records.map((r) => r.get("id") as string);
  } finally {
    await session.close();
  }
}
