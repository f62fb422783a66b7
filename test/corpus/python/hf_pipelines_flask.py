# corpus: Flask NLP service built from transformers pipelines: revision pinned by sha, revision="main" (branch, unpinned), no revision, and a local path; mixed logging, one silent except
import logging

from flask import Flask, jsonify, request
from transformers import pipeline

log = logging.getLogger("nlp")
NER_REVISION = "f2482bf01987ef44a2fd3cda68f4d25d2b9c2ea3"

ner = pipeline("token-classification", model="dslim/bert-base-NER", revision=NER_REVISION, aggregation_strategy="simple")  # expect: load pinned
sentiment = pipeline(task="sentiment-analysis", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english", revision="main")  # expect: load unpinned
zero_shot = pipeline("zero-shot-classification", model="facebook/bart-large-mnli")  # expect: load unpinned
local_qa = pipeline("question-answering", model="/srv/models/qa-distilbert")  # expect: load pinned

app = Flask(__name__)


@app.post("/ner")
def ner_route():
    text = request.json["text"]
    entities = ner(text)  # expect: infer missing=inputs,prediction-id,latency,errors
    log.info("ner revision=%s entities=%s", NER_REVISION, [e["entity_group"] for e in entities])
    return jsonify([{**e, "score": float(e["score"])} for e in entities])


@app.post("/sentiment")
def sentiment_route():
    texts = request.json["texts"]
    try:
        results = sentiment(texts, truncation=True)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    except Exception:
        results = [{"label": "NEUTRAL", "score": 0.0} for _ in texts]
    return jsonify(results)


@app.post("/classify")
def classify_route():
    body = request.json
    out = zero_shot(body["text"], candidate_labels=body["labels"], multi_label=False)  # expect: infer missing=model-version,prediction-id,latency,errors
    log.info("zero-shot text=%r -> %s (%.2f)", body["text"], out["labels"][0], out["scores"][0])
    return jsonify({"label": out["labels"][0], "score": float(out["scores"][0])})


@app.post("/qa")
def qa_route():
    body = request.json
    answer = local_qa(question=body["question"], context=body["context"])  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return jsonify({"answer": answer["answer"], "score": float(answer["score"])})
