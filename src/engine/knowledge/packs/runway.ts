import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'runway',
  name: 'Runway',
  languages: ['typescript', 'python'],
  description: 'Runway\'s video and image models: JS `new RunwayML({ apiKey })` (`@runwayml/sdk`) and Python `RunwayML()` (`runwayml`): '
    + '`imageToVideo.create({ model: "gen4_turbo", … })`, `textToImage.create`, `videoToVideo.create`, `textToVideo.create` (Python snake_case); '
    + '`tasks.retrieve` only reads a result.',
  tables: {
    mlModules: ['@runwayml/sdk', 'runwayml'],
    producers: ['@runwayml/sdk', '@runwayml/sdk.default', '@runwayml/sdk.RunwayML', 'runwayml.RunwayML', 'runwayml.AsyncRunwayML'].map(match => ({ match, type: 'client.runway' })),
    inference: ['imageToVideo.create', 'textToImage.create', 'videoToVideo.create', 'textToVideo.create', 'characterPerformance.create', 'image_to_video.create',
      'text_to_image.create', 'video_to_video.create', 'text_to_video.create'].map(m => ({ match: `client.runway#${m}`, inputArgs: [0] })),
  },
};
export default pack;
