# A FastAPI service whose middleware (app/middleware.py) gives each request an id and times it: /eta records the
# request's id with the prediction (at request level) and times the model call itself; /eta-quick records neither, and
# the middleware's request timer does not count as the model call's latency.
# expect-service: py-fastapi-request-middleware deployment-context=missing
# expect-service: py-fastapi-request-middleware outcome=missing
# expect-service: py-fastapi-request-middleware upstream-provenance=not-required
# expect-service: py-fastapi-request-middleware segment-context=not-required
import logging
import time

import joblib
from fastapi import FastAPI, Request

from app.middleware import RequestContext

app = FastAPI()  # expect-service: py-fastapi-request-middleware entry
app.add_middleware(RequestContext)
log = logging.getLogger("eta")
model = joblib.load("eta.joblib")


@app.post("/eta")
async def eta(request: Request):
    body = await request.json()
    t0 = time.perf_counter()
    minutes = float(model.predict([body["features"]])[0])  # expect: infer missing=model-version,errors
    log.info("eta", extra={"ref": request.state.correlation, "features": body["features"], "minutes": minutes, "model_ms": (time.perf_counter() - t0) * 1000})
    return {"minutes": minutes}


@app.post("/eta-quick")
async def eta_quick(request: Request):
    body = await request.json()
    minutes = float(model.predict([body["features"]])[0])  # expect: infer missing=model-version,prediction-id,latency,errors
    log.info("eta", extra={"features": body["features"], "minutes": minutes})
    return {"minutes": minutes}
