import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'gradio-client',
  name: 'Gradio client (Hugging Face Spaces)',
  languages: ['python', 'typescript'],
  description: '`gradio_client.Client("owner/space")` calls a model served by a Gradio app or Space: `predict` and `submit` are inference. JS: `await Client.connect("owner/space")` (or the older `client(…)`) of `@gradio/client`, then `predict` / `submit`.',
  tables: {
    mlModules: ['gradio_client', '@gradio/client'],
    producers: [
      { match: 'gradio_client.Client', type: 'client.gradio' },
      { match: '@gradio/client.Client.connect', type: 'client.gradio' },
      { match: '@gradio/client.Client.duplicate', type: 'client.gradio' },
      { match: '@gradio/client.client', type: 'client.gradio' },
      { match: '@gradio/client.default', type: 'client.gradio' },
    ],
    inference: [{ match: 'client.gradio#predict' }, { match: 'client.gradio#submit' }],
  },
};
export default pack;
