from langsmith import Client

ls = Client()


def send_feedback(run_id: str, helpful: bool) -> None:
    # the outcome of the answer, keyed by its run
    ls.create_feedback(run_id, key="helpful", score=1.0 if helpful else 0.0)
