# The deployment context is in the Dockerfile (OTEL_RESOURCE_ATTRIBUTES, read by the OpenTelemetry SDK the service imports).
# expect-service: py-bentoml-docker deployment-context=covered@Dockerfile:4
# expect-service: py-bentoml-docker outcome=missing
# expect-service: py-bentoml-docker upstream-provenance=not-required
# expect-service: py-bentoml-docker segment-context=not-required
import bentoml
from opentelemetry import trace
from transformers import pipeline

tracer = trace.get_tracer(__name__)


@bentoml.service(resources={"gpu": 1})  # expect-service: py-bentoml-docker entry
class Summarizer:
    def __init__(self) -> None:
        self.pipe = pipeline("summarization", model="sshleifer/distilbart-cnn-12-6", revision="a4f8f3e")

    @bentoml.api
    def summarize(self, text: str) -> str:
        with tracer.start_as_current_span("summarize") as span:
            out = self.pipe(text)[0]["summary_text"]
            span.set_attribute("summary", out)
            return out
