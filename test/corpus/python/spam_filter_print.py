# corpus: Flask spam filter; sklearn pipeline downloaded from S3 to a local file then pickle-loaded; print-based logging; re.compile(...).match/search are NOT inference
import os
import pickle
import re
import time

import boto3
from flask import Flask, jsonify, request

LOCAL_MODEL = "/tmp/spam-clf-2024-03-02.pkl"
if not os.path.exists(LOCAL_MODEL):
    boto3.client("s3").download_file("ml-artifacts", "spam/2024-03-02/clf.pkl", LOCAL_MODEL)

with open(LOCAL_MODEL, "rb") as fh:
    spam_clf = pickle.load(fh)  # expect: load pinned

URL_RE = re.compile(r"https?://\S+")
SHORTENER_RE = re.compile(r"^(bit\.ly|t\.co|tinyurl\.com)/")

app = Flask(__name__)


@app.post("/spam")
def is_spam():
    text = request.json["text"]
    has_url = bool(URL_RE.search(text))
    shortener = SHORTENER_RE.match(text) is not None
    start = time.time()
    label = spam_clf.predict([text])[0]  # expect: infer missing=model-version,prediction-id,errors
    print(f"spam check text={text[:80]!r} label={label} has_url={has_url} shortener={shortener} took={time.time() - start:.3f}s")
    return jsonify({"spam": bool(label), "has_url": has_url})


@app.post("/spam/score")
def spam_score():
    texts = request.json["texts"]
    try:
        probs = spam_clf.predict_proba(texts)[:, 1]  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency
    except ValueError as e:
        print("spam scoring error:", e)
        probs = [0.0] * len(texts)
    return jsonify({"scores": [float(p) for p in probs]})


if __name__ == "__main__":
    app.run(port=5001)
