import type { KnowledgePack } from '../types';
import { LLM_CALLS, LLM_FACETS } from './helpers';

const pack: KnowledgePack = {
  id: 'openlit',
  name: 'OpenLIT and Logfire auto-instrumentation',
  languages: ['python'],
  description: '`openlit.init()` instruments every LLM SDK it supports; Logfire\'s `logfire.instrument_openai()` / `instrument_anthropic()` their SDK: each call becomes a span with the model, the messages and the response, the duration and the error, by default.',
  tables: {
    instrumentors: [
      { match: 'openlit.init', name: 'OpenLIT (openlit.init)', libraries: ['*'], covers: LLM_FACETS },
      { match: 'logfire.instrument_openai', name: 'Logfire (instrument_openai)', libraries: LLM_CALLS.openai, covers: LLM_FACETS },
      { match: 'logfire.instrument_anthropic', name: 'Logfire (instrument_anthropic)', libraries: LLM_CALLS.anthropic, covers: LLM_FACETS },
    ],
  },
};
export default pack;
