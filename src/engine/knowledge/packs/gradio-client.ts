import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'gradio-client',
  name: 'Gradio client (Hugging Face Spaces)',
  languages: ['python'],
  description: '`gradio_client.Client("owner/space")` calls a model served by a Gradio app or Space: `predict` and `submit` are inference.',
  tables: {
    mlModules: ['gradio_client'],
    producers: [{ match: 'gradio_client.Client', type: 'client.gradio' }],
    inference: [{ match: 'client.gradio#predict' }, { match: 'client.gradio#submit' }],
  },
};
export default pack;
