import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'django',
  name: 'Django',
  languages: ['python'],
  description: 'Django projects keep models where every view can reach them: `django.conf.settings` is the project\'s `settings` module '
    + '(`IMAGE_MODEL = VGG16(weights="imagenet")` there, `settings.IMAGE_MODEL.predict(x)` in a view), when the project is scanned '
    + 'as a whole.',
  tables: {
    projectAliases: [{ match: 'django.conf.settings', module: 'settings' }],
  },
};
export default pack;
