from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Feedback(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    request_id = db.Column(db.String(36), index=True)
    correct_label = db.Column(db.String(32))


def save_feedback(request_id: str, correct_label: str) -> None:
    # the outcome, joined later to the prediction logged with the same request id
    db.session.add(
        Feedback(
            request_id=request_id,
            correct_label=correct_label,
        )
    )
    db.session.commit()
