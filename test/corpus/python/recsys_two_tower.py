# corpus: two-tower recommender: load_towers() returns a tuple of TorchScript modules; user tower under torch.inference_mode(), item tower under the decorator form; np.dot scoring is NOT inference; New Relic record_ml_event sink
import time
import uuid

import newrelic.agent
import numpy as np
import torch
from fastapi import FastAPI, Header

TOWERS_DIR = "/models/recsys/2024-08-12"
MODEL_VERSION = "2024-08-12"
app = FastAPI()


def load_towers(base: str):
    user = torch.jit.load(f"{base}/user_tower.pt")  # expect: load pinned
    item = torch.jit.load(f"{base}/item_tower.pt")  # expect: load pinned
    return user.eval(), item.eval()


user_tower, item_tower = load_towers(TOWERS_DIR)
ITEM_EMB = np.load(f"{TOWERS_DIR}/item_embeddings.npy")
ITEM_IDS = np.load(f"{TOWERS_DIR}/item_ids.npy")
USER_FEATURES = np.load(f"{TOWERS_DIR}/user_features.npy")


@app.get("/recommend/{user_id}")
def recommend(user_id: int, k: int = 10, x_request_id: str | None = Header(None)):
    request_id = x_request_id or str(uuid.uuid4())
    feats = torch.tensor(USER_FEATURES[user_id : user_id + 1], dtype=torch.float32)
    start = time.perf_counter()
    with torch.inference_mode():
        u = user_tower(feats).numpy()[0]  # expect: infer missing=errors
    scores = np.dot(ITEM_EMB, u)
    top = np.argsort(-scores)[:k]
    newrelic.agent.record_ml_event(
        "Recommendation",
        {
            "request_id": request_id,
            "model_version": MODEL_VERSION,
            "user_id": user_id,
            "top_items": ",".join(str(i) for i in ITEM_IDS[top]),
            "inference_time": (time.perf_counter() - start) * 1000,
        },
    )
    return {"items": ITEM_IDS[top].tolist(), "request_id": request_id}


@torch.inference_mode()
def export_item_embeddings(features_path: str, out_path: str) -> None:
    feats = torch.from_numpy(np.load(features_path)).float()
    emb = item_tower(feats)  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    np.save(out_path, emb.numpy())
