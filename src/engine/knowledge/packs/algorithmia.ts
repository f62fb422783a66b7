import type { KnowledgePack } from '../types';

/** Algorithmia's hosted algorithms (many of them models) are run by `pipe`; its data API (`client.file`, `dir`) moves files. */
const pack: KnowledgePack = {
  id: 'algorithmia',
  name: 'Algorithmia',
  languages: ['python', 'typescript'],
  description: 'Hosted algorithms called through an Algorithmia client: `Algorithmia.client(key).algo("owner/name/version").pipe(input)` (JS: `Algorithmia.client(key).algo(…).pipe(input)`).',
  tables: {
    mlModules: ['Algorithmia', 'algorithmia'],
    producers: [
      { match: 'Algorithmia.client', type: 'client.algorithmia' },
      { match: 'algorithmia.client', type: 'client.algorithmia' },
      { match: 'Algorithmia.client.Client', type: 'client.algorithmia' },
      { match: 'client.algorithmia#algo', type: 'client.algorithmia-algo' },
      // `.set_options(timeout=…)` returns the algorithm
      { match: 'client.algorithmia-algo#set_options', passThrough: 'receiver' },
    ],
    inference: [
      { match: 'client.algorithmia-algo#pipe', inputArgs: [0] },
      { match: 'client.algorithmia-algo#pipe_async', inputArgs: [0] },
    ],
  },
};
export default pack;
