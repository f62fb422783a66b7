// A Next.js-style route calling ONNX and OpenAI models from TypeScript.
import * as ort from 'onnxruntime-node';
import OpenAI from 'openai';

const session = await ort.InferenceSession.create('./models/ranker.onnx');
const openai = new OpenAI();

export async function POST(req: Request) {
  const { features, question } = await req.json();
  const out = await session.run({ x: new ort.Tensor('float32', features, [1, features.length]) });
  const answer = await openai.responses.create({ model: 'gpt-4o-mini', input: question });
  return Response.json({ score: out.y.data[0], text: answer.output_text });
}
