import type { KnowledgePack } from '../types';

const OTEL = '@opentelemetry/api';

const pack: KnowledgePack = {
  id: 'opentelemetry',
  name: 'OpenTelemetry',
  languages: ['python', 'typescript'],
  description: 'OpenTelemetry tracing and metrics in Python and JS: spans (as `with`, decorator or `startActiveSpan` callback) cover latency and errors; span attributes, events, exceptions and instruments are sinks; the current span\'s context is a propagated id. A `Resource` (or `NodeSDK({ resource })`) is the service\'s deployment context; web-framework instrumentors (FastAPI, Flask, Django, Express, Node auto-instrumentations) record an exception that escapes a request handler (errors, at request level).',
  tables: {
    producers: [
      { match: 'opentelemetry.trace.get_tracer', type: 'otel.tracer' },
      { match: 'opentelemetry.trace.get_current_span', type: 'otel.span' },
      { match: 'opentelemetry.metrics.get_meter', type: 'otel.meter' },
      { match: `${OTEL}.trace.getTracer`, type: 'otel.tracer' },
      { match: `${OTEL}.trace.getActiveSpan`, type: 'otel.span' },
      { match: `${OTEL}.trace.getSpan`, type: 'otel.span' },
      { match: `${OTEL}.metrics.getMeter`, type: 'otel.meter' },
      { match: `${OTEL}.Span`, type: 'otel.span' }, { match: `${OTEL}.Tracer`, type: 'otel.tracer' },
      { match: 'otel.tracer#start_as_current_span', type: 'otel.span' },
      { match: 'otel.tracer#start_span', type: 'otel.span' },
      { match: 'otel.tracer#startSpan', type: 'otel.span' },
      { match: 'otel.meter#create_*', type: 'otel.instrument' },
      { match: 'otel.meter#create*', type: 'otel.instrument' },
    ],
    sinks: [
      { match: 'otel.span#set_attribute', keyArg: 0 }, { match: 'otel.span#set_attributes' }, { match: 'otel.span#add_event' },
      { match: 'otel.span#record_exception' }, { match: 'otel.span#set_status' },
      { match: 'otel.span#setAttribute', keyArg: 0 }, { match: 'otel.span#setAttributes' }, { match: 'otel.span#addEvent' },
      { match: 'otel.span#recordException' }, { match: 'otel.span#setStatus' },
      { match: 'otel.instrument#record' }, { match: 'otel.instrument#add' },
    ],
    regions: [
      { match: 'otel.tracer#start_as_current_span', covers: ['latency', 'errors'] },
      { match: 'otel.tracer#startActiveSpan', covers: ['latency', 'errors'] },
    ],
    // callbacks that receive a span: `tracer.startActiveSpan('x', async (span) => …)`
    callbacks: [{ match: 'otel.tracer#startActiveSpan', params: ['otel.span'] }],
    // web-framework instrumentation: a span per request, which records an exception that escapes the handler
    instrumentors: [
      ...['fastapi.FastAPIInstrumentor', 'flask.FlaskInstrumentor', 'django.DjangoInstrumentor', 'starlette.StarletteInstrumentor'].flatMap(i => [
        { match: `opentelemetry.instrumentation.${i}`, name: `OpenTelemetry ${i.split('.')[1]}`, libraries: [], covers: ['errors' as const], requestLevel: true as const },
        { match: `opentelemetry.instrumentation.${i}.instrument_app`, name: `OpenTelemetry ${i.split('.')[1]}`, libraries: [], covers: ['errors' as const], requestLevel: true as const },
      ]),
      ...['@opentelemetry/auto-instrumentations-node.getNodeAutoInstrumentations', '@opentelemetry/instrumentation-express.ExpressInstrumentation',
        '@opentelemetry/instrumentation-http.HttpInstrumentation', '@opentelemetry/instrumentation-fastify.FastifyInstrumentation']
        .map(match => ({ match, name: `OpenTelemetry ${match.split('.').pop()}`, libraries: [], covers: ['errors' as const], requestLevel: true as const })),
    ],
    // the service's resource: its name, version and environment on every span, metric and log
    serviceEvidence: [
      { match: 'opentelemetry.sdk.resources.Resource.create', facet: 'deployment-context' },
      { match: 'opentelemetry.sdk.resources.Resource', facet: 'deployment-context' },
      { match: '@opentelemetry/resources.resourceFromAttributes', facet: 'deployment-context' },
      { match: '@opentelemetry/resources.Resource', facet: 'deployment-context' },
      { match: '@opentelemetry/sdk-node.NodeSDK', facet: 'deployment-context', withArg: ['resource', 'serviceName'] },
    ],
    idSources: [
      { match: 'opentelemetry.trace.get_current_span', propagated: true },
      { match: 'otel.span#get_span_context', propagated: true },
      { match: `${OTEL}.trace.getActiveSpan`, propagated: true }, { match: 'otel.span#spanContext', propagated: true },
    ],
  },
};
export default pack;
