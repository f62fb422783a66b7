# Run under opentelemetry-instrument by the Compose file at the top of the repository, which sets its resource.
# expect-service: scoring deployment-context=covered@docker-compose.yml:6
# expect-service: scoring outcome=missing
# expect-service: scoring upstream-provenance=not-required
# expect-service: scoring segment-context=not-required
import lightgbm as lgb
from fastapi import FastAPI

app = FastAPI()  # expect-service: scoring entry
booster = lgb.Booster(model_file="ltv.txt")


@app.post("/ltv")
def ltv(features: list[float]):
    return {"ltv": float(booster.predict([features])[0])}
