import logging
import time
import uuid

from starlette.middleware.base import BaseHTTPMiddleware

log = logging.getLogger("access")


class RequestContext(BaseHTTPMiddleware):
    """Gives every request an id (the caller's, else a new one), sends it back, and logs how long the request took."""

    async def dispatch(self, request, call_next):
        request.state.correlation = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.correlation
        log.info("request", extra={"path": request.url.path, "duration_ms": (time.perf_counter() - started) * 1000})
        return response
