# corpus: KServe custom predictor (kserve.Model subclass); load() stores the model on self.model; structlog with bind_contextvars; errors logged and re-raised
import os
import time

import joblib
import kserve
import structlog
from kserve import ModelServer

log = structlog.get_logger()


class IncomeModel(kserve.Model):
    def __init__(self, name: str, model_dir: str):
        super().__init__(name)
        self.model_dir = model_dir
        self.model = None
        self.ready = False

    def load(self) -> bool:
        self.model = joblib.load(os.path.join(self.model_dir, "model.joblib"))  # expect: load pinned
        self.ready = True
        return self.ready

    async def predict(self, payload: dict, headers: dict | None = None) -> dict:
        instances = payload["instances"]
        request_id = (headers or {}).get("x-request-id", "")
        structlog.contextvars.bind_contextvars(request_id=request_id)
        t0 = time.monotonic()
        try:
            preds = self.model.predict(instances)  # expect: infer missing=inputs,model-version
        except Exception as err:
            log.error("predict_failed", error=str(err))
            raise
        log.info(
            "predict_done",
            predictions=preds.tolist(),
            duration_ms=round((time.monotonic() - t0) * 1000, 2),
        )
        return {"predictions": preds.tolist()}


if __name__ == "__main__":
    model = IncomeModel("income-classifier", os.environ.get("MODEL_DIR", "/mnt/models"))
    model.load()
    ModelServer().start([model])
