# A FastAPI service without a model: no service facets are asked of it (no service, no MLO006).
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


@app.post("/feedback")
def feedback(prediction_id: str, outcome: str):
    log.info("feedback", extra={"prediction_id": prediction_id, "outcome": outcome})
    return {"ok": True}
