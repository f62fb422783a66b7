import { Langfuse } from 'langfuse';

const langfuse = new Langfuse();

export async function POST(req: Request) {
  const { traceId, value } = await req.json();
  langfuse.score({ traceId, name: 'user-feedback', value });
  return new Response(null, { status: 204 });
}
