import type { KnowledgePack } from '../types';

/** Spark NLP annotator models whose `pretrained(name, lang)` downloads a published model (and `load(path)` reads a saved one). */
const ANNOTATOR_MODELS = ['*Model', '*Embeddings', 'BertEmbeddings', 'NerDLModel', 'SentimentDLModel', 'ClassifierDLModel', 'ContextSpellCheckerModel',
  'LemmatizerModel', 'PerceptronModel', 'SentenceDetectorDLModel', 'UniversalSentenceEncoder', '*ForTokenClassification', '*ForSequenceClassification',
  '*ForQuestionAnswering', 'T5Transformer', 'MarianTransformer'];

const pack: KnowledgePack = {
  id: 'spark-nlp',
  name: 'Spark NLP (John Snow Labs)',
  languages: ['python'],
  description: '`PretrainedPipeline("recognize_entities_dl", "en")` downloads a published pipeline (by name: it moves), annotator models load by '
    + '`X.pretrained(name, lang)` (published) or `X.load(path)` (saved); `pipeline.annotate(text)` / `fullAnnotate`, and a `LightPipeline(model)`\'s '
    + '`annotate`, run them on a request. Fitting a `Pipeline(stages=…)` of pretrained stages only assembles them.',
  tables: {
    mlModules: ['sparknlp'],
    producers: [
      { match: 'sparknlp.pretrained.PretrainedPipeline', type: 'model.sparknlp', load: { pin: 'library', modelArg: [0, 'name'] } },
      // (at any depth: `from sparknlp.annotator import *` among other star imports leaves the class's module to the last one)
      ...['sparknlp.**'].flatMap(m => ANNOTATOR_MODELS.flatMap(c => [
        { match: `${m}.${c}.pretrained`, type: 'model.sparknlp', load: { pin: 'library' as const, defaultWeights: true, modelArg: [0, 'name'] } },
        { match: `${m}.${c}.load`, type: 'model.sparknlp', load: { pin: 'local' as const, modelArg: [0, 'path'] } },
      ])),
      // a light pipeline runs the fitted pipeline it is given, on plain strings
      ...['sparknlp.base.LightPipeline', 'sparknlp.LightPipeline'].map(match => ({ match, type: 'model.sparknlp' })),
    ],
    inference: ['annotate', 'fullAnnotate', 'fullAnnotateImage'].map(m => ({ match: `model.sparknlp#${m}`, inputArgs: [0, 'target'] })),
  },
};
export default pack;
