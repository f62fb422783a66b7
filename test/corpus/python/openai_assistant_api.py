# corpus: FastAPI assistant using the OpenAI Python SDK: chat.completions (pinned snapshot, fully traced), responses.create (alias), embeddings.create (model from env), streaming chat (alias, bare)
import logging
import os
import time
import uuid

from fastapi import FastAPI, Header
from fastapi.responses import StreamingResponse
from openai import OpenAI, OpenAIError
from opentelemetry import trace
from pydantic import BaseModel

client = OpenAI()
tracer = trace.get_tracer("assistant")
logger = logging.getLogger("assistant")
app = FastAPI()

EMBED_MODEL = os.getenv("EMBED_MODEL", "text-embedding-3-small")


class Ask(BaseModel):
    question: str


@app.post("/ask")
def ask(body: Ask, x_request_id: str | None = Header(default=None)):
    request_id = x_request_id or str(uuid.uuid4())
    with tracer.start_as_current_span("chat gpt-4o") as span:
        span.set_attribute("gen_ai.request.model", "gpt-4o-2024-08-06")
        span.set_attribute("request_id", request_id)
        span.set_attribute("gen_ai.prompt", body.question)
        completion = client.chat.completions.create(  # expect: infer missing=none llm-model=pinned
            model="gpt-4o-2024-08-06",
            messages=[
                {"role": "system", "content": "You are a concise support assistant."},
                {"role": "user", "content": body.question},
            ],
            temperature=0.2,
        )
        answer = completion.choices[0].message.content
        span.set_attribute("gen_ai.completion", answer)
        span.set_attribute("gen_ai.usage.output_tokens", completion.usage.completion_tokens)
    return {"answer": answer, "request_id": request_id}


@app.post("/summarize")
def summarize(body: Ask):
    t0 = time.time()
    resp = client.responses.create(  # expect: infer missing=inputs,outputs,prediction-id,errors llm-model=unpinned
        model="gpt-4o-mini",
        input=f"Summarize in one sentence: {body.question}",
    )
    logger.info(
        "summary generated",
        extra={"gen_ai.request.model": "gpt-4o-mini", "duration_ms": (time.time() - t0) * 1000},
    )
    return {"summary": resp.output_text}


@app.post("/embed")
def embed(texts: list[str]):
    try:
        result = client.embeddings.create(model=EMBED_MODEL, input=texts)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency llm-model=unknown
    except OpenAIError as err:
        logger.error("embedding failed: %s", err)
        return {"vectors": []}
    return {"vectors": [d.embedding for d in result.data]}


@app.post("/stream")
def stream(body: Ask):
    chunks = client.chat.completions.create(  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
        model="gpt-4o",
        messages=[{"role": "user", "content": body.question}],
        stream=True,
    )

    def gen():
        for chunk in chunks:
            yield chunk.choices[0].delta.content or ""

    return StreamingResponse(gen(), media_type="text/plain")
