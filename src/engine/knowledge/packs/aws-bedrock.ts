import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  languages: ['python', 'typescript'],
  description: 'Bedrock runtime clients: boto3 `bedrock-runtime` (`invoke_model`, `invoke_model_with_response_stream`, `converse`, `converse_stream`) and the JS SDK, where every command `BedrockRuntimeClient#send` sends (InvokeModel, Converse, …) invokes a model.',
  tables: {
    mlModules: ['@aws-sdk/client-bedrock-runtime'],
    producers: [
      // `aws.session` (a boto3 Session) comes from the sagemaker pack
      ...['boto3.client', 'aws.session#client'].map(match => ({ match, arg0: 'bedrock-runtime', arg0Name: 'service_name', type: 'client.bedrock' })),
      { match: '@aws-sdk/client-bedrock-runtime.BedrockRuntimeClient', type: 'client.bedrock' },
    ],
    inference: [
      { match: 'client.bedrock#invoke_model', kind: 'llm', modelArg: ['modelId'], inputArgs: ['body'] },
      { match: 'client.bedrock#invoke_model_with_response_stream', kind: 'llm', modelArg: ['modelId'], inputArgs: ['body'] },
      { match: 'client.bedrock#converse', kind: 'llm', modelArg: ['modelId'], inputArgs: ['messages', 'system'] },
      { match: 'client.bedrock#converse_stream', kind: 'llm', modelArg: ['modelId'], inputArgs: ['messages', 'system'] },
      { match: 'client.bedrock#send' },
    ],
  },
};
export default pack;
