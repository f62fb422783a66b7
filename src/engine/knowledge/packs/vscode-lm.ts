import type { KnowledgePack } from '../types';

/** The VS Code Language Model API: an extension picks a chat model the editor provides (Copilot's) and sends it messages. */
const pack: KnowledgePack = {
  id: 'vscode-lm',
  name: 'VS Code Language Model API',
  languages: ['typescript'],
  description: '`const [model] = await vscode.lm.selectChatModels({ vendor, family })`; `model.sendRequest(messages, options, token)` runs the chosen model '
    + '(the editor decides its version). `vscode.lm.invokeTool` runs a tool, not a model.',
  tables: {
    mlModules: [],
    // it resolves to a list of models: the one picked (`const [model] = …`, `models[0]`) is typed by the element rules
    producers: [{ match: 'vscode.lm.selectChatModels', type: 'model.vscode-lm' }],
    inference: [{ match: 'model.vscode-lm#sendRequest', inputArgs: [0] }],
  },
};
export default pack;
