"""Ranking endpoint: the model comes from another module of the project (svc/models.py)."""
import logging

from svc.models import ranker

logger = logging.getLogger("ranker")


def rank(items: list[list[float]]) -> list[float]:
    scores = ranker.predict(items)
    logger.info("ranked", extra={"scores": scores.tolist(), "count": len(items)})
    return scores.tolist()
