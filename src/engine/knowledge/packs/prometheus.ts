import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'prometheus',
  name: 'Prometheus (prometheus_client, prom-client)',
  languages: ['python', 'typescript'],
  description: 'Prometheus metrics: observing, incrementing or labelling a metric records; `Histogram.time()` and `startTimer()` time the call.',
  tables: {
    producers: [
      ...['Counter', 'Gauge', 'Histogram', 'Summary', 'Info', 'Enum'].map(c => ({ match: `prometheus_client.${c}`, type: 'prom.metric' })),
      ...['Counter', 'Gauge', 'Histogram', 'Summary'].map(c => ({ match: `prom-client.${c}`, type: 'prom.metric' })),
      { match: 'prom.metric#labels', passThrough: 'receiver' },
      { match: 'prom.metric#startTimer', type: 'timer.stop' },
    ],
    sinks: [
      // prom-client records the labels given to startTimer when the timer ends (Python passes them to labels())
      { match: 'prom.metric#startTimer' },
      { match: 'prom.metric#inc' }, { match: 'prom.metric#dec' }, { match: 'prom.metric#set' }, { match: 'prom.metric#observe' },
      { match: 'prom.metric#info' }, { match: 'prom.metric#state' }, { match: 'prom.metric#labels' },
      { match: 'timer.stop#', role: 'timer-stop' },
    ],
    regions: [
      { match: 'prom.metric#time', covers: ['latency'] },
      { match: 'prom.metric#count_exceptions', covers: ['errors'] },
    ],
  },
};
export default pack;
