# A vendored copy of a detection library: its own crash reporting, with the library's release, not the service's
# deployment context (files under third_party/ or vendor/ are not the service's evidence).
import sentry_sdk


def report_crashes():
    sentry_sdk.init(dsn="https://key@o0.ingest.sentry.io/1", release="detector-8.1.0", environment="library")
