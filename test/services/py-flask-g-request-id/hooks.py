import uuid

from flask import g, request


def install_request_id(app):
    """Gives every request an id on `g` (the caller's X-Request-ID, else a new one) and sends it back."""

    @app.before_request
    def assign():
        g.rid = request.headers.get("X-Request-ID") or str(uuid.uuid4())

    @app.after_request
    def echo(response):
        response.headers["X-Request-ID"] = g.rid
        return response
