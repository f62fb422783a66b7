# A Flask service that records nothing about its deployment or outcomes. Its request timer (timing.py) times requests,
# not the model, and says nothing about which deployment answered; the vendored library under third_party/ sets up its own
# crash reporting, which is not the service's deployment context.
# expect-service: py-flask-bare deployment-context=missing
# expect-service: py-flask-bare outcome=missing
# expect-service: py-flask-bare upstream-provenance=not-required
# expect-service: py-flask-bare segment-context=not-required
import logging

import torch
from flask import Flask, jsonify, request

from timing import install_timer

app = Flask(__name__)  # expect-service: py-flask-bare entry
install_timer(app)
log = logging.getLogger(__name__)
model = torch.jit.load("model.pt")
model.eval()


@app.route("/predict", methods=["POST"])
def predict():
    x = torch.tensor(request.json["x"])
    y = model(x)  # expect: infer missing=model-version,inputs,outputs,prediction-id,latency,errors
    log.info("served")
    return jsonify({"y": y.tolist()})


@app.route("/feedback", methods=["POST"])
def feedback():
    # takes the label but only logs a constant: no outcome is recorded
    log.info("feedback received")
    return jsonify({"ok": True})
