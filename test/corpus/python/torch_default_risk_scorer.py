# corpus: helper class: nn.Module restored from a state_dict (torch.load) in __init__, stored on self.model, called under torch.no_grad() in other methods; loguru logger bound with the weights URI
import time

import torch
from loguru import logger

from app.nets import TabularNet


class DefaultRiskScorer:
    def __init__(self, weights_path: str = "/models/default_risk/state_dict_2024_05.pt", device: str = "cpu"):
        self.device = torch.device(device)
        self.model = TabularNet(n_in=24)
        state = torch.load(weights_path, map_location=self.device)  # expect: load pinned
        self.model.load_state_dict(state)
        self.model.eval()
        self.log = logger.bind(model_uri=weights_path)

    def score(self, features: list[float]) -> float:
        x = torch.tensor([features], dtype=torch.float32, device=self.device)
        start = time.perf_counter()
        with torch.no_grad():
            p = self.model(x).item()  # expect: infer missing=prediction-id,errors
        self.log.info(
            "scored features={} p={:.4f} in {:.2f}ms",
            features,
            p,
            (time.perf_counter() - start) * 1000,
        )
        return p

    def score_many(self, rows: list[list[float]]) -> list[float]:
        try:
            with torch.no_grad():
                probs = self.model(torch.tensor(rows, dtype=torch.float32, device=self.device))  # expect: infer missing=inputs,model-version,prediction-id,latency,errors
            return probs.squeeze(1).tolist()
        except RuntimeError:
            return [0.0] * len(rows)


def score_applications(scorer: DefaultRiskScorer, applications: list[dict]) -> list[float]:
    probs = scorer.score_many([a["features"] for a in applications])
    logger.info("application batch scored, max risk {:.3f}", max(probs))
    return probs
