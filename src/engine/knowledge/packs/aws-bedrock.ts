import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  languages: ['python', 'typescript'],
  description: 'Bedrock runtime clients: boto3 `bedrock-runtime` (`invoke_model`, `invoke_model_with_response_stream`, `converse`, `converse_stream`) and the JS SDK (the aggregated `BedrockRuntime#invokeModel`/`converse` too), where every command `BedrockRuntimeClient#send` sends (InvokeModel, Converse, …) invokes a model; agents (`invoke_agent`, `retrieve_and_generate`, `BedrockAgentRuntimeClient#send`); and `x.send(new InvokeModelCommand(…))` on a client the engine cannot type (re-exported by a project module).',
  tables: {
    mlModules: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime'],
    producers: [
      // `aws.session` (a boto3 Session) comes from the sagemaker pack
      ...['boto3.client', 'aws.session#client'].map(match => ({ match, arg0: 'bedrock-runtime', arg0Name: 'service_name', type: 'client.bedrock' })),
      ...['boto3.client', 'aws.session#client'].map(match => ({ match, arg0: 'bedrock-agent-runtime', arg0Name: 'service_name', type: 'client.bedrock-agent' })),
      { match: '@aws-sdk/client-bedrock-runtime.BedrockRuntimeClient', type: 'client.bedrock' },
      { match: '@aws-sdk/client-bedrock-agent-runtime.BedrockAgentRuntimeClient', type: 'client.bedrock-agent' },
      // the JS SDK's aggregated clients, with one method per command (`new BedrockRuntime({ region }).invokeModel({ modelId, body })`)
      { match: '@aws-sdk/client-bedrock-runtime.BedrockRuntime', type: 'client.bedrock-js' },
      { match: '@aws-sdk/client-bedrock-agent-runtime.BedrockAgentRuntime', type: 'client.bedrock-agent-js' },
    ],
    inference: [
      { match: 'client.bedrock#invoke_model', kind: 'llm', modelArg: ['modelId'], inputArgs: ['body'] },
      { match: 'client.bedrock#invoke_model_with_response_stream', kind: 'llm', modelArg: ['modelId'], inputArgs: ['body'] },
      { match: 'client.bedrock#converse', kind: 'llm', modelArg: ['modelId'], inputArgs: ['messages', 'system'] },
      { match: 'client.bedrock#converse_stream', kind: 'llm', modelArg: ['modelId'], inputArgs: ['messages', 'system'] },
      // asynchronous jobs (Nova Reel video): the job runs the model on the input it is given
      { match: 'client.bedrock#start_async_invoke', kind: 'llm', modelArg: ['modelId'], inputArgs: ['modelInput'] },
      { match: 'client.bedrock#send' },
      // agents and knowledge bases answer with a model: InvokeAgent, RetrieveAndGenerate (a bare Retrieve only searches)
      { match: 'client.bedrock-agent#invoke_agent', inputArgs: ['inputText'] },
      { match: 'client.bedrock-agent#retrieve_and_generate', inputArgs: ['input'] },
      { match: 'client.bedrock-agent#send', inputArgs: [0] },
      ...['invokeModel', 'invokeModelWithResponseStream', 'converse', 'converseStream', 'startAsyncInvoke']
        .map(m => ({ match: `client.bedrock-js#${m}`, kind: 'llm' as const, modelArg: ['modelId'], inputArgs: ['body', 'messages', 'modelInput', 0] })),
      ...['invokeAgent', 'retrieveAndGenerate'].map(m => ({ match: `client.bedrock-agent-js#${m}`, inputArgs: [0] })),
      // the client and the command classes re-exported by a project module: the command's name says what is sent
      { match: '?#send', arg0Constructor: '^(InvokeModel|InvokeModelWithResponseStream|Converse|ConverseStream|InvokeAgent|RetrieveAndGenerate)Command$', languages: ['typescript', 'javascript'] },
    ],
  },
};
export default pack;
