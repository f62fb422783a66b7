# corpus: vLLM offline engine (vllm.LLM) inside FastAPI: generate() under a labelled Histogram.time(), chat() with logged errors, lazily loaded fallback engine; uvicorn.run / asyncio.run are NOT inference
import asyncio
import logging
import uuid

import uvicorn
from fastapi import FastAPI
from prometheus_client import Histogram
from vllm import LLM, SamplingParams

MODEL = "mistralai/Mistral-7B-Instruct-v0.3"
REVISION = "e0bc86c23ce5aae1db576c8cca6f06f1f73af2db"

llm = LLM(model=MODEL, revision=REVISION, max_model_len=8192, gpu_memory_utilization=0.80)  # expect: load pinned

GEN_LATENCY = Histogram("vllm_generate_seconds", "generate() wall time", ["model"])
logger = logging.getLogger("llm")
app = FastAPI()

_fallback = None


def get_fallback() -> LLM:
    global _fallback
    if _fallback is None:
        _fallback = LLM(model="Qwen/Qwen2.5-1.5B-Instruct", enforce_eager=True, gpu_memory_utilization=0.10)  # expect: load unpinned
    return _fallback


@app.post("/v1/complete")
def complete(body: dict):
    request_id = str(uuid.uuid4())
    params = SamplingParams(temperature=body.get("temperature", 0.7), max_tokens=body.get("max_tokens", 256))
    with GEN_LATENCY.labels(model=MODEL).time():
        outputs = llm.generate([body["prompt"]], params)  # expect: infer missing=inputs,outputs,errors
    text = outputs[0].outputs[0].text
    logger.info("completion done", extra={"request_id": request_id, "revision": REVISION})
    return {"text": text, "request_id": request_id}


@app.post("/v1/chat")
def chat(body: dict):
    try:
        outs = llm.chat(body["messages"], SamplingParams(max_tokens=512))  # expect: infer missing=inputs,model-version,prediction-id,latency
    except ValueError as exc:
        logger.warning("bad chat request: %s", exc)
        return {"error": str(exc)}
    reply = outs[0].outputs[0].text
    logger.info("chat reply: %s", reply[:200])
    return {"reply": reply}


@app.post("/v1/complete/fallback")
def fallback_complete(body: dict):
    out = get_fallback().generate(body["prompt"], SamplingParams(max_tokens=128))  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return {"text": out[0].outputs[0].text}


async def warmup() -> None:
    await asyncio.sleep(0)
    logger.info("warmup finished")


if __name__ == "__main__":
    asyncio.run(warmup())
    uvicorn.run(app, host="0.0.0.0", port=8000)
