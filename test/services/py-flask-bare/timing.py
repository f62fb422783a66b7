import logging
import time

from flask import g

log = logging.getLogger("timing")


def install_timer(app):
    @app.before_request
    def start():
        g.start = time.perf_counter()

    @app.after_request
    def stop(response):
        log.info("request done", extra={"duration_ms": (time.perf_counter() - g.start) * 1000})
        return response
