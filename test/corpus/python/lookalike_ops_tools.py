# corpus: look-alike only: GPU node health checker using subprocess.run, asyncio.run, a threading.Thread subclass whose run() is called, and a requests.post to a status page; no model is run or loaded
import asyncio
import json
import logging
import subprocess
import threading
import time

import requests

log = logging.getLogger("gpu-health")
STATUS_URL = "https://status.internal.example.com/api/v1/components/gpu-pool"


def gpu_utilization() -> list[dict]:
    proc = subprocess.run(
        ["nvidia-smi", "--query-gpu=index,utilization.gpu,memory.used", "--format=csv,noheader,nounits"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in proc.stdout.strip().splitlines():
        idx, util, mem = (v.strip() for v in line.split(","))
        rows.append({"gpu": int(idx), "util": int(util), "mem_mb": int(mem)})
    return rows


class Heartbeat(threading.Thread):
    def __init__(self, interval_s: float = 30.0):
        super().__init__(daemon=True)
        self.interval_s = interval_s
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.is_set():
            requests.post(STATUS_URL, json={"status": "operational", "ts": time.time()}, timeout=5)
            self.stop_event.wait(self.interval_s)


async def probe_all(hosts: list[str]) -> dict[str, bool]:
    async def probe(host: str) -> bool:
        proc = await asyncio.create_subprocess_exec("ping", "-c", "1", host, stdout=asyncio.subprocess.DEVNULL)
        return (await proc.wait()) == 0

    results = await asyncio.gather(*(probe(h) for h in hosts))
    return dict(zip(hosts, results))


def main() -> None:
    log.info("gpu status %s", json.dumps(gpu_utilization()))
    reachability = asyncio.run(probe_all(["gpu-node-1", "gpu-node-2"]))
    log.info("reachability %s", reachability)
    hb = Heartbeat(interval_s=0)
    hb.stop_event.set()
    hb.run()


if __name__ == "__main__":
    main()
