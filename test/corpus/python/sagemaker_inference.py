# corpus: SageMaker scikit-learn container entry point (inference.py): model_fn / input_fn / predict_fn / output_fn; the model reaches predict_fn as a parameter
import json
import logging
import os
import time

import joblib
import numpy as np

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


def model_fn(model_dir):
    model = joblib.load(os.path.join(model_dir, "model.joblib"))  # expect: load pinned
    logger.info("model loaded")
    return model


def input_fn(request_body, request_content_type):
    if request_content_type == "application/json":
        payload = json.loads(request_body)
        return np.array(payload["instances"], dtype=np.float64)
    if request_content_type == "text/csv":
        rows = [line.split(",") for line in request_body.strip().splitlines()]
        return np.array(rows, dtype=np.float64)
    raise ValueError(f"unsupported content type {request_content_type}")


def predict_fn(input_data, model):
    start = time.time()
    predictions = model.predict(input_data)  # expect: infer missing=inputs,model-version,prediction-id,errors
    class_counts = np.bincount(predictions.astype(int)).tolist()
    logger.info("class distribution %s in %.2f ms", class_counts, (time.time() - start) * 1000)
    return predictions


def output_fn(prediction, accept):
    if accept == "text/csv":
        return "\n".join(str(p) for p in prediction.tolist()), accept
    return json.dumps({"predictions": prediction.tolist()}), "application/json"
