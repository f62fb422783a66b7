# corpus: look-alike only: constant-velocity Kalman filter tracker (filterpy) driven by a sched loop; kf.predict(), kf.update(), np.dot and scheduler.run() are NOT model inference
import logging
import sched
import time

import numpy as np
from filterpy.common import Q_discrete_white_noise
from filterpy.kalman import KalmanFilter

log = logging.getLogger("tracker")
DT = 0.1


def make_filter(dt: float = DT) -> KalmanFilter:
    kf = KalmanFilter(dim_x=4, dim_z=2)
    kf.F = np.array([[1, dt, 0, 0], [0, 1, 0, 0], [0, 0, 1, dt], [0, 0, 0, 1]], dtype=float)
    kf.H = np.array([[1, 0, 0, 0], [0, 0, 1, 0]], dtype=float)
    kf.R *= 0.5
    kf.P *= 10.0
    kf.Q = Q_discrete_white_noise(dim=2, dt=dt, var=0.05, block_size=2)
    return kf


class Track:
    def __init__(self, track_id: int, first_xy: tuple[float, float]):
        self.track_id = track_id
        self.kf = make_filter()
        self.kf.x = np.array([first_xy[0], 0.0, first_xy[1], 0.0])
        self.misses = 0

    def step(self, measurement):
        self.kf.predict()
        if measurement is None:
            self.misses += 1
        else:
            self.kf.update(np.asarray(measurement, dtype=float))
            self.misses = 0
        return float(self.kf.x[0]), float(self.kf.x[2])

    def predicted_position(self, horizon_s: float):
        x = self.kf.x.copy()
        for _ in range(int(horizon_s / DT)):
            x = np.dot(self.kf.F, x)
        return float(x[0]), float(x[2])


scheduler = sched.scheduler(time.monotonic, time.sleep)
tracks: dict[int, Track] = {}


def read_radar() -> dict[int, tuple[float, float] | None]:
    return {1: (10.0 + time.time() % 1, 5.0), 2: None}


def poll() -> None:
    for track_id, meas in read_radar().items():
        track = tracks.get(track_id)
        if track is None:
            if meas is None:
                continue
            track = tracks[track_id] = Track(track_id, meas)
        x, y = track.step(meas)
        log.info("track %s at (%.2f, %.2f), in 2s: %s", track_id, x, y, track.predicted_position(2.0))
    scheduler.enter(DT, 1, poll)


if __name__ == "__main__":
    scheduler.enter(0, 1, poll)
    scheduler.run()
