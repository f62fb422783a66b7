import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'sightengine',
  name: 'Sightengine (image and video moderation)',
  languages: ['typescript', 'python'],
  description: 'Sightengine\'s moderation models: JS `require("sightengine")(user, secret)` and Python `SightengineClient(user, secret)`: '
    + '`client.check(["nudity", "wad"])` picks the models and `set_url(url)` / `set_file(path)` / `set_bytes(data)` / `video(url)` / `video_sync(url)` '
    + 'send the media to them. `feedback(…)` reports a label back and runs none.',
  tables: {
    mlModules: ['sightengine'],
    producers: [
      { match: 'sightengine', type: 'client.sightengine' }, { match: 'sightengine.client.SightengineClient', type: 'client.sightengine' },
      { match: 'client.sightengine#check', type: 'client.sightengine-check' },
    ],
    inference: ['set_url', 'set_file', 'set_bytes', 'video', 'video_sync'].map(m => ({ match: `client.sightengine-check#${m}`, inputArgs: [0] })),
  },
};
export default pack;
