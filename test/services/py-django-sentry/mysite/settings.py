import os

import sentry_sdk

DEBUG = False
INSTALLED_APPS = ["scoring"]

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    release=os.environ.get("GIT_SHA"),
    environment=os.environ.get("DEPLOY_ENV", "production"),
)
