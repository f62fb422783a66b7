"""Support-ticket summaries with the OpenAI SDK and a sentiment model from the Hugging Face hub."""
import time
import uuid

import structlog
from openai import OpenAI
from transformers import pipeline

log = structlog.get_logger("summaries")
client = OpenAI()
sentiment = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")


def summarize(ticket: str) -> dict:
    rid = str(uuid.uuid4())
    t0 = time.perf_counter()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarize the ticket in one sentence."}, {"role": "user", "content": ticket}],
    )
    summary = resp.choices[0].message.content
    log.info("summary", request_id=rid, model=resp.model, summary=summary, latency_ms=(time.perf_counter() - t0) * 1000)
    return {"summary": summary}


def mood(ticket: str) -> str:
    return sentiment(ticket)[0]["label"]
