# expect-service: py-django-sentry deployment-context=covered@mysite/settings.py:8
# expect-service: py-django-sentry outcome=waived
# expect-service: py-django-sentry upstream-provenance=not-required
# expect-service: py-django-sentry segment-context=not-required
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
application = get_wsgi_application()  # expect-service: py-django-sentry entry
