# corpus: helper module: load_model() returns a (model, meta) tuple; FraudScorer keeps self.model from __init__ and predicts in other methods; a module-level tuple-unpacked model; requests.post to a webhook is NOT inference
import logging
import pickle
import time
import uuid

import numpy as np
import requests

logger = logging.getLogger("fraud.scorer")
ALERT_WEBHOOK = "https://hooks.example.com/fraud-alerts"
BUNDLE_PATH = "/models/fraud/bundle-2024-07.pkl"


def load_model(path: str):
    with open(path, "rb") as fh:
        bundle = pickle.load(fh)  # expect: load pinned
    return bundle["model"], bundle["meta"]


class FraudScorer:
    def __init__(self, path: str = BUNDLE_PATH):
        self.model, self.meta = load_model(path)
        self.threshold = float(self.meta.get("threshold", 0.7))
        self.version = self.meta["version"]

    def _vector(self, txn: dict) -> np.ndarray:
        return np.array([[float(txn[f]) for f in self.meta["features"]]])

    def score(self, txn: dict) -> dict:
        prediction_id = str(uuid.uuid4())
        x = self._vector(txn)
        t0 = time.perf_counter()
        try:
            proba = self.model.predict_proba(x)[0, 1]  # expect: infer missing=none
        except Exception:
            logger.exception("fraud scoring failed", extra={"prediction_id": prediction_id})
            raise
        elapsed_ms = (time.perf_counter() - t0) * 1000
        logger.info(
            "fraud score",
            extra={
                "prediction_id": prediction_id,
                "model_version": self.version,
                "txn": txn,
                "score": float(proba),
                "elapsed_ms": elapsed_ms,
            },
        )
        if proba >= self.threshold:
            self._alert(txn["id"], prediction_id, float(proba))
        return {"score": float(proba), "prediction_id": prediction_id}

    def is_fraud(self, txn: dict) -> bool:
        try:
            return bool(self.model.predict(self._vector(txn))[0])  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
        except Exception:
            return False

    def _alert(self, txn_id: str, prediction_id: str, score: float) -> None:
        resp = requests.post(
            ALERT_WEBHOOK,
            json={"txn_id": txn_id, "prediction_id": prediction_id, "score": score},
            timeout=3,
        )
        resp.raise_for_status()


_default_model, _default_meta = load_model(BUNDLE_PATH)


def batch_flags(rows: list[list[float]]) -> list[int]:
    flags = _default_model.predict(np.asarray(rows))  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    print(f"flagged {int(flags.sum())} transactions in batch")
    return flags.tolist()
