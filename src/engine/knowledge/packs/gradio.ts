import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'gradio',
  name: 'Gradio apps',
  languages: ['python'],
  description: 'A Gradio app (`gr.Interface(fn=…)`, `gr.ChatInterface`, `gr.Blocks()`) is a service\'s entry point: the demo or tool that serves the model. (Calling a Gradio app from code is the Gradio client pack.)',
  tables: {
    serviceEntries: [
      { match: 'gradio.Interface', kind: 'Gradio interface' }, { match: 'gradio.ChatInterface', kind: 'Gradio chat interface' },
      { match: 'gradio.Blocks', kind: 'Gradio Blocks app' }, { match: 'gradio.TabbedInterface', kind: 'Gradio interface' },
    ],
  },
};
export default pack;
