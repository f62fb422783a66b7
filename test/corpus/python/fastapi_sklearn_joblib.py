# corpus: FastAPI + scikit-learn loaded with joblib; stdlib logging with extra={}; /predict fully instrumented, /predict_proba logs only the output
import logging
import time
import uuid

import joblib
import numpy as np
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("churn-api")

MODEL_PATH = "/models/churn/2024-06-01/model.joblib"
MODEL_VERSION = "2024-06-01"

app = FastAPI(title="churn-api")
model = joblib.load(MODEL_PATH)  # expect: load pinned


class Features(BaseModel):
    tenure_months: float
    monthly_charges: float
    total_charges: float
    contract_type: int


def to_matrix(f: Features) -> np.ndarray:
    return np.array([[f.tenure_months, f.monthly_charges, f.total_charges, f.contract_type]])


@app.get("/healthz")
def healthz():
    return {"status": "ok", "model_version": MODEL_VERSION}


@app.post("/predict")
def predict(features: Features, x_request_id: str | None = Header(default=None)):
    request_id = x_request_id or str(uuid.uuid4())
    X = to_matrix(features)
    t0 = time.perf_counter()
    try:
        pred = model.predict(X)  # expect: infer missing=none
    except Exception:
        logger.exception(
            "prediction failed",
            extra={"request_id": request_id, "model_version": MODEL_VERSION},
        )
        raise HTTPException(status_code=500, detail="prediction failed")
    latency_ms = (time.perf_counter() - t0) * 1000
    label = int(pred[0])
    logger.info(
        "prediction",
        extra={
            "request_id": request_id,
            "model_version": MODEL_VERSION,
            "features": features.dict(),
            "label": label,
            "latency_ms": latency_ms,
        },
    )
    return {"label": label, "request_id": request_id}


@app.post("/predict_proba")
def predict_proba(features: Features):
    X = to_matrix(features)
    proba = model.predict_proba(X)[0]  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    logger.info("churn probability %.3f", proba[1])
    return {"churn_probability": float(proba[1])}
