# Reads online features but records neither them nor their versions: a wrong answer from stale features looks like a model fault.
# expect-service: py-feast-unrecorded upstream-provenance=missing
# expect-service: py-feast-unrecorded deployment-context=missing
# expect-service: py-feast-unrecorded outcome=missing
# expect-service: py-feast-unrecorded segment-context=not-required
import logging
import pickle

from feast import FeatureStore
from flask import Flask, request

app = Flask(__name__)  # expect-service: py-feast-unrecorded entry
store = FeatureStore(repo_path=".")
with open("model.pkl", "rb") as f:
    clf = pickle.load(f)
log = logging.getLogger(__name__)


@app.post("/predict")
def predict():
    rows = store.get_online_features(features=["driver:conv_rate"], entity_rows=[{"driver_id": request.json["driver_id"]}]).to_df()
    label = clf.predict(rows)
    log.info("prediction %s", label[0])
    return {"label": int(label[0])}
