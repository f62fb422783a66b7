import type { KnowledgePack } from '../types';

/**
 * Model functions called from SQL: Snowflake Cortex (`SNOWFLAKE.CORTEX.COMPLETE('claude-3-5-sonnet', …)`, `AI_COMPLETE`), BigQuery ML
 * (`ML.PREDICT`, `ML.GENERATE_TEXT`, `AI.GENERATE`), Databricks (`ai_query(…)`), PostgresML (`pgml.predict`, `pgml.transform`), Oracle
 * `DBMS_VECTOR_CHAIN.UTL_TO_GENERATE_TEXT`.
 */
// (JS regexes take no inline flags: the spellings SQL is written in, upper and lower case)
const SQL_MODEL_FUNCTIONS = [
  '(SNOWFLAKE|snowflake)\\.(CORTEX|cortex)\\.', '\\b(AI|ai)_(COMPLETE|CLASSIFY|EXTRACT|SENTIMENT|TRANSLATE|EMBED|complete|classify|extract|sentiment|translate|embed)\\s*\\(',
  '\\b(ML|ml)\\.(PREDICT|GENERATE_TEXT|GENERATE_EMBEDDING|FORECAST|DETECT_ANOMALIES|EXPLAIN_PREDICT|predict|generate_text|generate_embedding|forecast)\\b',
  '\\bAI\\.(GENERATE|GENERATE_TABLE|GENERATE_BOOL|FORECAST)\\s*\\(', '\\bai_query\\s*\\(', '\\bpgml\\.(predict|transform|embed|generate)\\s*\\(', 'UTL_TO_GENERATE_TEXT',
].join('|');

const pack: KnowledgePack = {
  id: 'sql-models',
  name: 'Models called from SQL (Snowflake Cortex, BigQuery ML, Databricks ai_query, PostgresML)',
  languages: ['python', 'typescript'],
  description: 'A query whose SQL calls a model function — Snowflake Cortex `SNOWFLAKE.CORTEX.COMPLETE(…)` / `AI_COMPLETE`, BigQuery ML `ML.PREDICT` / '
    + '`ML.GENERATE_TEXT` / `AI.GENERATE`, Databricks `ai_query(…)`, PostgresML `pgml.predict` — sent by any client (`session.sql(q)`, '
    + '`conn.query(q)`, `cursor.execute(q)`, `client.query(q)`), as a literal, a constant or a template of them. Ordinary SQL is not a prediction. '
    + 'Snowflake\'s Python functions (`snowflake.cortex.Complete`, `complete`, `Sentiment`, `ExtractAnswer`, `Translate`, `Summarize`) too.',
  tables: {
    mlModules: ['snowflake.cortex'],
    inference: [
      ...['query', 'sql', 'execute', 'query_and_wait', 'run_query', 'execute_string', 'raw'].map(m => ({ match: `?#${m}`, kind: 'llm' as const, arg0Pattern: `(${SQL_MODEL_FUNCTIONS})`, inputArgs: [0] })),
      ...['Complete', 'complete', 'ExtractAnswer', 'extract_answer', 'Sentiment', 'sentiment', 'Translate', 'translate', 'Summarize', 'summarize', 'ClassifyText',
        'classify_text', 'EmbedText768', 'embed_text_768', 'EmbedText1024', 'embed_text_1024']
        .map(f => ({ match: `snowflake.cortex.${f}`, kind: 'llm' as const, inputArgs: ['prompt', 'text', 'from_text', 0, 1] })),
    ],
  },
};
export default pack;
