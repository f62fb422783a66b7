# corpus: FastAPI text generation with transformers AutoModelForCausalLM.generate plus a toxicity classifier called directly; tokenizer calls (apply_chat_template, tokenizer(...), decode) are NOT inference
import logging
import os
import time
import uuid

import torch
from fastapi import FastAPI, Request
from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer

MODEL_ID = "Qwen/Qwen2.5-0.5B-Instruct"
MODEL_REVISION = os.environ.get("MODEL_REVISION", "7ae557604adf67be50417f59c2c2f167def9a775")

tokenizer = AutoTokenizer.from_pretrained(MODEL_ID, revision=MODEL_REVISION)
model = AutoModelForCausalLM.from_pretrained(MODEL_ID, revision=MODEL_REVISION, torch_dtype=torch.bfloat16)  # expect: load pinned
model.eval()

guard_tok = AutoTokenizer.from_pretrained("unitary/toxic-bert")
guard = AutoModelForSequenceClassification.from_pretrained("unitary/toxic-bert")  # expect: load unpinned

logger = logging.getLogger("generate")
app = FastAPI()


@app.post("/generate")
async def generate(request: Request):
    body = await request.json()
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    messages = [{"role": "user", "content": body["prompt"]}]
    prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    enc = tokenizer(prompt, return_tensors="pt")
    t0 = time.perf_counter()
    with torch.no_grad():
        output_ids = model.generate(**enc, max_new_tokens=body.get("max_new_tokens", 256), do_sample=False)  # expect: infer missing=errors
    gen_ms = (time.perf_counter() - t0) * 1000
    completion = tokenizer.decode(output_ids[0][enc["input_ids"].shape[1]:], skip_special_tokens=True)
    logger.info(
        "generated",
        extra={
            "request_id": request_id,
            "revision": MODEL_REVISION,
            "prompt": body["prompt"],
            "completion": completion,
            "latency_ms": gen_ms,
        },
    )
    return {"completion": completion, "request_id": request_id}


@app.post("/moderate")
async def moderate(payload: dict):
    text = payload["text"]
    inputs = guard_tok(text, return_tensors="pt", truncation=True, max_length=512)
    with torch.no_grad():
        logits = guard(**inputs).logits  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
    score = torch.sigmoid(logits)[0, 0].item()
    print(f"toxicity={score:.3f}")
    return {"toxic": score > 0.5, "score": score}


@app.post("/count-tokens")
async def count_tokens(payload: dict):
    ids = tokenizer.encode(payload["text"])
    pieces = tokenizer.convert_ids_to_tokens(ids)
    return {"n_tokens": len(ids), "pieces": pieces[:50]}
