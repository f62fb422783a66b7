# corpus: LiteLLM gateway helpers: litellm.completion under an OpenTelemetry decorator span, a silent-failure draft helper, async acompletion and embedding with model names from variables
import logging
import time

import litellm
from opentelemetry import trace

tracer = trace.get_tracer(__name__)
logger = logging.getLogger("gateway")

FALLBACK_MODEL = "openai/gpt-4o-mini"
EMBED_MODEL = "openai/text-embedding-3-small"

litellm.drop_params = True


@tracer.start_as_current_span("gateway.classify")
def classify(text: str, request_id: str) -> str:
    span = trace.get_current_span()
    span.set_attribute("request_id", request_id)
    resp = litellm.completion(  # expect: infer missing=inputs,model-version llm-model=pinned
        model="anthropic/claude-3-5-sonnet-20241022",
        messages=[{"role": "user", "content": f"Label the sentiment (positive/negative/neutral): {text}"}],
        max_tokens=5,
    )
    label = resp.choices[0].message.content.strip().lower()
    span.set_attribute("label", label)
    return label


def draft_reply(ticket: str) -> str:
    try:
        resp = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": ticket}], timeout=20)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
        return resp.choices[0].message.content
    except Exception:
        return "Thanks for reaching out - an agent will reply shortly."


async def answer_async(question: str) -> str:
    started = time.perf_counter()
    try:
        resp = await litellm.acompletion(  # expect: infer missing=prediction-id llm-model=unknown
            model=FALLBACK_MODEL,
            messages=[{"role": "user", "content": question}],
        )
    except litellm.exceptions.APIError:
        logger.exception("acompletion failed for model %s", FALLBACK_MODEL)
        raise
    answer = resp.choices[0].message.content
    logger.info(
        "answered question=%r answer=%r model=%s in %.0f ms",
        question,
        answer,
        FALLBACK_MODEL,
        (time.perf_counter() - started) * 1000,
    )
    return answer


def embed_docs(docs: list[str]) -> list[list[float]]:
    started = time.perf_counter()
    resp = litellm.embedding(model=EMBED_MODEL, input=docs)  # expect: infer missing=inputs,outputs,model-version,prediction-id,errors llm-model=unknown
    logger.info("embedded docs in %.1f ms", (time.perf_counter() - started) * 1000)
    return [item["embedding"] for item in resp.data]
