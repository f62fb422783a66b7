# corpus: RAG endpoint on Azure OpenAI (deployment names come from settings, so the model name is not a literal) with pgvector retrieval through SQLAlchemy (session.execute is NOT inference); structlog contextvars
import os
import time
import uuid

import structlog
from fastapi import FastAPI, Request
from openai import AzureOpenAI
from pydantic_settings import BaseSettings
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session


class Settings(BaseSettings):
    azure_endpoint: str
    api_version: str = "2024-06-01"
    chat_deployment: str = "gpt4o-rag-prod"
    embedding_deployment: str = "embeddings-large"
    database_url: str


settings = Settings()
client = AzureOpenAI(
    azure_endpoint=settings.azure_endpoint,
    api_version=settings.api_version,
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
)
engine = create_engine(settings.database_url, pool_pre_ping=True)
log = structlog.get_logger()
app = FastAPI()


def retrieve(question_vec: list[float], k: int = 4) -> list[str]:
    with Session(engine) as session:
        rows = session.execute(
            text("SELECT content FROM chunks ORDER BY embedding <=> CAST(:v AS vector) LIMIT :k"),
            {"v": str(question_vec), "k": k},
        ).fetchall()
    return [r[0] for r in rows]


@app.post("/rag")
async def rag(request: Request):
    body = await request.json()
    question = body["question"]
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(request_id=request.headers.get("x-request-id", str(uuid.uuid4())))

    emb = client.embeddings.create(model=settings.embedding_deployment, input=[question])  # expect: infer missing=latency,errors llm-model=unknown
    log.info("query_embedded", embedding_tokens=emb.usage.total_tokens)
    chunks = retrieve(emb.data[0].embedding)

    messages = [
        {"role": "system", "content": "Answer only from the context below.\n\n" + "\n---\n".join(chunks)},
        {"role": "user", "content": question},
    ]
    t0 = time.perf_counter()
    try:
        chat = client.chat.completions.create(  # expect: infer missing=none llm-model=unknown
            model=settings.chat_deployment,
            messages=messages,
            temperature=0,
        )
    except Exception:
        log.exception("chat_failed")
        raise
    answer = chat.choices[0].message.content
    log.info(
        "rag_answer",
        question=question,
        answer=answer,
        embedding_model=settings.embedding_deployment,
        chat_model=settings.chat_deployment,
        chat_seconds=round(time.perf_counter() - t0, 3),
    )
    return {"answer": answer}
