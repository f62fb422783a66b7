import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const FUNCTIONS = ['generateText', 'streamText', 'generateObject', 'streamObject', 'generateStructure', 'streamStructure', 'embed', 'embedMany',
  'generateImage', 'generateSpeech', 'streamSpeech', 'generateTranscription', 'classify', 'generateToolCall', 'generateToolCalls', 'useTool', 'useTools'];

const pack: KnowledgePack = {
  id: 'modelfusion',
  name: 'ModelFusion',
  languages: ['typescript'],
  description: 'ModelFusion (the predecessor of parts of the Vercel AI SDK, with the same function names from its own module): `generateText({ model: '
    + 'openai.ChatTextGenerator({ model: "gpt-3.5-turbo" }), prompt })`, `streamText`, `generateObject`, `embed`, `generateImage`, `generateSpeech`, '
    + '`generateTranscription`, tool calls.',
  tables: {
    mlModules: ['modelfusion'],
    inference: FUNCTIONS.map(f => llm(`modelfusion.${f}`, [0, 'prompt', 'value', 'values'])),
  },
};
export default pack;
