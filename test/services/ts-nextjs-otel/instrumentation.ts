// Next.js loads this file at start-up: the OpenTelemetry SDK with the service's resource.
// expect-service: ts-nextjs-otel deployment-context=covered@instrumentation.ts:10
// expect-service: ts-nextjs-otel outcome=covered@app/api/feedback/route.ts:7
// expect-service: ts-nextjs-otel upstream-provenance=not-required
// expect-service: ts-nextjs-otel segment-context=not-required
import { NodeSDK } from '@opentelemetry/sdk-node';
import { resourceFromAttributes } from '@opentelemetry/resources';

export function register() {
  const sdk = new NodeSDK({ resource: resourceFromAttributes({ 'service.name': 'chat', 'service.version': process.env.VERCEL_GIT_COMMIT_SHA }) });
  sdk.start();
}
