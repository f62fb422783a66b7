import type { KnowledgePack } from '../types';
import { llm } from './helpers';

const pack: KnowledgePack = {
  id: 'writer',
  name: 'Writer (Palmyra)',
  languages: ['python', 'typescript'],
  description: 'Writer\'s Palmyra models: Python `Writer()` / `AsyncWriter()` (`writerai`) and JS `new Writer()` (`writer-sdk`): `chat.chat(…)`, '
    + '`completions.create(model="palmyra-x-003-instruct", …)`, `applications.generate_content`, `graphs.question`.',
  tables: {
    mlModules: ['writerai', 'writer-sdk'],
    producers: ['writerai.Writer', 'writerai.AsyncWriter', 'writer-sdk', 'writer-sdk.default', 'writer-sdk.Writer'].map(match => ({ match, type: 'client.writer' })),
    inference: ['chat.chat', 'completions.create', 'applications.generate_content', 'applications.generateContent', 'graphs.question', 'tools.parse_pdf']
      .map(m => llm(`client.writer#${m}`)),
  },
};
export default pack;
