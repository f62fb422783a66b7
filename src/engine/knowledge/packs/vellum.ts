import type { KnowledgePack } from '../types';

// Vellum runs a team's prompts and workflows as deployments: each execute call runs the deployment's model(s).
// The model is chosen in Vellum, not in the code: the deployment's name (and `releaseTag`) is what the call pins.
const JS_METHODS = ['executeWorkflow', 'executeWorkflowStream', 'executePrompt', 'executePromptStream', 'generate', 'generateStream'];
const PY_METHODS = ['execute_workflow', 'execute_workflow_stream', 'execute_prompt', 'execute_prompt_stream', 'generate', 'generate_stream'];

const pack: KnowledgePack = {
  id: 'vellum',
  name: 'Vellum',
  languages: ['python', 'typescript'],
  description: 'Vellum\'s SDKs: JS `new VellumClient()` / the default export of `vellum-ai` (`executeWorkflow`, `executeWorkflowStream`, `executePrompt`, `executePromptStream`, `generate`) and Python `Vellum()` / `AsyncVellum()` (`execute_workflow`, `execute_prompt`, their `_stream` forms, `generate`): each runs a deployment\'s prompt or workflow.',
  tables: {
    mlModules: ['vellum', 'vellum-ai'],
    producers: [
      { match: 'vellum-ai', type: 'client.vellum' }, { match: 'vellum-ai.VellumClient', type: 'client.vellum' }, { match: 'vellum-ai.Vellum', type: 'client.vellum' },
      { match: 'vellum.Vellum', type: 'client.vellum' }, { match: 'vellum.AsyncVellum', type: 'client.vellum' }, { match: 'vellum.client.Vellum', type: 'client.vellum' },
    ],
    inference: [
      ...JS_METHODS.map(m => ({ match: `client.vellum#${m}`, kind: 'llm' as const, modelArg: ['workflowDeploymentName', 'promptDeploymentName', 'deploymentName', 'releaseTag'], inputArgs: ['inputs', 'chatHistory'] })),
      ...PY_METHODS.map(m => ({ match: `client.vellum#${m}`, kind: 'llm' as const, modelArg: ['workflow_deployment_name', 'prompt_deployment_name', 'deployment_name', 'release_tag'], inputArgs: ['inputs', 'requests'] })),
    ],
  },
};
export default pack;
