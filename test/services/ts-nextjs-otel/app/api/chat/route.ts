import Anthropic from '@anthropic-ai/sdk';
import { Langfuse } from 'langfuse';

const anthropic = new Anthropic();
const langfuse = new Langfuse();

export async function POST(req: Request) { // expect-service: ts-nextjs-otel entry
  const { prompt } = await req.json();
  const trace = langfuse.trace({ name: 'chat', input: prompt });
  const msg = await anthropic.messages.create({ model: 'claude-3-5-sonnet-20241022', max_tokens: 512, messages: [{ role: 'user', content: prompt }] });
  trace.update({ output: msg.content });
  return Response.json({ text: msg.content, traceId: trace.id });
}
