# corpus: look-alike only: hand-written frost "model" (a rule with a predict() method, no ML imports), a requests.post to a non-model webhook, re.compile(...).match; nothing here is inference or a model load
import logging
import re
from dataclasses import dataclass

import requests
from flask import Flask, jsonify, request

log = logging.getLogger("frost")
STATION_RE = re.compile(r"^[A-Z]{2}-\d{4}$")
ALERTS_URL = "https://alerts.agri-coop.example.org/api/frost"


@dataclass
class Reading:
    station: str
    temp_c: float
    humidity: float
    wind_ms: float
    cloud_cover: float


class FrostRiskRule:
    """Agronomist's rule of thumb. Called 'model' in the codebase, but it is plain arithmetic."""

    def __init__(self, temp_threshold_c: float = 2.0, calm_wind_ms: float = 1.5):
        self.temp_threshold_c = temp_threshold_c
        self.calm_wind_ms = calm_wind_ms

    def predict(self, r: Reading) -> str:
        points = 0
        points += 2 if r.temp_c <= self.temp_threshold_c else 0
        points += 1 if r.wind_ms <= self.calm_wind_ms else 0
        points += 1 if r.cloud_cover < 0.3 else 0
        points += 1 if r.humidity > 0.8 else 0
        return "high" if points >= 4 else "medium" if points >= 2 else "low"


model = FrostRiskRule()
app = Flask(__name__)


@app.post("/frost-risk")
def frost_risk():
    body = request.get_json()
    if not STATION_RE.match(body.get("station", "")):
        return jsonify({"error": "bad station id"}), 400
    reading = Reading(**body)
    risk = model.predict(reading)
    log.info("station=%s risk=%s", reading.station, risk)
    if risk == "high":
        requests.post(ALERTS_URL, json={"station": reading.station, "risk": risk}, timeout=5)
    return jsonify({"risk": risk})
