# corpus: onnxruntime InferenceSession served by FastAPI; tuple unpacking of session.run outputs; Datadog statsd timing + error counter; np.dot cosine helper is NOT inference
import logging
import time
import uuid

import numpy as np
import onnxruntime as ort
from datadog import statsd
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from tokenizers import Tokenizer

ONNX_PATH = "/models/fraud/fraud_gbm_v9.onnx"
MODEL_VERSION = "v9"

sess = ort.InferenceSession(ONNX_PATH, providers=["CPUExecutionProvider"])  # expect: load pinned
input_name = sess.get_inputs()[0].name
text_sess = ort.InferenceSession("./models/minilm-l6/model.onnx")  # expect: load pinned
tok = Tokenizer.from_file("./models/minilm-l6/tokenizer.json")

logger = logging.getLogger("fraud")
app = FastAPI()


class Txn(BaseModel):
    amount: float
    merchant_risk: float
    hour: int
    country_mismatch: int


@app.post("/fraud")
def score(txn: Txn):
    prediction_id = str(uuid.uuid4())
    x = np.array([[txn.amount, txn.merchant_risk, txn.hour, txn.country_mismatch]], dtype=np.float32)
    start = time.perf_counter()
    try:
        label, probs = sess.run(None, {input_name: x})  # expect: infer missing=inputs
    except Exception:
        statsd.increment("fraud.inference.errors")
        logger.exception("onnx run failed prediction_id=%s", prediction_id)
        raise HTTPException(status_code=500)
    statsd.timing("fraud.inference.ms", (time.perf_counter() - start) * 1000)
    fraud_p = float(probs[0][1])
    logger.info(
        "fraud scored",
        extra={"prediction_id": prediction_id, "model_version": MODEL_VERSION, "fraud_p": fraud_p},
    )
    return {"fraud": bool(label[0]), "p": fraud_p, "prediction_id": prediction_id}


@app.post("/embed")
def embed(body: dict):
    encoding = tok.encode(body["text"])
    ids = np.array([encoding.ids], dtype=np.int64)
    mask = np.array([encoding.attention_mask], dtype=np.int64)
    (last_hidden,) = text_sess.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask})  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    emb = (last_hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return {"embedding": emb[0].tolist()}


def cosine(a: list[float], b: list[float]) -> float:
    va, vb = np.asarray(a), np.asarray(b)
    return float(np.dot(va, vb) / (np.linalg.norm(va) * np.linalg.norm(vb)))


@app.post("/similarity")
def similarity(body: dict):
    return {"cosine": cosine(body["a"], body["b"])}
