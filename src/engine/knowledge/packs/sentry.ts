import type { KnowledgePack } from '../types';

const SENTRY = '@sentry/*'; // any SDK flavour: @sentry/node, @sentry/nextjs, …

const pack: KnowledgePack = {
  id: 'sentry',
  name: 'Sentry',
  languages: ['python', 'typescript'],
  description: 'Sentry SDKs: captured exceptions and messages, tags, contexts and breadcrumbs are sinks; spans and transactions time the call; `init` with a release or environment is the service\'s deployment context; its web-framework integrations record an exception that escapes a request handler (errors, at request level).',
  tables: {
    sinks: [
      { match: 'sentry_sdk.capture_exception' }, { match: 'sentry_sdk.capture_message' }, { match: 'sentry_sdk.set_tag', keyArg: 0 },
      { match: 'sentry_sdk.set_context', keyArg: 0 }, { match: 'sentry_sdk.set_extra', keyArg: 0 }, { match: 'sentry_sdk.add_breadcrumb' },
      ...['captureException', 'captureMessage', 'captureEvent', 'setTags', 'setExtras', 'addBreadcrumb', 'setUser'].map(m => ({ match: `${SENTRY}.${m}` })),
      ...['setTag', 'setContext', 'setExtra'].map(m => ({ match: `${SENTRY}.${m}`, keyArg: 0 })),
    ],
    // with its web-framework integrations (on by default in Python; Next.js; Express's error handler), an exception
    // that escapes a request handler is captured: the prediction's failure is recorded, at request level
    instrumentors: [
      { match: 'sentry_sdk.init', name: 'Sentry (sentry_sdk.init)', libraries: [], covers: ['errors'], requestLevel: true },
      { match: '@sentry/nextjs.init', name: 'Sentry for Next.js', libraries: [], covers: ['errors'], requestLevel: true },
      { match: `${SENTRY}.setupExpressErrorHandler`, name: 'Sentry\'s Express error handler', libraries: [], covers: ['errors'], requestLevel: true },
    ],
    // `init(release=…, environment=…)`: every event carries the deployment it came from
    serviceEvidence: [
      { match: 'sentry_sdk.init', facet: 'deployment-context', withArg: ['release', 'environment'] },
      { match: `${SENTRY}.init`, facet: 'deployment-context', withArg: ['release', 'environment'] },
    ],
    regions: [
      { match: 'sentry_sdk.start_span', covers: ['latency'] },
      { match: 'sentry_sdk.start_transaction', covers: ['latency'] },
      { match: 'sentry_sdk.trace', covers: ['latency'] },
      // callback regions: `startSpan({ name }, async (span) => { … })`
      { match: `${SENTRY}.startSpan`, covers: ['latency'] }, { match: `${SENTRY}.startSpanManual`, covers: ['latency'] },
    ],
    callbacks: [{ match: `${SENTRY}.startSpan`, params: ['otel.span'] }, { match: `${SENTRY}.startSpanManual`, params: ['otel.span'] }],
  },
};
export default pack;
