# corpus: Ray Serve deployment wrapping Hugging Face pipelines; OpenTelemetry span in with-block form (__call__) and decorator form (translate)
import uuid

from opentelemetry import trace
from ray import serve
from starlette.requests import Request
from transformers import pipeline

tracer = trace.get_tracer(__name__)

SUMMARIZER_ID = "sshleifer/distilbart-cnn-12-6"
SUMMARIZER_REV = "a4f8f3ea906ed274767e9906dbaede7531d660ff"


@serve.deployment(num_replicas=2, ray_actor_options={"num_gpus": 0.5})
class Summarizer:
    def __init__(self):
        self.pipe = pipeline("summarization", model=SUMMARIZER_ID, revision=SUMMARIZER_REV)  # expect: load pinned
        self.translator = pipeline("translation_en_to_fr", model="google-t5/t5-small")  # expect: load unpinned

    async def __call__(self, request: Request) -> dict:
        body = await request.json()
        request_id = request.headers.get("x-request-id") or str(uuid.uuid4())
        with tracer.start_as_current_span("summarize") as span:
            span.set_attribute("request_id", request_id)
            span.set_attribute("ml.model.version", SUMMARIZER_REV)
            span.set_attribute("input.text", body["text"][:2000])
            out = self.pipe(body["text"], max_length=130, min_length=30, do_sample=False)  # expect: infer missing=none
            summary = out[0]["summary_text"]
            span.set_attribute("output.summary", summary)
        return {"summary": summary, "request_id": request_id}

    # called by other deployments through a DeploymentHandle: handle.translate.remote(text)
    @tracer.start_as_current_span("translate")
    def translate(self, text: str) -> str:
        result = self.translator(text, max_length=400)  # expect: infer missing=inputs,outputs,model-version,prediction-id
        return result[0]["translation_text"]


app = Summarizer.bind()
