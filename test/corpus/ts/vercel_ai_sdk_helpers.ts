// corpus: Vercel AI SDK (generateText, streamText, generateObject, embed) used from a Next.js route handler and helper functions; console logging; no experimental_telemetry
import { embed, generateObject, generateText, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { anthropic } from "@ai-sdk/anthropic";
import { z } from "zod";

export async function POST(req: Request) {
  const { prompt } = await req.json();
  const result = streamText({ // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
    model: anthropic("claude-3-5-sonnet-latest"),
    prompt,
  });
  return result.toDataStreamResponse();
}

const TicketSchema = z.object({
  category: z.enum(["billing", "bug", "other"]),
  urgent: z.boolean(),
});

export async function classifyTicket(ticket: string) {
  const requestId = crypto.randomUUID();
  const started = Date.now();
  try {
    const { object } = await generateObject({ // expect: infer missing=inputs llm-model=pinned
      model: openai("gpt-4o-2024-08-06"),
      schema: TicketSchema,
      prompt: `Classify this support ticket:\n${ticket}`,
    });
    console.info(
      JSON.stringify({
        requestId,
        model_version: "gpt-4o-2024-08-06",
        category: object.category,
        urgent: object.urgent,
        latency_ms: Date.now() - started,
      }),
    );
    return object;
  } catch (err) {
    console.error(`[${requestId}] ticket classification failed`, err);
    throw err;
  }
}

export async function draftAnswer(question: string, context: string) {
  const { text, usage } = await generateText({ // expect: infer missing=model-version,prediction-id,latency,errors llm-model=unpinned
    model: openai("gpt-4o-mini"),
    system: "Answer using only the provided context.",
    prompt: `Context:\n${context}\n\nQuestion: ${question}`,
  });
  console.log("draftAnswer", { question, answerPreview: text.slice(0, 120), totalTokens: usage.totalTokens });
  return text;
}

export async function embedQuery(query: string): Promise<number[]> {
  const { embedding } = await embed({ model: openai.embedding("text-embedding-3-small"), value: query }); // expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
  return embedding;
}
