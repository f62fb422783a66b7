# A FastAPI service whose deployment context is set in telemetry.py and whose outcomes arrive at /feedback.
# expect-service: py-fastapi-otel deployment-context=covered@app/telemetry.py:9
# expect-service: py-fastapi-otel outcome=covered@app/feedback.py:17
# expect-service: py-fastapi-otel upstream-provenance=not-required
# expect-service: py-fastapi-otel segment-context=not-required
import uuid
import joblib
from fastapi import FastAPI
from app.telemetry import logger
from app import feedback

app = FastAPI()  # expect-service: py-fastapi-otel entry
model = joblib.load("model.joblib")
app.include_router(feedback.router)


@app.post("/predict")
def predict(features: list[float]):
    prediction_id = str(uuid.uuid4())
    score = model.predict([features])[0]
    logger.info("prediction", extra={"prediction_id": prediction_id, "score": float(score)})
    return {"score": float(score), "prediction_id": prediction_id}
