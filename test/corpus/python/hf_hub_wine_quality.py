# corpus: scikit-learn models fetched from the Hugging Face Hub with hf_hub_download (revision sha vs no revision) and then joblib-loaded from the local cache path; OpenTelemetry span on one route
import logging

import joblib
from fastapi import FastAPI
from huggingface_hub import hf_hub_download
from opentelemetry import trace
from pydantic import BaseModel

REPO = "acme/tabular-wine-quality"
REV = "3c9e6f9a0d1b2c4e5f60718293a4b5c6d7e8f901"

quality_path = hf_hub_download(repo_id=REPO, filename="model.joblib", revision="3c9e6f9a0d1b2c4e5f60718293a4b5c6d7e8f901")  # expect: load pinned
wine_model = joblib.load(quality_path)  # expect: load pinned

price_path = hf_hub_download("acme/wine-price-regressor", "pipeline.joblib")  # expect: load unpinned
price_model = joblib.load(price_path)  # expect: load pinned

tracer = trace.get_tracer("wine")
logger = logging.getLogger("wine")
app = FastAPI()


class Sample(BaseModel):
    fixed_acidity: float
    volatile_acidity: float
    citric_acid: float
    residual_sugar: float
    alcohol: float


@app.post("/quality")
def quality(sample: Sample):
    values = sample.model_dump()
    with tracer.start_as_current_span("wine.quality") as span:
        span.set_attribute("model_id", f"{REPO}@{REV}")
        span.set_attributes({f"input.{k}": v for k, v in values.items()})
        score = wine_model.predict([list(values.values())])[0]  # expect: infer missing=outputs,prediction-id
    return {"quality": float(score)}


@app.post("/price")
def price(sample: Sample):
    try:
        return {"price": float(price_model.predict([list(sample.model_dump().values())])[0])}  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency
    except Exception as exc:
        logger.error("price model failed: %s", exc)
        return {"price": None}
