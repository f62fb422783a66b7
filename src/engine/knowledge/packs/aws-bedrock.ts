import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  languages: ['typescript'],
  description: 'Bedrock runtime clients: every command `BedrockRuntimeClient#send` sends (InvokeModel, Converse, …) invokes a model.',
  tables: {
    mlModules: ['@aws-sdk/client-bedrock-runtime'],
    producers: [{ match: '@aws-sdk/client-bedrock-runtime.BedrockRuntimeClient', type: 'client.bedrock' }],
    inference: [{ match: 'client.bedrock#send' }],
  },
};
export default pack;
