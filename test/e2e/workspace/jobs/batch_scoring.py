"""Nightly batch job: scores every customer with a model from the MLflow registry."""
import mlflow
import pandas as pd

MODEL_URI = "models:/churn/Production"


def main(input_path: str, output_path: str) -> None:
    model = mlflow.pyfunc.load_model(MODEL_URI)
    df = pd.read_parquet(input_path)
    df["churn"] = model.predict(df.drop(columns=["customer_id"]))
    df[["customer_id", "churn"]].to_parquet(output_path)


if __name__ == "__main__":
    main("customers.parquet", "scores.parquet")
