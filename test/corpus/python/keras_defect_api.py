# corpus: Keras models loaded with load_model / tf.keras.models.load_model, served by FastAPI (model.predict and direct model call); train_test_split helper is NOT inference
import io
import logging
import time

import numpy as np
import pandas as pd
import tensorflow as tf
from fastapi import FastAPI, HTTPException, UploadFile
from PIL import Image
from sklearn.model_selection import train_test_split
from tensorflow.keras.models import load_model

logger = logging.getLogger("defects")
app = FastAPI()

MODEL_DIR = "/models/defect_cnn/17/model.keras"
model = load_model(MODEL_DIR)  # expect: load pinned
aux = tf.keras.models.load_model("./artifacts/roughness_regressor.h5", compile=False)  # expect: load pinned


async def _to_batch(file: UploadFile) -> np.ndarray:
    image = Image.open(io.BytesIO(await file.read())).convert("RGB").resize((224, 224))
    return np.expand_dims(np.asarray(image, dtype=np.float32) / 255.0, 0)


@app.post("/defect")
async def detect_defect(file: UploadFile):
    batch = await _to_batch(file)
    t0 = time.perf_counter()
    probs = model.predict(batch, verbose=0)  # expect: infer missing=inputs,prediction-id,errors
    logger.info(
        "defect probs=%s model=%s took_ms=%.1f",
        probs[0].tolist(),
        MODEL_DIR,
        (time.perf_counter() - t0) * 1000,
    )
    return {"defect_probability": float(probs[0][1])}


@app.post("/roughness")
async def roughness(file: UploadFile):
    batch = await _to_batch(file)
    try:
        value = aux(batch, training=False).numpy()[0, 0]  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    except tf.errors.InvalidArgumentError:
        raise HTTPException(status_code=422, detail="bad image")
    return {"roughness_um": float(value)}


def make_eval_split(labels_csv: str, seed: int = 7):
    """Offline helper used by the retraining notebook; no model is run here."""
    df = pd.read_csv(labels_csv)
    train_df, test_df = train_test_split(df, test_size=0.2, random_state=seed, stratify=df["label"])
    return train_df.reset_index(drop=True), test_df.reset_index(drop=True)
