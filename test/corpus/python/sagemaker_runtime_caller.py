# corpus: application code invoking a SageMaker endpoint via boto3 sagemaker-runtime invoke_endpoint; Datadog statsd metrics; requests.post to a Slack webhook is NOT inference
import json
import os
import time
import uuid

import boto3
import requests
from botocore.exceptions import ClientError
from datadog import statsd

ENDPOINT_NAME = os.environ.get("PRICING_ENDPOINT", "pricing-xgb-prod")
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]

runtime = boto3.client("sagemaker-runtime", region_name="eu-west-1")


def notify_oncall(text: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)


def quote_price(listing: dict) -> float | None:
    inference_id = str(uuid.uuid4())
    body = json.dumps({"instances": [listing["features"]]})
    t0 = time.perf_counter()
    try:
        response = runtime.invoke_endpoint(  # expect: infer missing=inputs,model-version
            EndpointName=ENDPOINT_NAME,
            ContentType="application/json",
            Body=body,
            InferenceId=inference_id,
        )
    except ClientError as err:
        statsd.increment("pricing.invoke.error", tags=[f"code:{err.response['Error']['Code']}"])
        notify_oncall(f"pricing endpoint failed: {err}")
        return None
    statsd.histogram("pricing.invoke.latency_ms", (time.perf_counter() - t0) * 1000)
    price = json.loads(response["Body"].read())["predictions"][0]
    statsd.gauge("pricing.quote", price, tags=[f"inference_id:{inference_id}"])
    return price


def quote_many(listings: list[dict]) -> list[float]:
    payload = json.dumps({"instances": [item["features"] for item in listings]})
    resp = runtime.invoke_endpoint(EndpointName=ENDPOINT_NAME, ContentType="application/json", Body=payload)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return json.loads(resp["Body"].read())["predictions"]
