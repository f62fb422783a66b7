# corpus: Anthropic Messages API: Flask triage endpoint (pinned snapshot, loguru bound logger, fully instrumented) and an offline summarizer (alias, no instrumentation)
import json
import os
import sys
import time
import uuid
from pathlib import Path

import anthropic
from flask import Flask, jsonify, request
from loguru import logger

client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
app = Flask(__name__)


@app.post("/triage")
def triage():
    ticket = request.get_json()["ticket"]
    req_log = logger.bind(request_id=request.headers.get("X-Request-ID") or str(uuid.uuid4()))
    t0 = time.perf_counter()
    try:
        msg = client.messages.create(  # expect: infer missing=none llm-model=pinned
            model="claude-3-5-sonnet-20241022",
            max_tokens=512,
            system="Classify the support ticket as billing, bug, or other. Reply with one word.",
            messages=[{"role": "user", "content": ticket}],
        )
    except anthropic.APIError as exc:
        req_log.error("anthropic error: {}", exc)
        return jsonify({"category": "other"}), 200
    category = msg.content[0].text.strip().lower()
    req_log.bind(**{"gen_ai.response.model": msg.model}).info(
        "triaged ticket={!r} category={} in {:.0f}ms",
        ticket,
        category,
        (time.perf_counter() - t0) * 1000,
    )
    return jsonify({"category": category})


def summarize_threads(threads: list[str]) -> list[str]:
    summaries = []
    for thread in threads:
        resp = client.messages.create(  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors llm-model=unpinned
            model="claude-3-5-haiku-latest",
            max_tokens=256,
            messages=[{"role": "user", "content": f"Summarize this email thread in 3 bullets:\n\n{thread}"}],
        )
        summaries.append(resp.content[0].text)
    return summaries


if __name__ == "__main__":
    threads = json.loads(Path(sys.argv[1]).read_text())
    Path(sys.argv[2]).write_text(json.dumps(summarize_threads(threads), indent=2))
