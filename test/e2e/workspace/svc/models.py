"""Models shared by the services: loaded once, imported where they are used."""
import joblib

ranker = joblib.load("artifacts/ranker-2024-05-20.joblib")
