# corpus: FastAPI serving several MLflow models from the registry (version numbers, alias, stage, latest, runs:/ URI, env-var URI); pandas df.query/df.eval are NOT inference
import logging
import os
import time

import mlflow
import mlflow.pyfunc
import mlflow.sklearn
import pandas as pd
from fastapi import FastAPI, Request

mlflow.set_tracking_uri(os.environ.get("MLFLOW_TRACKING_URI", "http://mlflow:5000"))
logger = logging.getLogger("scoring")

CHURN_URI = "models:/churn_classifier/3"
churn_model = mlflow.pyfunc.load_model(CHURN_URI)  # expect: load pinned
ltv_model = mlflow.pyfunc.load_model("models:/customer_ltv@champion")  # expect: load unpinned
upsell_model = mlflow.pyfunc.load_model("models:/upsell_propensity/Production")  # expect: load unpinned
segment_model = mlflow.sklearn.load_model("runs:/4f2d9c1e8b7a4e0f9d3c2b1a0e9f8d7c/model")  # expect: load pinned
anomaly_model = mlflow.pyfunc.load_model(os.environ["ANOMALY_MODEL_URI"])  # expect: load pinned
fallback_model = mlflow.pyfunc.load_model("models:/anomaly_iforest/latest")  # expect: load unpinned

app = FastAPI()


@app.post("/churn")
async def churn(request: Request):
    rows = await request.json()
    df = pd.DataFrame(rows)
    started = time.perf_counter()
    scores = churn_model.predict(df)  # expect: infer missing=prediction-id,errors
    logger.info(
        "churn scored",
        extra={
            "model_uri": CHURN_URI,
            "inputs": rows,
            "scores": [float(s) for s in scores],
            "latency_ms": (time.perf_counter() - started) * 1000,
        },
    )
    return {"scores": [float(s) for s in scores]}


@app.post("/ltv")
async def ltv(request: Request):
    df = pd.DataFrame(await request.json())
    try:
        values = ltv_model.predict(df)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency
    except Exception as exc:
        logger.warning("ltv model failed: %s", exc)
        values = [0.0] * len(df)
    return {"ltv": [float(v) for v in values]}


@app.post("/upsell")
async def upsell(request: Request):
    df = pd.DataFrame(await request.json())
    high_value = df.query("annual_spend > 5000 and tenure_months >= 12")
    if high_value.empty:
        return {"offers": []}
    propensity = upsell_model.predict(high_value)  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    print("upsell propensity", list(propensity))
    return {"offers": high_value.assign(p=propensity).query("p > 0.6")["customer_id"].tolist()}


@app.post("/segment")
def segment(payload: dict):
    X = pd.DataFrame(payload["rows"])
    X["spend_per_month"] = X.eval("annual_spend / 12")
    seg = segment_model.predict(X)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return {"segments": seg.tolist()}


@app.post("/anomaly")
def anomaly(payload: dict):
    df = pd.DataFrame(payload["events"])
    try:
        flags = anomaly_model.predict(df)  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    except Exception:
        flags = fallback_model.predict(df)  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    logger.info("anomaly flags=%s", list(flags))
    return {"anomalous": [bool(f == -1) for f in flags]}
