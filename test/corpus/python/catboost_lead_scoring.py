# corpus: Flask + CatBoost (CatBoostClassifier().load_model); Sentry capture_exception on one route, app.logger line on another
import os

import sentry_sdk
from catboost import CatBoostClassifier, Pool
from flask import Flask, jsonify, request

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)
app = Flask(__name__)

clf = CatBoostClassifier()
clf.load_model("/opt/models/lead_scoring/2024-04.cbm")  # expect: load pinned

NUMERIC = ["employees", "annual_revenue", "visits_30d"]
CATEGORICAL = ["country", "industry", "source"]


def make_pool(body: dict) -> Pool:
    row = [body.get(c, 0) for c in NUMERIC] + [str(body.get(c, "na")) for c in CATEGORICAL]
    return Pool([row], cat_features=list(range(len(NUMERIC), len(NUMERIC) + len(CATEGORICAL))))


@app.post("/lead-score")
def lead_score():
    body = request.get_json()
    pool = make_pool(body)
    try:
        proba = clf.predict_proba(pool)[0][1]  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency
    except Exception as exc:
        sentry_sdk.capture_exception(exc)
        return jsonify({"error": "scoring unavailable"}), 503
    return jsonify({"score": round(float(proba), 4)})


@app.post("/lead-class")
def lead_class():
    body = request.get_json()
    request_id = request.headers.get("X-Request-ID")
    pool = make_pool(body)
    label = clf.predict(pool, prediction_type="Class")[0]  # expect: infer missing=model-version,latency,errors
    app.logger.info("lead class request_id=%s body=%s label=%s", request_id, body, label)
    return jsonify({"class": int(label)})
