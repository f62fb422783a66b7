import json
import logging

import joblib
from django.http import JsonResponse

log = logging.getLogger(__name__)
pipeline = joblib.load("churn.joblib")


def predict(request):
    payload = json.loads(request.body)
    churn = pipeline.predict_proba([payload["features"]])[0][1]
    log.info("churn scored", extra={"churn": float(churn)})
    return JsonResponse({"churn": float(churn)})
