import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'inngest',
  name: 'Inngest AI steps',
  languages: ['typescript'],
  description: 'Inngest functions call models as steps: `step.ai.wrap(id, generateText, options)` runs a known model call (here the AI SDK\'s) '
    + 'with those options, `step.ai.infer(id, { model: openai({ model }), body })` offloads a provider request. `step` is the handler\'s parameter.',
  tables: {
    mlModules: ['inngest'],
    deferredCalls: [{ match: '?#ai.wrap', callable: 1, argsFrom: [2] }],
    inference: [{ match: '?#ai.infer', kind: 'llm' as const, modelArg: ['model'], inputArgs: ['body'], languages: ['typescript' as const, 'javascript' as const] }],
  },
};
export default pack;
