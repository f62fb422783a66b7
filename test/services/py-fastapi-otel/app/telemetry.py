import logging
import os

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider

logger = logging.getLogger("scoring")

resource = Resource.create({
    "service.name": "scoring",
    "service.version": os.environ.get("GIT_SHA", "dev"),
    "deployment.environment.name": os.environ.get("ENV", "local"),
})
provider = TracerProvider(resource=resource)
