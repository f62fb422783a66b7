# corpus: BentoML >=1.2 @bentoml.service class; model stored on self.model in __init__ and used in api methods; loguru logger bound with the model tag
import time

import bentoml
from loguru import logger

MODEL_TAG = "sentiment_lr:q4w7ab2c3dxyz7"


@bentoml.service(resources={"cpu": "2"}, traffic={"timeout": 10})
class SentimentService:
    def __init__(self) -> None:
        # sklearn Pipeline(TfidfVectorizer -> LogisticRegression) saved with bentoml.sklearn.save_model
        self.model = bentoml.sklearn.load_model(MODEL_TAG)  # expect: load pinned
        self.log = logger.bind(model_tag=MODEL_TAG, service="sentiment")

    @bentoml.api
    def classify(self, texts: list[str]) -> list[dict]:
        started = time.perf_counter()
        probs = self.model.predict_proba(texts)  # expect: infer missing=inputs,prediction-id,errors
        elapsed_ms = (time.perf_counter() - started) * 1000
        positive_rate = float((probs[:, 1] > 0.5).mean())
        self.log.info("batch done elapsed_ms={:.1f} positive_rate={:.3f}", elapsed_ms, positive_rate)
        return [{"negative": float(p[0]), "positive": float(p[1])} for p in probs]

    @bentoml.api
    def score(self, text: str, ctx: bentoml.Context) -> float:
        request_id = ctx.request.headers.get("x-request-id", "")
        log = self.log.bind(request_id=request_id)
        try:
            margin = self.model.decision_function([text])[0]  # expect: infer missing=latency
        except ValueError:
            log.exception("scoring failed for text={!r}", text)
            raise
        log.info("scored text={!r} margin={:.3f}", text, margin)
        return float(margin)
