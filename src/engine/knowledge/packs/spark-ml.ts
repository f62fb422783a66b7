import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'spark-ml',
  name: 'Spark MLlib',
  languages: ['python'],
  description: 'PySpark ML: `PipelineModel.load(path)` and the fitted `*Model.load(path)` classes load a model; `transform(df)` scores a DataFrame with it.',
  tables: {
    mlModules: ['pyspark.ml'],
    producers: [
      { match: 'pyspark.ml.PipelineModel.load', type: 'model.spark', load: { pin: 'local' } },
      { match: 'pyspark.ml.**Model.load', type: 'model.spark', load: { pin: 'local' } },
    ],
    inference: [{ match: 'model.spark#transform', inputArgs: [0] }],
  },
};
export default pack;
