# corpus: Celery worker batch-scoring rows read with a psycopg2 cursor (cursor.execute is NOT inference); MLflow pyfunc model from a get_model() helper; whylogs profile of inputs+predictions
import logging
import os
import time

import mlflow.pyfunc
import pandas as pd
import psycopg2
import whylogs as why
from celery import Celery

app = Celery("scoring", broker=os.environ.get("BROKER_URL", "redis://redis:6379/0"))
logger = logging.getLogger(__name__)

MODEL_URI = "models:/credit_limit/12"
_model = None


def get_model():
    global _model
    if _model is None:
        _model = mlflow.pyfunc.load_model(MODEL_URI)  # expect: load pinned
    return _model


@app.task(bind=True, max_retries=3)
def score_batch(self, batch_id: int) -> int:
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    cur = conn.cursor()
    cur.execute("SELECT * FROM applications WHERE batch_id = %s", (batch_id,))
    df = pd.DataFrame(cur.fetchall(), columns=[d[0] for d in cur.description])
    model = get_model()
    t0 = time.perf_counter()
    try:
        limits = model.predict(df.drop(columns=["application_id"]))  # expect: infer missing=prediction-id
    except Exception as exc:
        logger.exception("batch %s failed", batch_id)
        raise self.retry(exc=exc, countdown=30)
    df["predicted_limit"] = limits
    why.log(pandas=df)
    logger.info(
        "scored batch",
        extra={
            "batch_id": batch_id,
            "model_uri": MODEL_URI,
            "rows": len(df),
            "duration_ms": (time.perf_counter() - t0) * 1000,
        },
    )
    cur.executemany(
        "UPDATE applications SET predicted_limit = %s WHERE application_id = %s",
        list(zip(df["predicted_limit"].astype(float), df["application_id"])),
    )
    conn.commit()
    conn.close()
    return len(df)


@app.task
def score_one(application: dict) -> float:
    frame = pd.DataFrame([application])
    return float(get_model().predict(frame)[0])  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
