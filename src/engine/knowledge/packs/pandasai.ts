import type { KnowledgePack } from '../types';

/**
 * PandasAI: a dataframe (or several, in an `Agent`) that answers questions by asking an LLM to write and run code over it.
 * `chat(question)` is the LLM call; the LLM is the configured one (`config={"llm": …}`, `pai.config.set`), so the call
 * does not name it.
 */
const pack: KnowledgePack = {
  id: 'pandasai',
  name: 'PandasAI',
  languages: ['python'],
  description: 'PandasAI `SmartDataframe(df, config={"llm": llm})`, `SmartDatalake`, `Agent(dfs)`, and the 3.x `pai.DataFrame` / `pai.read_csv`: '
    + '`chat(question)` (and the older `ask`) sends the question to the configured LLM.',
  tables: {
    mlModules: ['pandasai'],
    producers: ['pandasai.SmartDataframe', 'pandasai.SmartDatalake', 'pandasai.Agent', 'pandasai.agent.Agent', 'pandasai.DataFrame', 'pandasai.read_csv',
      'pandasai.read_excel', 'pandasai.load', 'pandasai.smart_dataframe.SmartDataframe', 'pandasai.smart_datalake.SmartDatalake']
      .map(match => ({ match, type: 'client.pandasai' })),
    inference: ['chat', 'ask', 'follow_up'].map(m => ({ match: `client.pandasai#${m}`, kind: 'llm' as const, inputArgs: [0, 'query'] })),
  },
};
export default pack;
