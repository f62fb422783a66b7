import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'perspective-api',
  name: 'Perspective API (toxicity)',
  languages: ['typescript', 'python'],
  description: 'Jigsaw\'s Perspective toxicity models through Google\'s discovery clients: JS `google.discoverAPI(DISCOVERY_URL)` then '
    + '`client.comments.analyze({ key, resource })`, Python `discovery.build("commentanalyzer", "v1alpha1", …).comments().analyze(body=…).execute()`. '
    + 'The REST route `commentanalyzer.googleapis.com/…/comments:analyze` is in the HTTP pack.',
  tables: {
    mlModules: [],
    producers: [
      // Python's discovery client: `discovery.build("commentanalyzer", …).comments()` is the resource whose `analyze` runs the models
      { match: 'googleapiclient.discovery.build', type: 'client.google-discovery' },
      { match: 'client.google-discovery#comments', type: 'client.perspective-comments' },
    ],
    // (the client is built from a discovery document at run time: the method's name and its `resource` are what say it)
    inference: [{ match: '?#comments.analyze', inputArgs: ['resource', 0], needsInput: true }, { match: 'client.perspective-comments#analyze', inputArgs: ['body'] }],
  },
};
export default pack;
