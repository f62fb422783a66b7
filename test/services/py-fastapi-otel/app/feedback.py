import logging

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
log = logging.getLogger("feedback")


class Feedback(BaseModel):
    prediction_id: str
    actual: int


@router.post("/feedback")
def feedback(f: Feedback):
    log.info("outcome", extra={"prediction_id": f.prediction_id, "actual": f.actual})
    return {"ok": True}
