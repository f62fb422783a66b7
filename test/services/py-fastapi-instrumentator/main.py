# A FastAPI service instrumented by prometheus-fastapi-instrumentator (metrics.py): each response is counted by status
# and each request timed. That records a failure escaping /reply (errors, at request level) but not one /reply-or-sorry
# swallows, and no request timing is the model call's latency; nothing records the prompt, the answer or an id.
# expect-service: py-fastapi-instrumentator deployment-context=missing
# expect-service: py-fastapi-instrumentator outcome=missing
# expect-service: py-fastapi-instrumentator upstream-provenance=not-required
# expect-service: py-fastapi-instrumentator segment-context=not-required
from fastapi import FastAPI
from openai import OpenAI

from metrics import instrument

app = FastAPI()  # expect-service: py-fastapi-instrumentator entry
instrument(app)
client = OpenAI()


@app.post("/reply")
def reply(question: str):
    r = client.chat.completions.create(model="gpt-4o-mini-2024-07-18", messages=[{"role": "user", "content": question}])  # expect: infer missing=model-version,inputs,outputs,prediction-id,latency
    return {"answer": r.choices[0].message.content}


@app.post("/reply-or-sorry")
def reply_or_sorry(question: str):
    try:
        r = client.chat.completions.create(model="gpt-4o-mini-2024-07-18", messages=[{"role": "user", "content": question}])  # expect: infer missing=model-version,inputs,outputs,prediction-id,latency,errors
        return {"answer": r.choices[0].message.content}
    except Exception:
        return {"answer": "sorry"}
