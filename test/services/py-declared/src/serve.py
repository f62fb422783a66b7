# Declared in mlobs.json as "fraud-api" (requires segment context): expect-service: fraud-api entry
# expect-service: fraud-api deployment-context=missing
# expect-service: fraud-api outcome=not-required
# expect-service: fraud-api upstream-provenance=not-required
# expect-service: fraud-api segment-context=covered@src/serve.py:18
import logging

import catboost
from starlette.applications import Starlette

log = logging.getLogger(__name__)
model = catboost.CatBoostClassifier()
model.load_model("fraud.cbm")


def score(payload):
    p = model.predict_proba([payload["features"]])[0][1]
    log.info("fraud score", extra={"score": float(p), "segment": payload["segment"], "country": payload["country"]})
    return p
