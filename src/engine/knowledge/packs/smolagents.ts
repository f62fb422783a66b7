import type { KnowledgePack } from '../types';

/** smolagents: agents run a model (`model=InferenceClientModel()`) over steps; the model classes can be called directly too. */
const MODELS = ['InferenceClientModel', 'HfApiModel', 'LiteLLMModel', 'OpenAIServerModel', 'AzureOpenAIServerModel', 'TransformersModel', 'MLXModel', 'VLLMModel', 'AmazonBedrockServerModel'];

const pack: KnowledgePack = {
  id: 'smolagents',
  name: 'smolagents',
  languages: ['python'],
  description: 'smolagents agents (`CodeAgent`, `ToolCallingAgent`, `MultiStepAgent`): `run` calls their model; a model class (`InferenceClientModel`, `LiteLLMModel`, …) '
    + 'called directly or by `generate` is a model call too.',
  tables: {
    mlModules: ['smolagents'],
    producers: [
      ...['CodeAgent', 'ToolCallingAgent', 'MultiStepAgent'].map(c => ({ match: `smolagents.${c}`, type: 'client.smolagents-agent' })),
      ...MODELS.map(c => ({ match: `smolagents.${c}`, type: 'client.smolagents-model' })),
    ],
    inference: [
      { match: 'client.smolagents-agent#run', kind: 'llm', inputArgs: [0, 'task'] },
      { match: 'client.smolagents-model#', kind: 'llm', inputArgs: [0, 'messages'] },
      { match: 'client.smolagents-model#generate', kind: 'llm', inputArgs: [0, 'messages'] },
      { match: 'client.smolagents-model#generate_stream', kind: 'llm', inputArgs: [0, 'messages'] },
    ],
  },
};
export default pack;
