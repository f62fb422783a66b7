import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'django',
  name: 'Django',
  languages: ['python'],
  description: 'Django projects keep models where every view can reach them: `django.conf.settings` is the project\'s `settings` module '
    + '(`IMAGE_MODEL = VGG16(weights="imagenet")` there, `settings.IMAGE_MODEL.predict(x)` in a view), when the project is scanned '
    + 'as a whole. The WSGI/ASGI application is a service\'s entry point.',
  tables: {
    projectAliases: [{ match: 'django.conf.settings', module: 'settings' }],
    // the project's WSGI/ASGI application (`wsgi.py`, `asgi.py`): a service's entry point
    serviceEntries: [{ match: 'django.core.wsgi.get_wsgi_application', kind: 'Django WSGI application' }, { match: 'django.core.asgi.get_asgi_application', kind: 'Django ASGI application' }],
  },
};
export default pack;
