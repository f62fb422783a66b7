# corpus: TorchScript model via torch.jit.load served by FastAPI under torch.inference_mode(); prometheus Histogram.time() as decorator (/embed) and in a with-statement (/embed/batch)
import logging

import torch
from fastapi import FastAPI, Header
from prometheus_client import Counter, Histogram, make_asgi_app

MODEL_PATH = "/models/asr_frontend/traced_v5.pt"
model = torch.jit.load(MODEL_PATH, map_location="cpu")  # expect: load pinned
model.eval()

REQ_LATENCY = Histogram("embed_request_seconds", "Latency of /embed")
MODEL_LATENCY = Histogram("embed_model_seconds", "Model forward latency")
FAILURES = Counter("embed_failures_total", "Failed forwards")
logger = logging.getLogger(__name__)

app = FastAPI()
app.mount("/metrics", make_asgi_app())


@app.post("/embed")
@REQ_LATENCY.time()
def embed(payload: dict, x_request_id: str = Header(...)):
    x = torch.tensor(payload["frames"], dtype=torch.float32).unsqueeze(0)
    with torch.inference_mode():
        emb = model(x)  # expect: infer missing=inputs,outputs,model-version,errors
    logger.info("embedded", extra={"request_id": x_request_id})
    return {"embedding": emb.squeeze(0).tolist()}


@app.post("/embed/batch")
def embed_batch(payload: dict):
    x = torch.tensor(payload["batch"], dtype=torch.float32)
    try:
        with MODEL_LATENCY.time(), torch.inference_mode():
            out = model(x)  # expect: infer missing=inputs,outputs,model-version,prediction-id
    except RuntimeError:
        FAILURES.inc()
        logger.exception("batch forward failed")
        raise
    return {"embeddings": out.tolist()}
