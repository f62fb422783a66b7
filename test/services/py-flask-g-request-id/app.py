# A Flask service: its hooks (hooks.py) give each request an id on `g`, and prometheus_flask_exporter counts every
# request by status. /spam records the request's id with the prediction (at request level); the exporter counts a failure
# escaping the view (errors, at request level) but its request durations are not the model call's latency.
# expect-service: py-flask-g-request-id deployment-context=missing
# expect-service: py-flask-g-request-id outcome=missing
# expect-service: py-flask-g-request-id upstream-provenance=not-required
# expect-service: py-flask-g-request-id segment-context=not-required
import logging

import joblib
from flask import Flask, g, jsonify, request
from prometheus_flask_exporter import PrometheusMetrics

from hooks import install_request_id

app = Flask(__name__)  # expect-service: py-flask-g-request-id entry
install_request_id(app)
metrics = PrometheusMetrics(app)
log = logging.getLogger(__name__)
model = joblib.load("spam.joblib")


@app.route("/spam", methods=["POST"])
def spam():
    text = request.json["text"]
    p = float(model.predict_proba([text])[0][1])  # expect: infer missing=model-version,latency
    log.info("scored", extra={"rid": g.rid, "text": text, "p_spam": p})
    return jsonify({"p_spam": p})


@app.route("/spam-or-zero", methods=["POST"])
def spam_or_zero():
    text = request.json["text"]
    try:
        p = float(model.predict_proba([text])[0][1])  # expect: infer missing=model-version,prediction-id,latency,errors
    except ValueError:
        p = 0.0
    log.info("scored", extra={"text": text, "p_spam": p})
    return jsonify({"p_spam": p})
