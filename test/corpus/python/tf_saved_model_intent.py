# corpus: TensorFlow SavedModel via tf.saved_model.load, served through signatures["serving_default"]; OpenTelemetry decorator span; prometheus Info + labelled Counter
import tensorflow as tf
from flask import Flask, jsonify, request
from opentelemetry import trace
from prometheus_client import Counter, Info

EXPORT_DIR = "/models/query_intent/1718900000"
MODEL_VERSION = "1718900000"

loaded = tf.saved_model.load(EXPORT_DIR)  # expect: load pinned
infer = loaded.signatures["serving_default"]

MODEL_INFO = Info("intent_model", "Serving model metadata")
MODEL_INFO.info({"model_version": MODEL_VERSION, "export_dir": EXPORT_DIR})
INTENTS = Counter("intent_predictions_total", "Predicted intents", ["intent"])

tracer = trace.get_tracer(__name__)
app = Flask(__name__)
LABELS = ["billing", "cancel", "upgrade", "tech_support", "other"]


@tracer.start_as_current_span("intent.predict")
def predict_intent(query: str) -> str:
    span = trace.get_current_span()
    span.set_attribute("ml.model.version", MODEL_VERSION)
    span.set_attribute("query", query)
    outputs = infer(tf.constant([query]))  # expect: infer missing=prediction-id
    intent = LABELS[int(tf.argmax(outputs["logits"], axis=-1)[0])]
    INTENTS.labels(intent=intent).inc()
    return intent


def predict_batch(queries: list[str]) -> list[str]:
    result = loaded.signatures["serving_default"](tf.constant(queries))  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return [LABELS[i] for i in tf.argmax(result["logits"], axis=-1).numpy()]


@app.post("/intent")
def intent_route():
    q = request.get_json()["q"]
    return jsonify({"intent": predict_intent(q)})


@app.post("/intent/batch")
def intent_batch_route():
    return jsonify({"intents": predict_batch(request.get_json()["queries"])})
