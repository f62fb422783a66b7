# Not in the Compose file and not instrumented: the variables above are for another service's SDK run.
# expect-service: ranker deployment-context=missing
# expect-service: ranker outcome=covered@services/ranker/app.py:25
# expect-service: ranker upstream-provenance=not-required
# expect-service: ranker segment-context=covered@services/ranker/app.py:19
import logging

from flask import Flask, request
from sentence_transformers import CrossEncoder

app = Flask(__name__)  # expect-service: ranker entry
reranker = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", revision="c5ee24cb16019beea0893ab7796b1df96625c6b8")
log = logging.getLogger("ranker")


@app.post("/rerank")
def rerank():
    scores = reranker.predict([(request.json["query"], d) for d in request.json["docs"]])
    log.info("ranked", extra={"request_id": request.headers.get("x-request-id"), "market": request.json["market"], "scores": scores.tolist()})
    return {"scores": scores.tolist()}


@app.post("/clicked")
def clicked():
    log.info("click", extra={"request_id": request.json["request_id"], "outcome": request.json["position"]})
    return {"ok": True}
