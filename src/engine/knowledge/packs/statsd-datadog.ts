import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'statsd-datadog',
  name: 'StatsD and Datadog',
  languages: ['python', 'typescript'],
  description: 'StatsD/DogStatsD clients (statsd, datadog, hot-shots, node-statsd) as sinks and timers, and Datadog APM (ddtrace, dd-trace): span tags are sinks, traced regions cover latency and errors; `patch_all()` / `dd-trace.init()` record an exception that escapes a request handler (errors, at request level).',
  tables: {
    // APM's web-framework integrations: a span per request, with the error of an exception that escapes the handler
    instrumentors: ['ddtrace.patch_all', 'ddtrace.patch', 'dd-trace.init'].map(match => ({ match, name: `Datadog APM (${match.replace('-', '')})`, libraries: [], covers: ['errors' as const], requestLevel: true as const })),
    producers: [
      { match: 'datadog.statsd', on: 'value', type: 'statsd.client' },
      { match: 'ddtrace.tracer', on: 'value', type: 'dd.tracer' },
      { match: 'dd.tracer#current_span', type: 'dd.span' },
      { match: 'dd.tracer#trace', type: 'dd.span' },
      { match: 'statsd.StatsClient', type: 'statsd.client' },
      { match: 'datadog.dogstatsd.DogStatsd', type: 'statsd.client' },
      { match: 'datadog.DogStatsd', type: 'statsd.client' },
      { match: 'dd-trace', on: 'value', type: 'dd.tracer' }, // `import tracer from 'dd-trace'`, `require('dd-trace').init()`
      { match: 'dd.tracer#init', passThrough: 'receiver' },
      { match: 'dd.tracer#scope', type: 'dd.scope' }, { match: 'dd.scope#active', type: 'dd.span' },
      { match: 'dd.tracer#dogstatsd', on: 'access', type: 'statsd.client' },
      { match: 'hot-shots', type: 'statsd.client' }, { match: 'hot-shots.StatsD', type: 'statsd.client' },
      { match: 'node-statsd', type: 'statsd.client' }, { match: 'node-statsd.StatsD', type: 'statsd.client' }, { match: 'statsd-client', type: 'statsd.client' },
      { match: 'statsd.client#timer', type: 'statsd.timer' },
    ],
    sinks: [
      { match: 'dd.span#set_tag', keyArg: 0 }, { match: 'dd.span#set_tags' }, { match: 'dd.span#set_metric', keyArg: 0 }, { match: 'dd.span#set_exc_info' },
      { match: 'dd.span#setTag', keyArg: 0 }, { match: 'dd.span#addTags' },
      ...['increment', 'decrement', 'gauge', 'histogram', 'distribution', 'timing', 'set', 'incr', 'decr'].map(m => ({ match: `statsd.client#${m}` })),
      { match: 'statsd.timer#stop', role: 'timer-stop' },
    ],
    regions: [
      { match: 'dd.tracer#trace', covers: ['latency', 'errors'] },
      { match: 'dd.tracer#wrap', covers: ['latency', 'errors'] },
      { match: 'statsd.client#timer', covers: ['latency'] },
      { match: 'statsd.client#timed', covers: ['latency'] },
    ],
    callbacks: [{ match: 'dd.tracer#trace', params: ['dd.span'] }],
  },
};
export default pack;
