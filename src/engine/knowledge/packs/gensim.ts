import type { KnowledgePack } from '../types';

/**
 * gensim: trained vectors and topic models loaded from files (`KeyedVectors.load_word2vec_format(path)`, `Word2Vec.load(path)`,
 * `LdaModel.load(path)`, `gensim.downloader.load(name)`); their similarity and inference methods run them. A model built from
 * sentences in the code (`Word2Vec(sentences)`) is being trained, not served: it is not typed.
 */
const LOADERS = ['load', 'load_word2vec_format', 'load_facebook_model', 'load_facebook_vectors'];
const METHODS = ['most_similar', 'most_similar_cosmul', 'similar_by_word', 'similar_by_vector', 'similarity', 'n_similarity', 'doesnt_match',
  'get_vector', 'get_mean_vector', 'infer_vector', 'wmdistance', 'distance', 'distances', 'get_document_topics', 'get_sentence_vector', 'predict_output_word'];

const pack: KnowledgePack = {
  id: 'gensim',
  name: 'gensim',
  languages: ['python'],
  description: '`KeyedVectors.load_word2vec_format(path)`, `Word2Vec.load(path)`, `Doc2Vec.load`, `LdaModel.load`, `load_facebook_model` and '
    + '`gensim.downloader.load(name)` (a dataset name: mutable) load vectors or a model; `most_similar`, `similarity`, `infer_vector`, '
    + '`get_document_topics` and the other query methods run it (also through `model.wv`).',
  tables: {
    mlModules: ['gensim'],
    producers: [
      ...LOADERS.flatMap(l => [`gensim.models.*.${l}`, `gensim.models.*.*.${l}`, `gensim.models.${l}`, `gensim.models.fasttext.${l}`]
        .map(match => ({ match, type: 'model.gensim', load: { pin: 'local' as const, modelArg: [0, 'fname'] } }))),
      { match: 'gensim.downloader.load', type: 'model.gensim', load: { pin: 'name' as const, modelArg: [0, 'name'] } },
      { match: 'model.gensim#wv', on: 'access', type: 'model.gensim' },
    ],
    inference: METHODS.map(m => ({ match: `model.gensim#${m}`, inputArgs: [0, 'positive', 'doc_words', 'bow'] })),
  },
};
export default pack;
