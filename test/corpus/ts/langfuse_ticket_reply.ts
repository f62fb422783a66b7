// corpus: OpenAI client wrapped with Langfuse observeOpenAI; the call is ALSO instrumented explicitly (pino + prom-client) so the verdict does not depend on how the wrapper is treated
import OpenAI from "openai";
import { observeOpenAI } from "langfuse";
import pino from "pino";
import { Counter, Histogram } from "prom-client";
import { randomUUID } from "node:crypto";

const REPLY_MODEL = "gpt-4o-2024-11-20";

const openai = observeOpenAI(new OpenAI(), { generationName: "ticket-reply" });
const log = pino({ name: "ticket-replies" });
const llmLatency = new Histogram({ name: "ticket_reply_llm_seconds", help: "LLM latency" });
const llmErrors = new Counter({ name: "ticket_reply_llm_errors_total", help: "LLM failures", labelNames: ["model"] });

export interface Ticket {
  id: string;
  subject: string;
  body: string;
}

export async function replyToTicket(ticket: Ticket): Promise<string> {
  const requestId = randomUUID();
  const end = llmLatency.startTimer();
  try {
    const completion = await openai.chat.completions.create({ // expect: infer missing=none llm-model=pinned
      model: "gpt-4o-2024-11-20",
      messages: [
        { role: "system", content: "You are a polite support agent. Answer in under 120 words." },
        { role: "user", content: `Subject: ${ticket.subject}\n\n${ticket.body}` },
      ],
    });
    const reply = completion.choices[0].message.content ?? "";
    log.info(
      { requestId, ticketBody: ticket.body, reply, "gen_ai.request.model": REPLY_MODEL },
      "ticket reply generated",
    );
    return reply;
  } catch (err) {
    llmErrors.inc({ model: REPLY_MODEL });
    log.error({ requestId, err }, "ticket reply failed");
    throw err;
  } finally {
    end();
    await openai.flushAsync();
  }
}
