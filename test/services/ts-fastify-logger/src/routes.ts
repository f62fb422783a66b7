import type { FastifyInstance } from 'fastify';
import * as ort from 'onnxruntime-node';

const session = await ort.InferenceSession.create('./ranker.onnx');

export async function routes(app: FastifyInstance) {
  app.post('/rank', async (request) => {
    const out = await session.run({ x: new ort.Tensor('float32', request.body.x, [1, 8]) }); // expect: infer missing=model-version,latency,errors
    request.log.info({ x: request.body.x, score: out.score.data[0] }, 'ranked');
    return { score: out.score.data[0] };
  });

  app.post('/rank-batch', async (request) => {
    const out = await session.run({ x: new ort.Tensor('float32', request.body.rows.flat(), [request.body.rows.length, 8]) }); // expect: infer missing=model-version,prediction-id,latency,errors
    app.log.info({ rows: request.body.rows, scores: Array.from(out.score.data) }, 'ranked');
    return { scores: Array.from(out.score.data) };
  });
}
