// corpus: Next.js App Router route handler (app/api/chat/route.ts, export async function POST) calling OpenAI chat.completions with a pinned snapshot inside tracer.startActiveSpan
import OpenAI from "openai";
import { NextResponse } from "next/server";
import { trace, SpanStatusCode } from "@opentelemetry/api";

export const runtime = "nodejs";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const tracer = trace.getTracer("support-bot");

export async function POST(req: Request) {
  const { messages } = await req.json();
  const requestId = crypto.randomUUID();
  return tracer.startActiveSpan("chat.completions", async (span) => {
    try {
      span.setAttribute("gen_ai.request.model", "gpt-4o-2024-08-06");
      span.setAttribute("request_id", requestId);
      const completion = await openai.chat.completions.create({ // expect: infer missing=inputs llm-model=pinned
        model: "gpt-4o-2024-08-06",
        messages,
        temperature: 0.3,
      });
      const reply = completion.choices[0].message;
      span.setAttribute("gen_ai.response.finish_reasons", [completion.choices[0].finish_reason]);
      span.setAttribute("gen_ai.usage.output_tokens", completion.usage?.completion_tokens ?? 0);
      return NextResponse.json({ reply, requestId });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      return NextResponse.json({ error: "upstream error" }, { status: 502 });
    } finally {
      span.end();
    }
  });
}
