import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sparkai',
  name: 'iFlytek Spark (spark_ai_python)',
  languages: ['python'],
  description: 'iFlytek\'s Spark models through `spark_ai_python`: `ChatSparkLLM(spark_api_url=…, spark_llm_domain=…)` is a LangChain-style chat model '
    + '(`generate([messages])`, `invoke`, `stream`).',
  tables: {
    mlModules: ['sparkai'],
    producers: ['sparkai.llm.llm.ChatSparkLLM', 'sparkai.llm.ChatSparkLLM'].map(match => ({ match, type: 'client.langchain' })),
  },
};
export default pack;
