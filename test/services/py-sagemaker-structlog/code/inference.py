# A SageMaker inference script; the service's version and environment are bound to every log record.
# expect-service: py-sagemaker-structlog deployment-context=covered@code/inference.py:12
# expect-service: py-sagemaker-structlog outcome=missing
# expect-service: py-sagemaker-structlog upstream-provenance=not-required
# expect-service: py-sagemaker-structlog segment-context=not-required
import json
import os

import structlog
import torch

log = structlog.get_logger().bind(service_version=os.environ.get("MODEL_SERVICE_VERSION"), environment=os.environ.get("STAGE"))


def model_fn(model_dir):  # expect-service: py-sagemaker-structlog entry
    return torch.jit.load(os.path.join(model_dir, "model.pt"))


def predict_fn(data, model):
    with torch.no_grad():
        out = model(torch.tensor(data["inputs"]))
    log.info("predicted", outputs=out.tolist())
    return out.tolist()


def input_fn(body, content_type):
    return json.loads(body)
