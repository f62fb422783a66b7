# An LLM app whose feedback buttons send LangSmith feedback on the run: the outcome. Its .env sets OTEL_SERVICE_NAME,
# which nothing here reads: no deployment context.
# expect-service: py-gradio-langsmith deployment-context=missing
# expect-service: py-gradio-langsmith outcome=covered@feedback.py:8
# expect-service: py-gradio-langsmith upstream-provenance=not-required
# expect-service: py-gradio-langsmith segment-context=not-required
import gradio as gr
from langsmith import traceable
from openai import OpenAI

from feedback import send_feedback

client = OpenAI()


@traceable(name="answer")
def answer(message, history):
    resp = client.chat.completions.create(model="gpt-4o-mini-2024-07-18", messages=[{"role": "user", "content": message}])
    return resp.choices[0].message.content


demo = gr.ChatInterface(answer)  # expect-service: py-gradio-langsmith entry
demo.launch()
