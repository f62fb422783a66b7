# Outcomes are kept in a table, keyed by the prediction id: the feedback row is the outcome, whatever store it goes to.
# The prediction log has a request id and the predicted label: that is not an outcome.
# expect-service: py-flask-sqlalchemy-feedback outcome=covered@models.py:17
# expect-service: py-flask-sqlalchemy-feedback deployment-context=missing
# expect-service: py-flask-sqlalchemy-feedback upstream-provenance=not-required
# expect-service: py-flask-sqlalchemy-feedback segment-context=not-required
import logging
import uuid

import joblib
from flask import Flask, jsonify, request

from models import db, save_feedback

app = Flask(__name__)  # expect-service: py-flask-sqlalchemy-feedback entry
db.init_app(app)
log = logging.getLogger(__name__)
clf = joblib.load("spam.joblib")


@app.post("/classify")
def classify():
    request_id = str(uuid.uuid4())
    label = clf.predict([request.json["text"]])[0]
    log.info("classified", extra={"request_id": request_id, "label": str(label)})
    return jsonify({"label": str(label), "request_id": request_id})


@app.post("/feedback")
def feedback():
    save_feedback(request.json["request_id"], request.json["correct_label"])
    return jsonify({"ok": True})
