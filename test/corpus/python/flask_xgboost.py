# corpus: Flask + xgboost Booster(model_file=...) with inplace_predict (silent fallback on error) and a legacy Booster.load_model + DMatrix predict
import logging
import os

import numpy as np
import xgboost as xgb
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

BOOSTER_PATH = os.environ.get("BOOSTER_PATH", "/srv/models/risk/xgb-v7.json")
booster = xgb.Booster(model_file=BOOSTER_PATH)  # expect: load pinned

legacy = xgb.Booster()
legacy.load_model("/srv/models/risk/xgb-v6.ubj")  # expect: load pinned

FEATURES = ["age", "income", "debt_ratio", "num_accounts", "delinquencies"]


def vectorize(payload: dict) -> np.ndarray:
    return np.array(
        [[float(payload.get(name, 0.0)) for name in FEATURES]],
        dtype=np.float32,
    )


@app.route("/score", methods=["POST"])
def score():
    payload = request.get_json(force=True)
    X = vectorize(payload)
    try:
        risk = booster.inplace_predict(X)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    except Exception:
        # degrade gracefully: neutral score, nothing recorded
        return jsonify({"risk": 0.5, "fallback": True})
    return jsonify({"risk": float(risk[0])})


@app.route("/score/legacy", methods=["POST"])
def score_legacy():
    payload = request.get_json(force=True)
    dmat = xgb.DMatrix(vectorize(payload), feature_names=FEATURES)
    risk = legacy.predict(dmat)  # expect: infer missing=model-version,prediction-id,latency,errors
    log.info("legacy score payload=%s risk=%s", payload, risk.tolist())
    return jsonify({"risk": float(risk[0]), "model": "v6"})


@app.route("/healthz")
def healthz():
    return jsonify({"ok": True})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
