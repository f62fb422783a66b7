// Datadog's tracer reads DD_ENV / DD_VERSION from the Kubernetes manifest: the deployment context.
// expect-service: ts-fastify-k8s deployment-context=covered@deploy/deployment.yaml:19
// expect-service: ts-fastify-k8s outcome=missing
// expect-service: ts-fastify-k8s upstream-provenance=not-required
// expect-service: ts-fastify-k8s segment-context=not-required
require('dd-trace').init();
const Fastify = require('fastify');
const ort = require('onnxruntime-node');

const app = Fastify({ logger: true }); // expect-service: ts-fastify-k8s entry
let session;

app.post('/classify', async (request) => {
  session ??= await ort.InferenceSession.create('./model.onnx');
  const input = new ort.Tensor('float32', Float32Array.from(request.body.pixels), [1, 3, 224, 224]);
  const out = await session.run({ input });
  request.log.info({ scores: out.logits.data }, 'classified');
  return { scores: Array.from(out.logits.data) };
});

app.listen({ port: 8080 });
