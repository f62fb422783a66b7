# Reads online features from Feast and records what it read with the prediction.
# expect-service: py-feast-recorded upstream-provenance=covered@serve.py:28
# expect-service: py-feast-recorded deployment-context=covered@serve.py:13
# expect-service: py-feast-recorded outcome=waived
# expect-service: py-feast-recorded segment-context=covered@serve.py:28
import logging

import structlog
import xgboost as xgb
from feast import FeatureStore
from fastapi import FastAPI

structlog.contextvars.bind_contextvars(service_version="2024.06.1", region="eu-west-1")
log = structlog.get_logger()
store = FeatureStore(repo_path="feature_repo")
booster = xgb.Booster()
booster.load_model("fraud.json")
app = FastAPI()  # expect-service: py-feast-recorded entry


@app.post("/score")
def score(user_id: int, channel: str):
    features = store.get_online_features(
        features=["user_stats:txn_count_7d", "user_stats:avg_amount_30d"],
        entity_rows=[{"user_id": user_id}],
    ).to_dict()
    p = booster.inplace_predict([[features["txn_count_7d"][0], features["avg_amount_30d"][0]]])
    log.info("scored", features=features, channel=channel, score=float(p[0]))
    return {"score": float(p[0])}
