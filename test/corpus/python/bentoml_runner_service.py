# corpus: BentoML 1.x Service with runners (runner.predict.run / async_run) and bentoml.monitor as the data sink
import logging
import time
import uuid

import bentoml
import numpy as np
from bentoml.io import JSON, NumpyNdarray

logger = logging.getLogger("bentoml.tabular")

iris_ref = bentoml.sklearn.get("iris_clf:latest")  # expect: load unpinned
iris_runner = iris_ref.to_runner()

fraud_runner = bentoml.xgboost.get("fraud_xgb:5kq3jzqnqwxz2asc").to_runner()  # expect: load pinned

svc = bentoml.Service("tabular_classifiers", runners=[iris_runner, fraud_runner])


@svc.api(input=NumpyNdarray(), output=NumpyNdarray())
def classify(input_series: np.ndarray) -> np.ndarray:
    request_id = str(uuid.uuid4())
    start = time.perf_counter()
    result = iris_runner.predict.run(input_series)  # expect: infer missing=errors
    latency_ms = (time.perf_counter() - start) * 1000
    with bentoml.monitor("iris_classifier_prediction") as mon:
        mon.log(input_series.tolist(), name="features", role="feature", data_type="numerical_sequence")
        mon.log(result.tolist(), name="pred", role="prediction", data_type="categorical")
        mon.log(latency_ms, name="latency_ms", role="feature", data_type="numerical")
    logger.info(
        "iris prediction",
        extra={"request_id": request_id, "model_version": str(iris_ref.tag)},
    )
    return result


@svc.api(input=JSON(), output=JSON())
async def fraud(payload: dict) -> dict:
    arr = np.array([payload["features"]], dtype=np.float32)
    try:
        scores = await fraud_runner.predict.async_run(arr)  # expect: infer missing=inputs,model-version,prediction-id,latency
    except Exception as exc:
        logger.error("fraud runner failed: %s", exc)
        return {"score": None, "error": "unavailable"}
    score = float(scores[0])
    with bentoml.monitor("fraud_scores") as mon:
        mon.log(score, name="score", role="prediction", data_type="numerical")
    return {"score": score, "flagged": score > 0.8}
