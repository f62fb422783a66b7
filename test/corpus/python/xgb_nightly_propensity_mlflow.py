# corpus: nightly batch job: xgboost sklearn-API model (XGBClassifier().load_model) scoring a parquet file; an MLflow run is the only sink (log_param / log_metric / log_dict)
import argparse
import time

import mlflow
import pandas as pd
from xgboost import XGBClassifier

MODEL_FILE = "/mnt/models/propensity/xgb_2024_09.json"


def load_classifier() -> XGBClassifier:
    clf = XGBClassifier()
    clf.load_model(MODEL_FILE)  # expect: load pinned
    return clf


def run(input_path: str, output_path: str) -> None:
    clf = load_classifier()
    df = pd.read_parquet(input_path)
    features = df.drop(columns=["customer_id"])
    with mlflow.start_run(run_name="nightly-propensity"):
        mlflow.log_param("model_file", MODEL_FILE)
        mlflow.log_dict(features.describe().to_dict(), "input_stats.json")
        t0 = time.perf_counter()
        proba = clf.predict_proba(features)[:, 1]  # expect: infer missing=prediction-id,errors
        mlflow.log_metric("inference_seconds", time.perf_counter() - t0)
        mlflow.log_metric("mean_propensity", float(proba.mean()))
        df["propensity"] = proba
        df[["customer_id", "propensity"]].to_parquet(output_path)


def rescore_holdout(path: str) -> pd.Series:
    clf = load_classifier()
    holdout = pd.read_parquet(path)
    preds = clf.predict(holdout.drop(columns=["customer_id", "converted"]))  # expect: infer missing=inputs,outputs,model-version,prediction-id,latency,errors
    return pd.Series(preds, index=holdout["customer_id"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    run(args.input, args.output)
