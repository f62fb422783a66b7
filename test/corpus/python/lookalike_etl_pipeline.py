# corpus: look-alike only: feature ETL with pandas df.query/df.eval, sklearn model_selection.train_test_split, SQLAlchemy session.execute and sqlite3 cursor.execute; nothing here runs or loads a model
import logging
import sqlite3

import pandas as pd
from sklearn import model_selection
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

log = logging.getLogger("etl")
engine = create_engine("postgresql+psycopg2://etl@warehouse/analytics")


def extract_orders(since: str) -> pd.DataFrame:
    with Session(engine) as session:
        result = session.execute(
            text("SELECT order_id, customer_id, amount, items, created_at FROM orders WHERE created_at >= :since"),
            {"since": since},
        )
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def build_features(orders: pd.DataFrame) -> pd.DataFrame:
    orders = orders.query("amount > 0 and items > 0")
    orders = orders.assign(avg_item_price=orders.eval("amount / items"))
    agg = orders.groupby("customer_id").agg(
        n_orders=("order_id", "count"),
        total_amount=("amount", "sum"),
        avg_item_price=("avg_item_price", "mean"),
    )
    return agg.reset_index()


def split_for_training(features: pd.DataFrame, labels: pd.Series):
    X_train, X_test, y_train, y_test = model_selection.train_test_split(
        features, labels, test_size=0.25, random_state=42
    )
    log.info("train=%d test=%d", len(X_train), len(X_test))
    return X_train, X_test, y_train, y_test


def cache_features(features: pd.DataFrame, path: str = "/tmp/features.sqlite") -> None:
    conn = sqlite3.connect(path)
    cursor = conn.cursor()
    cursor.execute(
        "CREATE TABLE IF NOT EXISTS features (customer_id TEXT PRIMARY KEY, n_orders INT, total_amount REAL, avg_item_price REAL)"
    )
    cursor.executemany(
        "INSERT OR REPLACE INTO features VALUES (?, ?, ?, ?)",
        features[["customer_id", "n_orders", "total_amount", "avg_item_price"]].itertuples(index=False),
    )
    conn.commit()
    conn.close()


if __name__ == "__main__":
    feats = build_features(extract_orders("2024-01-01"))
    cache_features(feats)
