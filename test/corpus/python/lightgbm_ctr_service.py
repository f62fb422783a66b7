# corpus: LightGBM Booster scoring behind FastAPI; structlog logger bound with model_version at import time; OpenTelemetry with-span on the single-item path
import uuid

import lightgbm as lgb
import numpy as np
import structlog
from fastapi import FastAPI
from opentelemetry import trace
from pydantic import BaseModel

MODEL_FILE = "/models/ctr/lgbm_ctr_v12.txt"
MODEL_VERSION = "v12"

booster = lgb.Booster(model_file=MODEL_FILE)  # expect: load pinned
log = structlog.get_logger("ctr").bind(model_version=MODEL_VERSION)
tracer = trace.get_tracer("ctr-service")
app = FastAPI()


class Impression(BaseModel):
    ad_id: int
    user_age: float
    hour_of_day: int
    device_type: int
    past_ctr: float


def _row(imp: Impression) -> list[float]:
    return [imp.ad_id, imp.user_age, imp.hour_of_day, imp.device_type, imp.past_ctr]


@app.post("/ctr")
def predict_ctr(imp: Impression):
    prediction_id = str(uuid.uuid4())
    row = np.array([_row(imp)], dtype=np.float64)
    with tracer.start_as_current_span("lgbm.predict") as span:
        span.set_attribute("prediction_id", prediction_id)
        ctr = booster.predict(row)[0]  # expect: infer missing=inputs
        span.set_attribute("ctr", float(ctr))
    log.info("ctr_predicted", prediction_id=prediction_id, ctr=float(ctr))
    return {"ctr": float(ctr), "prediction_id": prediction_id}


@app.post("/ctr/batch")
def predict_batch(imps: list[Impression]):
    rows = np.array([_row(i) for i in imps], dtype=np.float64)
    scores = booster.predict(rows, num_threads=4)  # expect: infer missing=inputs,outputs,prediction-id,latency,errors
    log.info("batch_scored")
    return {"ctr": scores.tolist()}


@app.post("/ctr/leaves")
def leaf_indices(imp: Impression):
    leaves = booster.predict(np.array([_row(imp)]), pred_leaf=True)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return {"leaves": leaves[0].tolist()}
