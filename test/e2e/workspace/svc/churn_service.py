"""Churn scoring API: a scikit-learn pipeline served with FastAPI."""
import logging
import time
import uuid

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

logger = logging.getLogger("churn")
MODEL_PATH = "artifacts/churn-2024-06-01.joblib"
model = joblib.load(MODEL_PATH)
app = FastAPI()


class Customer(BaseModel):
    tenure_months: int
    monthly_charges: float
    support_calls: int


def features(c: Customer) -> list[float]:
    return [c.tenure_months, c.monthly_charges, c.support_calls]


@app.post("/churn")
def churn(customer: Customer):
    request_id = str(uuid.uuid4())
    start = time.perf_counter()
    try:
        proba = model.predict_proba([features(customer)])[0, 1]
    except Exception:
        logger.exception("churn scoring failed", extra={"request_id": request_id})
        raise
    logger.info("churn scored", extra={
        "request_id": request_id, "model_uri": MODEL_PATH, "features": customer.model_dump(),
        "score": float(proba), "latency_ms": (time.perf_counter() - start) * 1000,
    })
    return {"churn_probability": float(proba), "request_id": request_id}


@app.post("/churn/label")
def churn_label(customer: Customer):
    label = model.predict([features(customer)])[0]
    return {"will_churn": bool(label)}


@app.post("/churn/safe")
def churn_safe(customer: Customer):
    try:
        return {"churn_probability": float(model.predict_proba([features(customer)])[0, 1])}
    except Exception:
        return {"churn_probability": 0.0}
