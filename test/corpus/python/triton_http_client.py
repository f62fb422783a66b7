# corpus: application code calling a remote Triton server with tritonclient.http.InferenceServerClient(...).infer; prometheus Histogram.time() with-form and a failure Counter
import uuid

import numpy as np
import tritonclient.http as httpclient
from prometheus_client import Counter, Histogram
from tritonclient.utils import InferenceServerException

INFER_LATENCY = Histogram("triton_infer_seconds", "Triton round trip", ["model", "version"])
INFER_ERRORS = Counter("triton_infer_errors_total", "Triton failures", ["model", "version"])

TRITON_URL = "triton.ml.svc.cluster.local:8000"
MODEL_NAME = "resnet50_onnx"
MODEL_VERSION = "4"

client = httpclient.InferenceServerClient(url=TRITON_URL, connection_timeout=5.0)


def _inputs(batch: np.ndarray) -> list:
    inp = httpclient.InferInput("input__0", list(batch.shape), "FP32")
    inp.set_data_from_numpy(batch.astype(np.float32))
    return [inp]


def classify(batch: np.ndarray) -> np.ndarray:
    inputs = _inputs(batch)
    outputs = [httpclient.InferRequestedOutput("output__0")]
    try:
        with INFER_LATENCY.labels(model=MODEL_NAME, version=MODEL_VERSION).time():
            result = client.infer(  # expect: infer missing=inputs,outputs,prediction-id
                model_name=MODEL_NAME,
                model_version=MODEL_VERSION,
                inputs=inputs,
                outputs=outputs,
            )
    except InferenceServerException:
        INFER_ERRORS.labels(model=MODEL_NAME, version=MODEL_VERSION).inc()
        raise
    return result.as_numpy("output__0")


def top1(batch: np.ndarray, request_id: str | None = None) -> list[int]:
    request_id = request_id or str(uuid.uuid4())
    response = client.infer(MODEL_NAME, _inputs(batch), request_id=request_id)  # expect: infer missing=inputs,model-version,latency,errors
    labels = response.as_numpy("output__0").argmax(axis=1).tolist()
    print(f"[{request_id}] triton top1={labels}")
    return labels


def server_ready() -> bool:
    return client.is_server_live() and client.is_model_ready(MODEL_NAME, MODEL_VERSION)
