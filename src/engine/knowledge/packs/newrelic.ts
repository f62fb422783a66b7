import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'newrelic',
  name: 'New Relic',
  languages: ['python', 'typescript'],
  description: 'New Relic agents: ML and custom events, custom attributes and metrics, noticed errors are sinks; function traces and segments time the call.',
  tables: {
    sinks: [
      { match: 'newrelic.agent.record_ml_event' }, { match: 'newrelic.agent.record_custom_event' },
      { match: 'newrelic.agent.add_custom_attribute', keyArg: 0 }, { match: 'newrelic.agent.add_custom_attributes' },
      { match: 'newrelic.agent.record_custom_metric', keyArg: 0 }, { match: 'newrelic.agent.notice_error' },
      ...['recordCustomEvent', 'addCustomAttributes', 'addCustomSpanAttributes', 'noticeError', 'incrementMetric'].map(m => ({ match: `newrelic.${m}` })),
      ...['addCustomAttribute', 'addCustomSpanAttribute', 'recordMetric'].map(m => ({ match: `newrelic.${m}`, keyArg: 0 })),
    ],
    regions: [
      { match: 'newrelic.agent.function_trace', covers: ['latency'] },
      { match: 'newrelic.startSegment', covers: ['latency'] }, { match: 'newrelic.startWebTransaction', covers: ['latency'] },
      { match: 'newrelic.startBackgroundTransaction', covers: ['latency'] },
    ],
  },
};
export default pack;
